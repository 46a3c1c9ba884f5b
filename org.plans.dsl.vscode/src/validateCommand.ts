import {
  commands,
  Diagnostic,
  DiagnosticSeverity,
  Disposable,
  languages,
  OutputChannel,
  ProgressLocation,
  Range,
  Uri,
  window,
  workspace,
  WorkspaceFolder,
} from 'vscode';
import { byFile, Finding, parseValidationReport, summaryText } from './findings';
import { runPlans } from './plansCli';
import { parseRulePlaces, ruleDocsHref } from './ruleDocs';
import { PlansServer } from './server';

/**
 * Plans: Validate workspace — `plans validate` on each workspace folder through the bundled jar,
 * findings in the Problems view. Files open in an editor, and files the running language server
 * already reports (it validates the whole folder), are left to it: VS Code would list their
 * findings twice.
 */
export class ValidateWorkspace implements Disposable {
  private readonly problems = languages.createDiagnosticCollection('plans validate');
  private readonly listeners: Disposable[];

  constructor(
    private readonly server: PlansServer,
    private readonly output: OutputChannel,
  ) {
    this.listeners = [
      workspace.onDidOpenTextDocument((document) => this.problems.delete(document.uri)),
      languages.onDidChangeDiagnostics((event) =>
        event.uris.filter((uri) => this.problems.has(uri) && this.server.reports(uri)).forEach((uri) => this.problems.delete(uri)),
      ),
    ];
  }

  async run(): Promise<void> {
    const folders = workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      window.showInformationMessage('Plans: open a folder to validate the plans in it.');
      return;
    }
    const java = await this.server.checkedJava();
    if (java === undefined) {
      return;
    }
    this.problems.clear();
    const rules = await runPlans(java.executable, this.server.jvmArgs, this.server.jar, ['rules'], folders[0].uri.fsPath);
    const places = parseRulePlaces(rules.stdout);
    const summaries = await window.withProgress(
      { location: ProgressLocation.Notification, title: 'Plans: validating the workspace' },
      async () => {
        const lines: string[] = [];
        for (const folder of folders) {
          lines.push(await this.validate(java.executable, folder, places));
        }
        return lines;
      },
    );
    const show = 'Show Problems';
    const answer = await window.showInformationMessage(`Plans: ${summaries.join('; ')}`, show);
    if (answer === show) {
      commands.executeCommand('workbench.actions.view.problems');
    }
  }

  dispose(): void {
    this.problems.dispose();
    this.listeners.forEach((listener) => listener.dispose());
  }

  private async validate(java: string, folder: WorkspaceFolder, places: ReadonlyMap<string, string>): Promise<string> {
    const run = await runPlans(java, this.server.jvmArgs, this.server.jar, ['validate', '--format', 'json', '.'], folder.uri.fsPath);
    this.output.appendLine(`plans validate ${folder.uri.fsPath}: exit ${run.exit}`);
    if (run.stderr.trim() !== '') {
      this.output.appendLine(run.stderr.trimEnd());
    }
    if (run.exit !== 0 && run.exit !== 1) {
      return `${folder.name}: ${run.stderr.trim().split(/\r?\n/)[0] || `plans validate stopped (exit ${run.exit})`}`;
    }
    const report = parseValidationReport(run.stdout, folder.uri.fsPath);
    const open = new Set(workspace.textDocuments.map((document) => document.uri.toString()));
    const docsBase = workspace.getConfiguration('plans').get<string>('rules.docsBase');
    for (const [file, findings] of byFile(report.findings)) {
      const uri = Uri.file(file);
      if (!open.has(uri.toString()) && !this.server.reports(uri)) {
        this.problems.set(uri, findings.map((finding) => diagnostic(finding, ruleDocsHref(docsBase, finding.code, places))));
      }
    }
    const summary = `${folder.name}: ${summaryText(report.summary)}`;
    this.output.appendLine(summary);
    return summary;
  }
}

function diagnostic(finding: Finding, href: string): Diagnostic {
  const range = new Range(finding.startLine, finding.startCharacter, finding.endLine, finding.endCharacter);
  const severity =
    finding.severity === 'error'
      ? DiagnosticSeverity.Error
      : finding.severity === 'warning'
        ? DiagnosticSeverity.Warning
        : DiagnosticSeverity.Information;
  const result = new Diagnostic(range, finding.message, severity);
  result.source = 'plans';
  result.code = { value: finding.code, target: Uri.parse(href) };
  return result;
}
