/** The parts of an editor diagnostic the rule documentation command needs. */
export interface Place {
  readonly line: number;
  readonly character: number;
}

export interface LinkedDiagnostic<T> {
  readonly range: { readonly start: Place; readonly end: Place };
  readonly message: string;
  readonly code?: string | number | { readonly value: string | number; readonly target: T };
}

/** A rule that a diagnostic under the cursor points to: its code, the finding, its page. */
export interface RuleLink<T> {
  readonly code: string;
  readonly message: string;
  readonly target: T;
}

/**
 * The rules of the diagnostics under the cursor, each with its documentation page
 * (LSP `codeDescription.href`, which VS Code gives as `code.target`). When none covers the
 * cursor, those on the cursor's line.
 */
export function ruleLinksAt<T>(diagnostics: readonly LinkedDiagnostic<T>[], cursor: Place): RuleLink<T>[] {
  const covering = diagnostics.filter((d) => contains(d.range.start, d.range.end, cursor));
  const onLine = diagnostics.filter((d) => d.range.start.line <= cursor.line && cursor.line <= d.range.end.line);
  const chosen = covering.length > 0 ? covering : onLine;
  const links: RuleLink<T>[] = [];
  for (const diagnostic of chosen) {
    const code = diagnostic.code;
    if (code !== undefined && typeof code === 'object' && !links.some((l) => l.code === String(code.value))) {
      links.push({ code: String(code.value), message: diagnostic.message, target: code.target });
    }
  }
  return links;
}

function contains(start: Place, end: Place, at: Place): boolean {
  return !before(at, start) && !before(end, at);
}

function before(a: Place, b: Place): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
