import * as path from 'path';
import { commands, ExtensionContext, window, workspace } from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { javaExecutable, serverArgs } from './java';

let client: LanguageClient | undefined;

/** Starts the plans language server (the bundled plans.jar, `lsp` command) for .plan files. */
export async function activate(context: ExtensionContext): Promise<void> {
  context.subscriptions.push(
    commands.registerCommand('plans.restartServer', async () => {
      await stop();
      await start(context);
    }),
    workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('plans.java.home') || event.affectsConfiguration('plans.server.args')) {
        await stop();
        await start(context);
      }
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await stop();
}

async function start(context: ExtensionContext): Promise<void> {
  const config = workspace.getConfiguration('plans');
  const java = javaExecutable(config.get<string | null>('java.home'), process.env, process.platform);
  const jar = context.asAbsolutePath(path.join('server', 'plans.jar'));
  const serverOptions: ServerOptions = {
    command: java,
    args: serverArgs(config.get<string[]>('server.args'), jar),
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'plans' }],
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/*.plan') },
  };
  client = new LanguageClient('plans', 'Plans Language Server', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    client = undefined;
    window.showErrorMessage(
      `The plans language server did not start with "${java}" (Java 17 or later is needed; set plans.java.home): ${error}`,
    );
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    await running.stop();
  }
}
