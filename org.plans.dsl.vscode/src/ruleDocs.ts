/** Default published home of docs/, as the language server's `rulesDocsBase`. */
export const DEFAULT_RULES_DOCS_BASE = 'https://plans.org/';

/**
 * Each rule's place in docs/rules.md, from `plans rules`: a line with the code and name, then
 * an indented line `docs/rules.md#plan-002-unresolved-reference`.
 */
export function parseRulePlaces(listing: string): Map<string, string> {
  const places = new Map<string, string>();
  let code: string | undefined;
  for (const line of listing.split(/\r?\n/)) {
    const rule = /^(PLAN-\d+)\s/.exec(line);
    const place = /^\s+(docs\/rules\.md#\S+)/.exec(line);
    if (rule) {
      code = rule[1];
    } else if (place && code !== undefined) {
      places.set(code, place[1]);
      code = undefined;
    }
  }
  return places;
}

/**
 * The page of a rule, as the language server links it: the base plus the rule's place in
 * docs/rules.md (the page itself for a rule `plans rules` does not list).
 */
export function ruleDocsHref(base: string | undefined, code: string, places: ReadonlyMap<string, string>): string {
  const root = base && base.trim() !== '' ? base.trim() : DEFAULT_RULES_DOCS_BASE;
  return `${root.endsWith('/') ? root : root + '/'}${places.get(code) ?? 'docs/rules.md'}`;
}
