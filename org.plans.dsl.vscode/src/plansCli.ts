import { spawn } from 'child_process';

/** What one run of the bundled `plans` command line gave. */
export interface PlansRun {
  readonly exit: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `java -jar plans.jar <args>` in a folder, collecting its output. */
export function runPlans(java: string, jvmArgs: readonly string[], jar: string, args: readonly string[], cwd: string): Promise<PlansRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(java, [...jvmArgs, '-jar', jar, ...args], { cwd, windowsHide: true });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (exit) =>
      resolve({ exit, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }),
    );
  });
}
