/** A generator target as `plans generate --list` names and describes it. */
export interface GeneratorTarget {
  readonly name: string;
  readonly description: string;
}

/** Reads `plans generate --list`: one target a line, its name, spaces, its description. */
export function parseTargets(listing: string): GeneratorTarget[] {
  const targets: GeneratorTarget[] = [];
  for (const line of listing.split(/\r?\n/)) {
    const match = /^(\S+)\s+(.*\S)\s*$/.exec(line) ?? /^(\S+)\s*$/.exec(line);
    if (match) {
      targets.push({ name: match[1], description: match[2] ?? '' });
    }
  }
  return targets;
}

/** The arguments of `plans generate` for the chosen targets, output folder and plans folder. */
export function generateArgs(targets: readonly string[], out: string, plans: string): string[] {
  return ['generate', '--target', targets.join(','), '--out', out, plans];
}
