/** Default published home of docs/rules.md, as the language server's `rulesDocsBase`. */
export const DEFAULT_RULES_DOCS_BASE = 'https://plans.org/';

/** The page of a rule, as the language server links it: the base plus `rules.md#plan-nnn`. */
export function ruleDocsHref(base: string | undefined, code: string): string {
  const root = base && base.trim() !== '' ? base.trim() : DEFAULT_RULES_DOCS_BASE;
  return `${root.endsWith('/') ? root : root + '/'}rules.md#${code.toLowerCase()}`;
}
