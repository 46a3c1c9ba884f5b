import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import * as path from 'path';
import { chooseJava, javaExecutable, javaMajor, javaProblem, javaVersion, serverArgs } from '../src/java';

test('plans.java.home wins over JAVA_HOME', () => {
  assert.equal(javaExecutable('/opt/jdk17', { JAVA_HOME: '/usr/lib/jvm/other' }, 'linux'), path.join('/opt/jdk17', 'bin', 'java'));
});

test('JAVA_HOME is used when the setting is empty', () => {
  assert.equal(javaExecutable('  ', { JAVA_HOME: '/usr/lib/jvm/17' }, 'linux'), path.join('/usr/lib/jvm/17', 'bin', 'java'));
  assert.equal(javaExecutable(null, { JAVA_HOME: '/usr/lib/jvm/17' }, 'linux'), path.join('/usr/lib/jvm/17', 'bin', 'java'));
});

test('java from the PATH when nothing is set; java.exe on Windows', () => {
  assert.equal(javaExecutable(undefined, {}, 'linux'), 'java');
  assert.equal(javaExecutable(undefined, {}, 'win32'), 'java.exe');
});

test('JVM arguments come before the jar and the lsp command', () => {
  assert.deepEqual(serverArgs(['-Xmx1g'], '/ext/server/plans.jar'), ['-Xmx1g', '-jar', '/ext/server/plans.jar', 'lsp']);
  assert.deepEqual(serverArgs(undefined, 'plans.jar'), ['-jar', 'plans.jar', 'lsp']);
});

test('the version java -version prints, and its feature release', () => {
  const openjdk17 = 'openjdk version "17.0.9" 2023-10-17\nOpenJDK Runtime Environment Temurin-17.0.9+9 (build 17.0.9+9)\n';
  assert.equal(javaVersion(openjdk17), '17.0.9');
  assert.equal(javaMajor('17.0.9'), 17);
  assert.equal(javaMajor('1.8.0_381'), 8);
  assert.equal(javaMajor('21-ea'), 21);
  assert.equal(javaMajor('25'), 25);
  assert.equal(javaVersion('Picked up JAVA_TOOL_OPTIONS: -Xmx1g\njava version "1.8.0_381"\n'), '1.8.0_381');
  assert.equal(javaVersion('bash: java: command not found'), undefined);
});

test('Java 17 and later are enough', () => {
  const choice = chooseJava(undefined, { JAVA_HOME: '/usr/lib/jvm/17' }, 'linux');
  assert.equal(javaProblem(choice, { output: 'openjdk version "17.0.2" 2022-01-18' }), undefined);
  assert.equal(javaProblem(choice, { output: 'openjdk version "25" 2025-09-16' }), undefined);
});

test('an old Java is named with where it came from and what to set', () => {
  const choice = chooseJava(undefined, { JAVA_HOME: '/usr/lib/jvm/java-11' }, 'linux');
  assert.equal(choice.source, 'JAVA_HOME');
  assert.equal(
    javaProblem(choice, { output: 'openjdk version "11.0.21" 2023-10-17' }),
    `Found Java 11.0.21 at "${path.join('/usr/lib/jvm/java-11', 'bin', 'java')}" (from JAVA_HOME), which is older than Java 17. ` +
      'The plans language server needs Java 17 or later: set plans.java.home to the folder of a Java 17+ installation.',
  );
  const legacy = javaProblem(chooseJava('/opt/jdk8', {}, 'linux'), { output: 'java version "1.8.0_381"' });
  assert.match(legacy ?? '', /^Found Java 1\.8\.0_381 at ".*jdk8.*java" \(from the plans\.java\.home setting\), which is older than Java 17\./);
});

test('no Java at all says which program was tried', () => {
  const problem = javaProblem(chooseJava(undefined, {}, 'linux'), { error: 'no such program' });
  assert.match(problem ?? '', /^No Java found: "java" \(from the PATH, as neither plans\.java\.home nor JAVA_HOME is set\) could not be run \(no such program\)\./);
  assert.match(problem ?? '', /set plans\.java\.home/);
});

test('a java that does not say its version is not trusted', () => {
  const problem = javaProblem(chooseJava(undefined, {}, 'linux'), { output: 'Error: could not open lib/jvm.cfg\n' });
  assert.match(problem ?? '', /did not say which Java it is \("java -version" printed: "Error: could not open lib\/jvm.cfg"\)/);
});
