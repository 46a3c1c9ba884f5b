import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { chooseJava, javaProblem } from '../src/java';
import { probeJava } from '../src/javaProbe';

test('the Java that runs this build is found and is enough', async () => {
  const choice = chooseJava(undefined, process.env, process.platform);
  const probe = await probeJava(choice.executable);
  assert.equal(probe.error, undefined);
  assert.equal(javaProblem(choice, probe), undefined, probe.output);
});

test('a missing java is said to be missing', async () => {
  const choice = chooseJava('/nonexistent/jdk', {}, 'linux');
  const probe = await probeJava(choice.executable);
  assert.equal(probe.error, 'no such program');
  assert.match(javaProblem(choice, probe) ?? '', /^No Java found: "\/nonexistent\/jdk\/bin\/java" \(from the plans\.java\.home setting\)/);
});

test('an old java, as a real program printing its version on standard error', async () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'old-jdk-'));
  fs.mkdirSync(path.join(home, 'bin'));
  const java = path.join(home, 'bin', 'java');
  fs.writeFileSync(java, '#!/bin/sh\necho \'openjdk version "11.0.21" 2023-10-17\' >&2\necho \'OpenJDK Runtime Environment\' >&2\n');
  fs.chmodSync(java, 0o755);
  const choice = chooseJava(home, {}, 'linux');
  assert.match(javaProblem(choice, await probeJava(choice.executable)) ?? '', /^Found Java 11\.0\.21 at ".*old-jdk-.*java" \(from the plans\.java\.home setting\), which is older than Java 17\./);
});
