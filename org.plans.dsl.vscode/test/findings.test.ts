import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import * as path from 'path';
import { byFile, parseValidationReport, summaryText } from '../src/findings';

// As `plans validate --format json .` prints it (1-based lines and columns, exclusive end).
const report = JSON.stringify({
  files: ['people.plan', 'sub/plan.plan'],
  findings: [
    { file: 'people.plan', line: 8, column: 8, endLine: 8, endColumn: 11, severity: 'info', code: 'PLAN-701', message: 'busy' },
    { file: 'sub/plan.plan', line: 4, column: 29, endLine: 4, endColumn: 33, severity: 'error', code: 'PLAN-002', message: 'sjss?' },
    { file: 'people.plan', line: 2, column: 1, severity: 'warning', code: 'PLAN-105', message: 'no lead' },
  ],
  summary: { files: 2, plans: 1, errors: 1, warnings: 1, infos: 1, failOn: 'error', failed: true },
});

test('findings get absolute files and 0-based ranges', () => {
  const parsed = parseValidationReport(report, '/ws');
  assert.deepEqual(parsed.findings[0], {
    file: path.resolve('/ws', 'people.plan'),
    startLine: 7,
    startCharacter: 7,
    endLine: 7,
    endCharacter: 10,
    severity: 'info',
    code: 'PLAN-701',
    message: 'busy',
  });
  assert.equal(parsed.findings[1].file, path.resolve('/ws', 'sub', 'plan.plan'));
  assert.deepEqual([parsed.findings[2].endLine, parsed.findings[2].endCharacter], [1, 1], 'no end: one character');
});

test('findings grouped by file, and the summary in words', () => {
  const parsed = parseValidationReport(report, '/ws');
  const files = byFile(parsed.findings);
  assert.deepEqual([...files.keys()], [path.resolve('/ws', 'people.plan'), path.resolve('/ws', 'sub', 'plan.plan')]);
  assert.deepEqual(files.get(path.resolve('/ws', 'people.plan'))?.map((f) => f.code), ['PLAN-701', 'PLAN-105']);
  assert.equal(summaryText(parsed.summary), '2 files: 1 error, 1 warning, 1 info');
  assert.equal(summaryText({ files: 1, errors: 0, warnings: 2, infos: 0 }), '1 file: 0 errors, 2 warnings, 0 infos');
});
