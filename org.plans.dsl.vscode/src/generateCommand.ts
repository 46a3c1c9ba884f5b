import { commands, env, OutputChannel, ProgressLocation, QuickPickItem, UIKind, Uri, window, workspace, WorkspaceFolder } from 'vscode';
import { revealAction } from './revealFolder';
import { runPlans } from './plansCli';
import { PlansServer } from './server';
import { generateArgs, parseTargets } from './targets';

/**
 * Plans: Generate… — pick targets from `plans generate --list`, then an output folder, then
 * runs `plans generate` on the workspace folder through the bundled jar.
 */
export class GenerateOutputs {
  constructor(
    private readonly server: PlansServer,
    private readonly output: OutputChannel,
  ) {}

  async run(): Promise<void> {
    const folder = await this.plansFolder();
    if (folder === undefined) {
      return;
    }
    const java = await this.server.checkedJava();
    if (java === undefined) {
      return;
    }
    const cwd = folder.uri.fsPath;
    const list = await runPlans(java.executable, this.server.jvmArgs, this.server.jar, ['generate', '--list'], cwd);
    const targets = parseTargets(list.stdout);
    if (list.exit !== 0 || targets.length === 0) {
      this.fail(`plans generate --list gave no targets (exit ${list.exit})`, list.stderr);
      return;
    }
    const items: (QuickPickItem & { target: string })[] = targets.map((t) => ({ label: t.name, detail: t.description, target: t.name }));
    const picked = await window.showQuickPick(items, {
      canPickMany: true,
      title: 'Plans: Generate — targets',
      placeHolder: 'Choose the outputs to generate',
    });
    if (!picked || picked.length === 0) {
      return;
    }
    const out = await window.showOpenDialog({
      canSelectFiles: false,
      canSelectFolders: true,
      canSelectMany: false,
      defaultUri: folder.uri,
      openLabel: 'Generate into this folder',
      title: 'Plans: Generate — output folder',
    });
    if (!out || out.length === 0) {
      return;
    }
    const args = generateArgs(
      picked.map((item) => item.target),
      out[0].fsPath,
      '.',
    );
    const run = await window.withProgress(
      { location: ProgressLocation.Notification, title: `Plans: generating ${picked.map((i) => i.target).join(', ')}` },
      () => runPlans(java.executable, this.server.jvmArgs, this.server.jar, args, cwd),
    );
    this.output.appendLine(`plans ${args.join(' ')} (in ${cwd}): exit ${run.exit}`);
    this.output.append(run.stdout);
    if (run.exit !== 0) {
      this.fail(`plans generate failed (exit ${run.exit})`, run.stderr);
      return;
    }
    const reveal = revealAction(env.uiKind === UIKind.Desktop && env.remoteName === undefined);
    const answer = await window.showInformationMessage(`Plans: generated into ${out[0].fsPath}`, reveal.label);
    if (answer === reveal.label) {
      commands.executeCommand(reveal.command, out[0]);
    }
  }

  private async plansFolder(): Promise<WorkspaceFolder | undefined> {
    const folders = workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      window.showInformationMessage('Plans: open a folder with plans to generate from.');
      return undefined;
    }
    return folders.length === 1 ? folders[0] : window.showWorkspaceFolderPick({ placeHolder: 'Generate from the plans in' });
  }

  private fail(message: string, stderr: string): void {
    this.output.appendLine(message);
    if (stderr.trim() !== '') {
      this.output.appendLine(stderr.trimEnd());
    }
    const first = stderr.trim().split(/\r?\n/)[0];
    const show = 'Show Output';
    window.showErrorMessage(`Plans: ${first || message}`, show).then((answer) => {
      if (answer === show) {
        this.output.show(true);
      }
    });
  }
}
