import * as path from 'path';

/** One finding of `plans validate --format json`, its place made 0-based for the editor. */
export interface Finding {
  readonly file: string;
  readonly startLine: number;
  readonly startCharacter: number;
  readonly endLine: number;
  readonly endCharacter: number;
  readonly severity: 'error' | 'warning' | 'info';
  readonly code: string;
  readonly message: string;
}

/** The summary line of a validation run. */
export interface ValidationSummary {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export interface ValidationReport {
  readonly findings: Finding[];
  readonly summary: ValidationSummary;
}

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: string;
  code: string;
  message: string;
}

/**
 * Reads the JSON report; file names in it are relative to the folder the command ran in.
 * Lines and columns there are 1-based with an exclusive end column.
 */
export function parseValidationReport(json: string, folder: string): ValidationReport {
  const report = JSON.parse(json) as { findings?: JsonFinding[]; summary?: Partial<ValidationSummary> };
  const findings = (report.findings ?? []).map((finding) => {
    const startLine = Math.max(0, finding.line - 1);
    const startCharacter = Math.max(0, finding.column - 1);
    const endLine = finding.endLine !== undefined ? Math.max(0, finding.endLine - 1) : startLine;
    const endCharacter = finding.endColumn !== undefined ? Math.max(0, finding.endColumn - 1) : startCharacter + 1;
    return {
      file: path.resolve(folder, finding.file),
      startLine,
      startCharacter,
      endLine,
      endCharacter,
      severity: severityOf(finding.severity),
      code: finding.code,
      message: finding.message,
    };
  });
  const summary = report.summary ?? {};
  return {
    findings,
    summary: {
      files: summary.files ?? 0,
      errors: summary.errors ?? 0,
      warnings: summary.warnings ?? 0,
      infos: summary.infos ?? 0,
    },
  };
}

function severityOf(severity: string): Finding['severity'] {
  return severity === 'error' || severity === 'warning' ? severity : 'info';
}

/** The findings grouped by file, in the order the report gives them. */
export function byFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const files = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = files.get(finding.file) ?? [];
    list.push(finding);
    files.set(finding.file, list);
  }
  return files;
}

/** "3 files: 1 error, 2 warnings, 0 infos", for the output channel and the message. */
export function summaryText(summary: ValidationSummary): string {
  return `${count(summary.files, 'file')}: ${count(summary.errors, 'error')}, ${count(summary.warnings, 'warning')}, ${count(summary.infos, 'info')}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
