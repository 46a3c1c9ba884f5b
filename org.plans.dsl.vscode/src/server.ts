import * as path from 'path';
import { commands, Disposable, DiagnosticSeverity, ExtensionContext, languages, OutputChannel, Uri, window, workspace } from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, State } from 'vscode-languageclient/node';
import { chooseJava, JavaChoice, javaProblem, serverArgs } from './java';
import { probeJava } from './javaProbe';
import { ServerStatus } from './status';

/** The plans language server (the bundled plans.jar, `lsp` command) and the Java that runs it. */
export class PlansServer implements Disposable {
  private current: LanguageClient | undefined;
  private readonly listeners: Disposable[] = [];

  constructor(
    private readonly context: ExtensionContext,
    private readonly output: OutputChannel,
    private readonly status: ServerStatus,
  ) {
    this.listeners.push(languages.onDidChangeDiagnostics(() => this.countErrors()));
  }

  /** The running client, if the server is up. */
  get client(): LanguageClient | undefined {
    return this.current;
  }

  /** Whether the running server reports findings for a file (it validates every plan in the folder). */
  reports(uri: Uri): boolean {
    return this.current?.diagnostics?.has(uri) ?? false;
  }

  /** The bundled server jar, which is also the `plans` command line. */
  get jar(): string {
    return this.context.asAbsolutePath(path.join('server', 'plans.jar'));
  }

  /** Extra JVM arguments from the settings. */
  get jvmArgs(): string[] {
    return workspace.getConfiguration('plans').get<string[]>('server.args') ?? [];
  }

  /**
   * The configured Java if it is 17 or later; otherwise says which Java was found and why it
   * is not enough, with a button to the setting, and returns undefined.
   */
  async checkedJava(): Promise<JavaChoice | undefined> {
    const config = workspace.getConfiguration('plans');
    const choice = chooseJava(config.get<string | null>('java.home'), process.env, process.platform);
    const problem = javaProblem(choice, await probeJava(choice.executable));
    if (problem === undefined) {
      return choice;
    }
    this.output.appendLine(problem);
    this.status.setState('stopped', problem);
    const open = 'Open Settings';
    window.showErrorMessage(problem, open).then((answer) => {
      if (answer === open) {
        commands.executeCommand('workbench.action.openSettings', 'plans.java.home');
      }
    });
    return undefined;
  }

  async start(): Promise<void> {
    this.status.setState('starting');
    const java = await this.checkedJava();
    if (java === undefined) {
      return;
    }
    const config = workspace.getConfiguration('plans');
    const serverOptions: ServerOptions = { command: java.executable, args: serverArgs(this.jvmArgs, this.jar) };
    const docsBase = config.get<string>('rules.docsBase');
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ scheme: 'file', language: 'plans' }],
      synchronize: { fileEvents: workspace.createFileSystemWatcher('**/*.plan') },
      outputChannel: this.output,
      initializationOptions: docsBase ? { rulesDocsBase: docsBase } : {},
    };
    const client = new LanguageClient('plans', 'Plans Language Server', serverOptions, clientOptions);
    client.onDidChangeState((event) => {
      if (client !== this.current) {
        return;
      }
      if (event.newState === State.Running) {
        this.status.setState('ready');
        this.countErrors();
      } else if (event.newState === State.Starting) {
        this.status.setState('starting');
      } else {
        this.status.setState('stopped');
      }
    });
    this.current = client;
    try {
      await client.start();
    } catch (error) {
      this.current = undefined;
      const message = `The plans language server did not start with "${java.executable}": ${error}`;
      this.output.appendLine(message);
      this.status.setState('stopped', message);
      window.showErrorMessage(message);
    }
  }

  async stop(): Promise<void> {
    const running = this.current;
    this.current = undefined;
    this.status.setState('stopped');
    if (running) {
      await running.stop();
    }
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  dispose(): void {
    this.listeners.forEach((listener) => listener.dispose());
  }

  private countErrors(): void {
    let errors = 0;
    this.current?.diagnostics?.forEach((_uri, diagnostics) => {
      errors += diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).length;
    });
    this.status.setErrors(errors);
  }
}
