import { execFile } from 'child_process';
import { JavaProbe } from './java';

/** Runs `<java> -version` and returns what it printed (Java prints it on standard error). */
export function probeJava(executable: string): Promise<JavaProbe> {
  return new Promise((resolve) => {
    execFile(executable, ['-version'], { timeout: 20000, windowsHide: true }, (error, stdout, stderr) => {
      const output = `${stderr}${stdout}`;
      if (error && !/version "/.test(output)) {
        const code = (error as NodeJS.ErrnoException).code;
        resolve({ error: code === 'ENOENT' ? 'no such program' : error.message.split('\n')[0] });
        return;
      }
      resolve({ output });
    });
  });
}
