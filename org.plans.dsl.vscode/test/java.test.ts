import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import * as path from 'path';
import { javaExecutable, serverArgs } from '../src/java';

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
