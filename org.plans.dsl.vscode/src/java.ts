import * as path from 'path';

/**
 * The java executable that runs the server: `plans.java.home` if set, else JAVA_HOME,
 * else `java` from the PATH.
 */
export function javaExecutable(javaHome: string | null | undefined, env: NodeJS.ProcessEnv, platform: string): string {
  const home = javaHome && javaHome.trim() !== '' ? javaHome : env.JAVA_HOME;
  const exe = platform === 'win32' ? 'java.exe' : 'java';
  return home && home.trim() !== '' ? path.join(home, 'bin', exe) : exe;
}

/** The JVM command line: extra JVM arguments first, then the bundled jar's `lsp` command. */
export function serverArgs(extraJvmArgs: readonly string[] | undefined, jar: string): string[] {
  return [...(extraJvmArgs ?? []), '-jar', jar, 'lsp'];
}
