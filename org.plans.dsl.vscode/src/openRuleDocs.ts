import { env, languages, Uri, window } from 'vscode';
import { ruleLinksAt } from './ruleLinks';

/** Plans: Open rule documentation — the page of the rule behind the finding under the cursor. */
export async function openRuleDocs(): Promise<void> {
  const editor = window.activeTextEditor;
  if (editor === undefined) {
    window.showInformationMessage('Plans: put the cursor on a finding in a plan to open its rule.');
    return;
  }
  const links = ruleLinksAt<Uri>(languages.getDiagnostics(editor.document.uri), editor.selection.active);
  if (links.length === 0) {
    window.showInformationMessage('Plans: there is no finding with a rule under the cursor.');
    return;
  }
  const chosen =
    links.length === 1
      ? links[0]
      : await window.showQuickPick(
          links.map((link) => ({ label: link.code, detail: link.message, link })),
          { placeHolder: 'Open the documentation of' },
        ).then((item) => item?.link);
  if (chosen) {
    await env.openExternal(chosen.target);
  }
}
