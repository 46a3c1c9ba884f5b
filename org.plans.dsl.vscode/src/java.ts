import * as path from 'path';

/** The oldest Java the language server runs on. */
export const MINIMUM_JAVA = 17;

/** Where the java executable came from, in the order the extension looks. */
export type JavaSource = 'plans.java.home' | 'JAVA_HOME' | 'PATH';

/** The java executable that runs the server and where it came from. */
export interface JavaChoice {
  readonly executable: string;
  readonly source: JavaSource;
}

/**
 * The java executable that runs the server: `plans.java.home` if set, else JAVA_HOME,
 * else `java` from the PATH.
 */
export function javaExecutable(javaHome: string | null | undefined, env: NodeJS.ProcessEnv, platform: string): string {
  return chooseJava(javaHome, env, platform).executable;
}

/** {@link javaExecutable} with the place it was found, for messages. */
export function chooseJava(javaHome: string | null | undefined, env: NodeJS.ProcessEnv, platform: string): JavaChoice {
  const exe = platform === 'win32' ? 'java.exe' : 'java';
  if (javaHome && javaHome.trim() !== '') {
    return { executable: path.join(javaHome, 'bin', exe), source: 'plans.java.home' };
  }
  if (env.JAVA_HOME && env.JAVA_HOME.trim() !== '') {
    return { executable: path.join(env.JAVA_HOME, 'bin', exe), source: 'JAVA_HOME' };
  }
  return { executable: exe, source: 'PATH' };
}

/** The JVM command line: extra JVM arguments first, then the bundled jar's `lsp` command. */
export function serverArgs(extraJvmArgs: readonly string[] | undefined, jar: string): string[] {
  return [...(extraJvmArgs ?? []), '-jar', jar, 'lsp'];
}

/** The version string `java -version` prints (on standard error), e.g. `17.0.9` or `1.8.0_381`. */
export function javaVersion(versionOutput: string): string | undefined {
  const match = /version "([^"]+)"/.exec(versionOutput);
  return match ? match[1] : undefined;
}

/** The feature release of a version string: 17 for `17.0.9`, 8 for `1.8.0_381`, 21 for `21-ea`. */
export function javaMajor(version: string): number | undefined {
  const legacy = /^1\.(\d+)/.exec(version);
  const modern = /^(\d+)/.exec(version);
  const digits = legacy ? legacy[1] : modern ? modern[1] : undefined;
  return digits === undefined ? undefined : Number.parseInt(digits, 10);
}

/** What running `java -version` gave: its output, or the error that kept it from running. */
export interface JavaProbe {
  readonly output?: string;
  readonly error?: string;
}

/**
 * Why the chosen Java cannot run the server, in words for the user, or undefined when it can.
 * Says which java was tried, where it came from and what to do.
 */
export function javaProblem(choice: JavaChoice, probe: JavaProbe): string | undefined {
  const where = describeSource(choice);
  const fix = `The plans language server needs Java ${MINIMUM_JAVA} or later: set plans.java.home to the folder of a Java ${MINIMUM_JAVA}+ installation.`;
  if (probe.error !== undefined) {
    return `No Java found: "${choice.executable}" ${where} could not be run (${probe.error}). ${fix}`;
  }
  const version = javaVersion(probe.output ?? '');
  const major = version === undefined ? undefined : javaMajor(version);
  if (version === undefined || major === undefined) {
    return `"${choice.executable}" ${where} did not say which Java it is ("java -version" printed: ${firstLine(probe.output)}). ${fix}`;
  }
  if (major < MINIMUM_JAVA) {
    return `Found Java ${version} at "${choice.executable}" ${where}, which is older than Java ${MINIMUM_JAVA}. ${fix}`;
  }
  return undefined;
}

function describeSource(choice: JavaChoice): string {
  switch (choice.source) {
    case 'plans.java.home':
      return '(from the plans.java.home setting)';
    case 'JAVA_HOME':
      return '(from JAVA_HOME)';
    default:
      return '(from the PATH, as neither plans.java.home nor JAVA_HOME is set)';
  }
}

function firstLine(output: string | undefined): string {
  const line = (output ?? '').trim().split(/\r?\n/)[0];
  return line === '' ? 'nothing' : `"${line}"`;
}
