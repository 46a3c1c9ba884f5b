// A plans language server from the built jar, spoken to as the extension does (vscode-jsonrpc).
import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { chooseJava } from '../src/java';

// Built by the reactor before this module; copied into server/ only at prepare-package.
export const jar = path.resolve('..', 'org.plans.dsl.cli', 'target', 'plans.jar');
export const java = chooseJava(undefined, process.env, process.platform).executable;

export interface LspSession {
  readonly connection: MessageConnection;
  close(): Promise<void>;
}

/** Starts `plans lsp` for a workspace folder and initializes it. */
export async function startServer(folder: string): Promise<LspSession> {
  const server: ChildProcess = spawn(java, ['-jar', jar, 'lsp'], { cwd: folder });
  const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(folder).toString(),
    capabilities: {},
    initializationOptions: {},
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    async close() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } finally {
        connection.dispose();
        server.kill();
      }
    },
  };
}
