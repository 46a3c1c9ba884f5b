// What the extension's commands rely on from the bundled jar, checked against the real one:
// the command line's JSON report, target list and rule list, and the language server's
// plans/preview request as PreviewPanel sends it.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { parseValidationReport } from '../src/findings';
import { runPlans } from '../src/plansCli';
import { PREVIEW_KINDS, PREVIEW_REQUEST, PreviewResult } from '../src/previewKinds';
import { parseRulePlaces, ruleDocsHref } from '../src/ruleDocs';
import { parseTargets } from '../src/targets';
import { jar, java, startServer } from './lspSession';

const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'plans-ws-'));
const plan = path.join(workspace, 'sub', 'typo.plan');
fs.mkdirSync(path.dirname(plan));
fs.writeFileSync(
  plan,
  'plan demo "Demo"\nperson sjs "Sarah-Jane Smedmor"\npriority 1 "Workforce" {\n    action 1.1 "Recruit" { lead sjss due 2025-03 }\n}\n',
);
after(() => fs.rmSync(workspace, { recursive: true, force: true }));

test('Validate workspace: plans validate --format json . in the folder', async () => {
  const run = await runPlans(java, [], jar, ['validate', '--format', 'json', '.'], workspace);
  assert.equal(run.exit, 1, run.stderr);
  const report = parseValidationReport(run.stdout, workspace);
  const lead = report.findings.find((f) => f.code === 'PLAN-002');
  assert.ok(lead, run.stdout);
  assert.equal(lead.file, plan);
  assert.deepEqual([lead.startLine, lead.severity], [3, 'error']);
  const line = fs.readFileSync(plan, 'utf8').split('\n')[lead.startLine];
  assert.equal(line.slice(lead.startCharacter, lead.endCharacter), 'sjss', 'the range is the unknown name');
  assert.equal(report.summary.files, 1);
  assert.equal(report.summary.errors, 1);
});

test('Validate workspace: a folder without plans is said in words (exit 2)', async () => {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'plans-empty-'));
  const run = await runPlans(java, [], jar, ['validate', '--format', 'json', '.'], empty);
  fs.rmSync(empty, { recursive: true, force: true });
  assert.equal(run.exit, 2);
  assert.match(run.stderr, /no \.plan files/);
});

test('rule pages from plans rules are the ones the language server links', async () => {
  const run = await runPlans(java, [], jar, ['rules'], workspace);
  assert.equal(run.exit, 0, run.stderr);
  const places = parseRulePlaces(run.stdout);
  assert.ok(places.size > 20, run.stdout);
  assert.equal(ruleDocsHref(undefined, 'PLAN-002', places), 'https://plans.org/docs/rules.md#plan-002-unresolved-reference');
});

test('Generate…: the targets of --list, then generate into the chosen folder', async () => {
  const list = await runPlans(java, [], jar, ['generate', '--list'], workspace);
  const names = parseTargets(list.stdout).map((t) => t.name);
  for (const name of ['markdown', 'html', 'report', 'csv', 'by-lead']) {
    assert.ok(names.includes(name), `${name} in ${names}`);
  }
  const good = fs.mkdtempSync(path.join(os.tmpdir(), 'plans-good-'));
  fs.writeFileSync(path.join(good, 'demo.plan'), 'plan demo "Demo"\nperson sjs "S"\npriority 1 "P" {\n    action 1.1 "A" { lead sjs due 2025-03 }\n}\n');
  const out = path.join(good, 'out');
  const run = await runPlans(java, [], jar, ['generate', '--target', 'markdown,csv', '--out', out, '.'], good);
  assert.equal(run.exit, 0, run.stderr);
  assert.deepEqual(fs.readdirSync(out).sort(), ['demo.csv', 'demo.md']);
  fs.rmSync(good, { recursive: true, force: true });
});

test('Preview: plans/preview answers every kind with a page without scripts', async () => {
  const { connection, close } = await startServer(workspace);
  try {
    const uri = pathToFileURL(plan).toString();
    const fixed = fs.readFileSync(plan, 'utf8').replace('lead sjss', 'lead sjs');
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plans', version: 1, text: fixed } });
    for (const { kind } of PREVIEW_KINDS) {
      const result = await connection.sendRequest<PreviewResult>(PREVIEW_REQUEST, { uri, kind });
      assert.equal(result.kind, kind);
      assert.ok(result.html.startsWith('<!DOCTYPE html>'), result.html.slice(0, 100));
      assert.ok(!/<script/i.test(result.html), `${kind}: no scripts`);
    }
    const report = await connection.sendRequest<PreviewResult>(PREVIEW_REQUEST, { uri, kind: 'report' });
    assert.match(report.html, /Content-Security-Policy/);
    assert.doesNotMatch(report.html, /Fix the mistakes/, 'the text as sent is previewed, not the file with its typo');
    const typo = fs.readFileSync(plan, 'utf8');
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: typo.replace('priority 1', 'priority 1 {{') }],
    });
    const broken = await connection.sendRequest<PreviewResult>(PREVIEW_REQUEST, { uri, kind: 'report' });
    assert.match(broken.html, /Fix the mistakes/, 'an edit that breaks the syntax is previewed as such');
  } finally {
    await close();
  }
});
