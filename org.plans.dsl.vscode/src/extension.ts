import { commands, ExtensionContext, window, workspace } from 'vscode';
import { GenerateOutputs } from './generateCommand';
import { openRuleDocs } from './openRuleDocs';
import { PREVIEW_KINDS, PreviewKind } from './previewKinds';
import { PreviewPanel } from './previewPanel';
import { PlansServer } from './server';
import { ServerStatus } from './status';
import { ValidateWorkspace } from './validateCommand';

let server: PlansServer | undefined;

/** Starts the plans language server for .plan files and registers the Plans commands. */
export async function activate(context: ExtensionContext): Promise<void> {
  const output = window.createOutputChannel('Plans Language Server');
  const status = new ServerStatus('plans.showOutput');
  server = new PlansServer(context, output, status);
  const plans = server;
  const validate = new ValidateWorkspace(plans, output);
  const generate = new GenerateOutputs(plans, output);
  context.subscriptions.push(
    output,
    status,
    plans,
    validate,
    commands.registerCommand('plans.restartServer', () => plans.restart()),
    commands.registerCommand('plans.showOutput', () => output.show(true)),
    commands.registerCommand('plans.validateWorkspace', () => validate.run()),
    commands.registerCommand('plans.generate', () => generate.run()),
    commands.registerCommand('plans.openRuleDocs', () => openRuleDocs()),
    commands.registerCommand('plans.previewReport', () => preview(plans, PREVIEW_KINDS[0])),
    commands.registerCommand('plans.preview', async () => {
      const picked = await window.showQuickPick(
        PREVIEW_KINDS.map((page) => ({ label: page.label, description: page.kind, page })),
        { placeHolder: 'Preview the plan as' },
      );
      if (picked) {
        preview(plans, picked.page);
      }
    }),
    workspace.onDidChangeConfiguration(async (event) => {
      if (
        event.affectsConfiguration('plans.java.home') ||
        event.affectsConfiguration('plans.server.args') ||
        event.affectsConfiguration('plans.rules.docsBase')
      ) {
        await plans.restart();
      }
    }),
  );
  await plans.start();
}

export async function deactivate(): Promise<void> {
  await server?.stop();
}

function preview(plans: PlansServer, kind: PreviewKind): void {
  const editor = window.activeTextEditor;
  if (editor === undefined || editor.document.languageId !== 'plans') {
    window.showInformationMessage('Plans: open a .plan file to preview it.');
    return;
  }
  PreviewPanel.show(plans, editor.document, kind);
}
