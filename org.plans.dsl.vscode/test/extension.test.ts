// The VS Code-facing code run against a stand-in `vscode` (test/fake-vscode.ts) and the built
// jar: activation with a Java that is too old, and each command doing its work.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeEach, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { activate } from '../src/extension';
import { GenerateOutputs } from '../src/generateCommand';
import { openRuleDocs } from '../src/openRuleDocs';
import { PREVIEW_KINDS, PreviewResult } from '../src/previewKinds';
import { PreviewPanel } from '../src/previewPanel';
import { PlansServer } from '../src/server';
import { ValidateWorkspace } from '../src/validateCommand';
import { env, fake, UIKind, Uri } from './fake-vscode';
import { jar, java } from './lspSession';

const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plans-ext-'));
const output = { appendLine: (line: string) => fake.output.push(line), append: (t: string) => fake.output.push(t), show: () => undefined };

beforeEach(() => {
  fake.reset();
  fake.config = {};
});

/** What the commands need of the server, with the real Java and jar. */
const server = {
  checkedJava: async () => ({ executable: java, source: 'PATH' }),
  jvmArgs: [] as string[],
  jar,
  reports: () => false,
} as unknown as PlansServer;

test('activation with Java 11: stopped, says which Java and why, opens the setting; every command registered', async () => {
  const home = path.join(tmp, 'jdk11');
  fs.mkdirSync(path.join(home, 'bin'), { recursive: true });
  fs.writeFileSync(path.join(home, 'bin', 'java'), '#!/bin/sh\necho \'openjdk version "11.0.21" 2023-10-17\' >&2\n', { mode: 0o755 });
  fake.config = { 'java.home': home };
  fake.answers.message = 'Open Settings';
  const context = { subscriptions: [] as unknown[], asAbsolutePath: (p: string) => path.resolve(p) };
  await activate(context as never);
  assert.deepEqual([...fake.commands.keys()].sort(), manifest.contributes.commands.map((c: { command: string }) => c.command).sort());
  const status = fake.statusItems[0];
  assert.equal(status.text, '$(circle-slash) Plans: stopped');
  assert.equal(status.command, 'plans.showOutput');
  assert.match(String(status.tooltip), /^Found Java 11\.0\.21 at ".*jdk11\/bin\/java" \(from the plans\.java\.home setting\), which is older than Java 17\./);
  const error = fake.messages.find((m) => m.level === 'error');
  assert.equal(error?.text, status.tooltip);
  assert.deepEqual(error?.items, ['Open Settings']);
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(fake.executed.at(-1), ['workbench.action.openSettings', 'plans.java.home']);
  assert.ok(fake.output.includes(String(status.tooltip)), 'the reason is in the output channel too');
});

test('Validate workspace: the findings of every plan in the folder go to the Problems view', async () => {
  const folder = path.join(tmp, 'validate');
  fs.mkdirSync(folder, { recursive: true });
  const plan = path.join(folder, 'typo.plan');
  fs.writeFileSync(plan, 'plan demo "Demo"\nperson sjs "S"\npriority 1 "P" {\n    action 1.1 "A" { lead sjss due 2025-03 }\n}\n');
  fake.workspaceFolders = [{ uri: Uri.file(folder), name: 'validate' }];
  await new ValidateWorkspace(server, output as never).run();
  const problems = fake.diagnostics.get(Uri.file(plan).toString()) as { message: string; severity: number; range: { start: { line: number; character: number } }; code: { value: string; target: Uri } }[];
  const lead = problems.find((d) => d.code.value === 'PLAN-002');
  assert.ok(lead, JSON.stringify(problems));
  assert.deepEqual([lead.range.start.line, lead.range.start.character, lead.severity], [3, 26, 0]);
  assert.equal(lead.code.target.toString(), 'https://plans.org/docs/rules.md#plan-002-unresolved-reference');
  assert.deepEqual(fake.messages.at(-1), { level: 'info', text: 'Plans: validate: 1 file: 1 error, 2 warnings, 0 infos', items: ['Show Problems'] });
});

test('Validate workspace: a file the running language server already reports is left to it (no finding twice)', async () => {
  const folder = path.join(tmp, 'validate-served');
  fs.mkdirSync(folder, { recursive: true });
  const served = path.join(folder, 'served.plan');
  const other = path.join(folder, 'other.plan');
  const typo = 'plan demo "Demo"\nperson sjs "S"\npriority 1 "P" {\n    action 1.1 "A" { lead sjss due 2025-03 }\n}\n';
  fs.writeFileSync(served, typo);
  fs.writeFileSync(other, typo.replace('demo', 'other'));
  fake.workspaceFolders = [{ uri: Uri.file(folder), name: 'validate-served' }];
  const serving = { ...server, reports: (uri: Uri) => uri.fsPath === served } as unknown as PlansServer;
  await new ValidateWorkspace(serving, output as never).run();
  assert.deepEqual([...fake.diagnostics.keys()], [Uri.file(other).toString()]);
  assert.match(String(fake.messages.at(-1)?.text), /^Plans: validate-served: 2 files: 2 errors/);
});

/** A folder `name` with a demo plan as the workspace; Generate… is answered `targets` and `<name>d` (returned). */
function generateAnswers(name: string, targets: string[]): string {
  const folder = path.join(tmp, name);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'demo.plan'), 'plan demo "Demo"\nperson sjs "S"\npriority 1 "P" {\n    action 1.1 "A" { lead sjs due 2025-03 }\n}\n');
  fake.workspaceFolders = [{ uri: Uri.file(folder), name }];
  fake.answers.quickPick = targets.map((target) => ({ label: target, target }));
  const out = path.join(tmp, `${name}d`);
  fake.answers.openDialog = [Uri.file(out)];
  return out;
}

test('Generate…: the picked targets into the picked folder', async () => {
  const out = generateAnswers('generate', ['markdown', 'ics']);
  await new GenerateOutputs(server, output as never).run();
  assert.deepEqual(fs.readdirSync(out).sort(), ['demo.ics', 'demo.md']);
  assert.equal(fake.messages.at(-1)?.text, `Plans: generated into ${out}`);
  assert.deepEqual(fake.messages.at(-1)?.items, ['Reveal Folder']);
});

test('Generate… in a browser VS Code offers the Explorer, not the file manager', async () => {
  const out = generateAnswers('generate-web', ['csv']);
  fake.answers.message = 'Show in Explorer';
  env.uiKind = UIKind.Web;
  try {
    await new GenerateOutputs(server, output as never).run();
  } finally {
    env.uiKind = UIKind.Desktop;
    fake.answers.message = undefined;
  }
  assert.deepEqual(fake.messages.at(-1)?.items, ['Show in Explorer']);
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(fake.executed.at(-1), ['revealInExplorer', Uri.file(out)]);
});

test('Open rule documentation: the href of the finding under the cursor', async () => {
  const target = Uri.parse('https://plans.org/docs/rules.md#plan-002-unresolved-reference');
  fake.documentDiagnostics = [
    { range: { start: { line: 3, character: 33 }, end: { line: 3, character: 37 } }, message: 'sjss?', code: { value: 'PLAN-002', target } },
  ];
  fake.activeTextEditor = { document: { uri: Uri.file('x.plan') }, selection: { active: { line: 3, character: 35 } } };
  await openRuleDocs();
  assert.deepEqual(fake.opened, [target.toString()]);
  fake.activeTextEditor = { document: { uri: Uri.file('x.plan') }, selection: { active: { line: 0, character: 0 } } };
  await openRuleDocs();
  assert.equal(fake.opened.length, 1);
  assert.equal(fake.messages.at(-1)?.text, 'Plans: there is no finding with a rule under the cursor.');
});

test('Preview: a webview without scripts, filled by plans/preview, asked again once after a burst of edits', async () => {
  const asked: unknown[] = [];
  const client = {
    code2ProtocolConverter: { asUri: (uri: Uri) => uri.toString() },
    sendRequest: async (method: string, params: { kind: string }): Promise<PreviewResult> => {
      asked.push([method, params]);
      return { kind: params.kind, html: `<!DOCTYPE html><html><head></head><body>page ${asked.length}</body></html>` };
    },
  };
  const withClient = { client } as unknown as PlansServer;
  const document = { uri: Uri.file(path.join(tmp, 'p.plan')), languageId: 'plans' };
  PreviewPanel.show(withClient, document as never, PREVIEW_KINDS[0]);
  await new Promise((resolve) => setTimeout(resolve, 20));
  const panel = fake.webviews[0];
  assert.equal(panel.options.enableScripts, false);
  assert.equal(panel.options.enableCommandUris, false);
  assert.deepEqual(panel.options.localResourceRoots, []);
  assert.deepEqual(asked, [['plans/preview', { uri: pathToFileURL(document.uri.fsPath).toString(), kind: 'report' }]]);
  assert.match(panel.webview.html, /page 1/);
  assert.match(panel.webview.html, /background-color: #fff/);
  for (let i = 0; i < 5; i++) {
    fake.changeListeners.forEach((listener) => listener({ document }));
  }
  await new Promise((resolve) => setTimeout(resolve, 700));
  assert.equal(asked.length, 2, 'one request for five edits');
  assert.match(panel.webview.html, /page 2/);
});
