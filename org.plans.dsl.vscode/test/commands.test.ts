import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parseTargets, generateArgs } from '../src/targets';
import { statusLook } from '../src/statusText';
import { ruleLinksAt } from '../src/ruleLinks';
import { parseRulePlaces, ruleDocsHref } from '../src/ruleDocs';
import { messagePage } from '../src/messagePage';
import { PREVIEW_KINDS } from '../src/previewKinds';
import { Debouncer } from '../src/debounce';
import { onPaper, PAPER_STYLE } from '../src/paperPage';
import { revealAction } from '../src/revealFolder';

// The tests run in the module folder (Maven's working directory for npm).
const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const sources = fs
  .readdirSync('src')
  .filter((name) => name.endsWith('.ts'))
  .map((name) => fs.readFileSync(path.join('src', name), 'utf8'))
  .join('\n');

test('every command in package.json is registered in the code, and only those', () => {
  const declared = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
  const registered = [...sources.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
  assert.deepEqual(registered, declared);
  assert.deepEqual(declared, [
    'plans.generate',
    'plans.openRuleDocs',
    'plans.preview',
    'plans.previewReport',
    'plans.restartServer',
    'plans.showOutput',
    'plans.validateWorkspace',
  ]);
  for (const c of manifest.contributes.commands) {
    assert.equal(c.category, 'Plans', c.command);
  }
});

test('menus name declared commands; the status bar item runs a declared command', () => {
  const declared = new Set(manifest.contributes.commands.map((c: { command: string }) => c.command));
  for (const entries of Object.values(manifest.contributes.menus) as { command: string }[][]) {
    for (const entry of entries) {
      assert.ok(declared.has(entry.command), entry.command);
    }
  }
  const status = /new ServerStatus\('([^']+)'\)/.exec(sources);
  assert.ok(status && declared.has(status[1]), 'status bar command');
});

test('every setting in package.json is read by the code', () => {
  for (const key of Object.keys(manifest.contributes.configuration.properties)) {
    const setting = key.replace(/^plans\./, '');
    // plans.trace.server is read by vscode-languageclient itself (client id "plans").
    if (setting !== 'trace.server') {
      assert.ok(sources.includes(`'${setting}'`) && sources.includes(`'plans.${setting}'`), key);
    }
  }
  assert.match(sources, /new LanguageClient\('plans'/);
});

test('vscode-languageclient is bundled, not a runtime dependency', () => {
  assert.equal(manifest.dependencies, undefined, 'no runtime dependencies: the .vsix has no node_modules');
  assert.ok(manifest.devDependencies['vscode-languageclient']);
  assert.match(manifest.scripts.bundle, /--bundle/);
  assert.match(manifest.scripts.bundle, /--outfile=out\/extension\.js/);
  assert.match(manifest.scripts.package, /--no-dependencies/);
  const bundle = fs.readFileSync(path.join('out', 'extension.js'), 'utf8');
  assert.ok(bundle.includes('textDocument/semanticTokens/full'), 'the language client is in out/extension.js');
  assert.ok(bundle.includes('plans/preview'), 'the extension code is in out/extension.js');
  assert.doesNotMatch(bundle, /require\(["']vscode-languageclient/);
  assert.match(bundle, /require\(["']vscode["']\)/, 'only vscode comes from outside');
});

test('a written folder is shown by the file manager on a local desktop, else in the Explorer', () => {
  assert.deepEqual(revealAction(true), { label: 'Reveal Folder', command: 'revealFileInOS' });
  assert.deepEqual(revealAction(false), { label: 'Show in Explorer', command: 'revealInExplorer' });
});

test('targets from plans generate --list, and the generate command line', () => {
  const listing =
    'by-lead      one checklist per lead, soonest deadline first (<plan>-by-lead/<lead>.md, .html)\n' +
    'csv          one row per action with every field, for spreadsheets (<plan>.csv)\n' +
    'report       an HTML progress report for a board; option period-days=90 (<plan>-report.html)\n\n';
  assert.deepEqual(parseTargets(listing), [
    { name: 'by-lead', description: 'one checklist per lead, soonest deadline first (<plan>-by-lead/<lead>.md, .html)' },
    { name: 'csv', description: 'one row per action with every field, for spreadsheets (<plan>.csv)' },
    { name: 'report', description: 'an HTML progress report for a board; option period-days=90 (<plan>-report.html)' },
  ]);
  assert.deepEqual(generateArgs(['csv', 'report'], '/out', '.'), ['generate', '--target', 'csv,report', '--out', '/out', '.']);
});

test('the status bar says starting, ready, the errors, stopped', () => {
  assert.equal(statusLook('starting', 0).text, '$(sync~spin) Plans');
  assert.equal(statusLook('ready', 0).text, '$(check) Plans');
  assert.equal(statusLook('ready', 1).text, '$(error) Plans: 1 error');
  assert.equal(statusLook('ready', 3).text, '$(error) Plans: 3 errors');
  assert.equal(statusLook('starting', 3).text, '$(sync~spin) Plans', 'errors only once ready');
  const stopped = statusLook('stopped', 2, 'Found Java 11 at "java"');
  assert.equal(stopped.text, '$(circle-slash) Plans: stopped');
  assert.equal(stopped.tooltip, 'Found Java 11 at "java"');
  assert.ok(stopped.alarm);
});

test('the rule under the cursor, else those on its line', () => {
  const at = (line: number, from: number, to: number, code: string) => ({
    range: { start: { line, character: from }, end: { line, character: to } },
    message: `finding ${code}`,
    code: { value: code, target: ruleDocsHref(undefined, code, new Map()) },
  });
  const diagnostics = [at(3, 10, 14, 'PLAN-002'), at(3, 20, 30, 'PLAN-106'), { ...at(5, 0, 4, 'x'), code: 'PLAN-999' }];
  assert.deepEqual(ruleLinksAt(diagnostics, { line: 3, character: 12 }), [
    { code: 'PLAN-002', message: 'finding PLAN-002', target: 'https://plans.org/docs/rules.md' },
  ]);
  assert.deepEqual(ruleLinksAt(diagnostics, { line: 3, character: 14 }).map((l) => l.code), ['PLAN-002'], 'end is inclusive');
  assert.deepEqual(ruleLinksAt(diagnostics, { line: 3, character: 0 }).map((l) => l.code), ['PLAN-002', 'PLAN-106']);
  assert.deepEqual(ruleLinksAt(diagnostics, { line: 5, character: 1 }), [], 'a code without a link is no rule page');
  assert.deepEqual(ruleLinksAt(diagnostics, { line: 9, character: 0 }), []);
});

test('rule pages as the language server links them, from plans rules', () => {
  const listing =
    'PLAN-001  syntax                                 error   The text does not follow the syntax.\n' +
    '          docs/rules.md#plan-001-syntax (severity fixed)\n' +
    'PLAN-002  unresolved-reference                   error   A name is used that nothing declares.\n' +
    '          docs/rules.md#plan-002-unresolved-reference\n';
  const places = parseRulePlaces(listing);
  assert.deepEqual([...places], [
    ['PLAN-001', 'docs/rules.md#plan-001-syntax'],
    ['PLAN-002', 'docs/rules.md#plan-002-unresolved-reference'],
  ]);
  assert.equal(ruleDocsHref(undefined, 'PLAN-002', places), 'https://plans.org/docs/rules.md#plan-002-unresolved-reference');
  assert.equal(ruleDocsHref('https://example.org/v2', 'PLAN-001', places), 'https://example.org/v2/docs/rules.md#plan-001-syntax');
  assert.equal(ruleDocsHref('', 'PLAN-999', places), 'https://plans.org/docs/rules.md');
});

test('the preview kinds are those of plans/preview; the fallback page escapes and forbids scripts', () => {
  assert.deepEqual(PREVIEW_KINDS.map((k) => k.kind), ['report', 'plan', 'checklist', 'by-lead']);
  const page = messagePage('No preview', 'server said <script>alert(1)</script> & "more"');
  assert.ok(page.includes('server said &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;'));
  assert.ok(page.includes(`content="default-src 'none'; style-src 'unsafe-inline'"`));
  assert.match(fs.readFileSync(path.join('src', 'previewPanel.ts'), 'utf8'), /enableScripts: false/);
});

test('a burst of edits refreshes the preview once, after the last', async () => {
  let calls = 0;
  const debouncer = new Debouncer(30, () => calls++);
  debouncer.trigger();
  await new Promise((r) => setTimeout(r, 10));
  debouncer.trigger();
  debouncer.trigger();
  await new Promise((r) => setTimeout(r, 15));
  assert.equal(calls, 0);
  await new Promise((r) => setTimeout(r, 40));
  assert.equal(calls, 1);
  debouncer.trigger();
  debouncer.cancel();
  await new Promise((r) => setTimeout(r, 40));
  assert.equal(calls, 1, 'cancelled');
});

test('the preview page goes on paper after the webview default style', () => {
  assert.equal(
    onPaper('<!DOCTYPE html><html><head><style>th{background:#f3f2f1}</style></head><body>x</body></html>'),
    `<!DOCTYPE html><html><head><style>th{background:#f3f2f1}</style>${PAPER_STYLE}</head><body>x</body></html>`,
  );
  assert.equal(onPaper('<p>no head</p>'), `${PAPER_STYLE}<p>no head</p>`);
  assert.match(fs.readFileSync(path.join('src', 'previewPanel.ts'), 'utf8'), /onPaper\(result\.html\)/);
});
