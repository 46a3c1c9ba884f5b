// The board report preview of an example plan as the webview shows it: the server's page, whose
// own Content-Security-Policy (default-src 'none') keeps scripts off as the webview's
// enableScripts: false does, rendered by Chromium into target/preview/report.png (open it to look) under a dark theme's
// default webview style.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { onPaper } from '../src/paperPage';
import { PREVIEW_KINDS, PREVIEW_REQUEST, PreviewResult } from '../src/previewKinds';
import { startServer } from './lspSession';

const examples = path.resolve('..', 'examples');
const plan = path.join(examples, 'cambridgeshire-ofsted-2024.plan');
const out = path.resolve('target', 'preview');

test('every preview of an example plan, and the board report rendered with scripts off', async () => {
  fs.mkdirSync(out, { recursive: true });
  const { connection, close } = await startServer(examples);
  try {
    const uri = pathToFileURL(plan).toString();
    const text = fs.readFileSync(plan, 'utf8');
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plans', version: 1, text } });
    for (const { kind } of PREVIEW_KINDS) {
      const result = await connection.sendRequest<PreviewResult>(PREVIEW_REQUEST, { uri, kind });
      assert.doesNotMatch(result.html, /Fix the mistakes/, kind);
      fs.writeFileSync(path.join(out, `${kind}.html`), result.html);
    }
  } finally {
    await close();
  }
  const report = fs.readFileSync(path.join(out, 'report.html'), 'utf8');
  assert.match(report, /Cambridgeshire/);
  assert.match(report, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*">/);
  assert.doesNotMatch(report, /script-src|<script/i);
  // As the webview shows it in a dark theme: its default style first (as VS Code injects it),
  // then the page on paper.
  const darkDefault = '<style>body { background-color: #1e1e1e; color: #d4d4d4; padding: 0 20px; }</style>';
  const webview = onPaper(report.replace(/<head>/i, `<head>${darkDefault}`));
  fs.writeFileSync(path.join(out, 'report-webview.html'), webview);
  const png = path.join(out, 'report.png');
  fs.rmSync(png, { force: true });
  execFileSync(
    '/usr/bin/chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${path.join(out, 'chromium-profile')}`,
      '--hide-scrollbars',
      '--window-size=900,1300',
      `--screenshot=${png}`,
      pathToFileURL(path.join(out, 'report-webview.html')).toString(),
    ],
    { stdio: 'ignore', timeout: 120000 },
  );
  assert.ok(fs.statSync(png).size > 20000, 'a screenshot with content');
});
