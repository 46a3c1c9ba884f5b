// Syntax highlighting read from the VS Code extension's TextMate grammar (one grammar for both),
// run by a small interpreter of the grammar's subset: match and begin/end rules with captures.
// Semantic tokens from the language server are laid over it (semantic-tokens.js).
import { StreamLanguage, HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { tags as t } from "@lezer/highlight";
import grammar from "../../../org.plans.dsl.vscode/syntaxes/plans.tmLanguage.json";

/** The grammar's rules in order, includes expanded, each with a sticky regular expression. */
function flatten(patterns, repository, out = []) {
  for (const p of patterns) {
    if (p.include) {
      const rule = repository[p.include.slice(1)];
      flatten(rule.begin || rule.match ? [rule] : rule.patterns, repository, out);
    } else if (p.patterns && !p.begin) {
      flatten(p.patterns, repository, out);
    } else if (p.match) {
      out.push({ match: new RegExp(p.match, "yd"), name: p.name, captures: p.captures });
    } else if (p.begin) {
      out.push({
        match: new RegExp(p.begin, "yd"),
        end: new RegExp(p.end, "gd"),
        name: p.name,
        escape: (p.patterns || []).map((e) => e.match).join("|"),
      });
    }
  }
  return out;
}

const rules = flatten(grammar.patterns, grammar.repository);

/** CodeMirror's style name for a TextMate scope (the stream parser maps names to tags below). */
function styleOf(scope) {
  if (!scope) return null;
  if (scope.startsWith("comment")) return "comment";
  if (scope.startsWith("string")) return "string";
  if (scope.startsWith("constant.character.escape")) return "escape";
  if (scope.startsWith("constant.numeric")) return "number";
  if (scope.startsWith("constant.language.rag.")) return "rag-" + scope.split(".")[3];
  if (scope.startsWith("constant.language")) return "atom";
  if (scope.startsWith("constant.other")) return "labelName";
  if (scope.startsWith("keyword.operator")) return "operator";
  if (scope.startsWith("keyword")) return "keyword";
  if (scope.startsWith("entity.name.namespace")) return "namespace";
  if (scope.startsWith("entity.name")) return "definition";
  if (scope.startsWith("variable")) return "variableName";
  if (scope.startsWith("punctuation")) return "punctuation";
  return null;
}

/** The styled pieces of one match: its captures, or the whole match. */
function pieces(rule, m) {
  if (!rule.captures) return [{ from: m.indices[0][0], to: m.indices[0][1], style: styleOf(rule.name) }];
  const out = [];
  let at = m.indices[0][0];
  for (let g = 1; g < m.indices.length; g++) {
    const span = m.indices[g];
    if (!span || span[0] < at) continue;
    if (span[0] > at) out.push({ from: at, to: span[0], style: styleOf(rule.name) });
    out.push({ from: span[0], to: span[1], style: styleOf(rule.captures[g]?.name || rule.name) });
    at = span[1];
  }
  if (at < m.indices[0][1]) out.push({ from: at, to: m.indices[0][1], style: styleOf(rule.name) });
  return out;
}

/** Inside a comment or string: up to its end, or the end of the line. */
function continueBlock(stream, state) {
  const rule = state.inside;
  const escape = rule.escape ? new RegExp(rule.escape, "y") : null;
  while (!stream.eol()) {
    if (escape) {
      escape.lastIndex = stream.pos;
      const e = escape.exec(stream.string);
      if (e) {
        stream.pos += e[0].length;
        continue;
      }
    }
    rule.end.lastIndex = stream.pos;
    const end = rule.end.exec(stream.string);
    if (end && end.index === stream.pos && end[0].length > 0) {
      stream.pos += end[0].length;
      state.inside = null;
      break;
    }
    stream.next();
  }
  if (stream.eol() && rule.name.startsWith("comment.line")) state.inside = null;
  return styleOf(rule.name);
}

const plansStream = {
  name: "plans",
  startState: () => ({ inside: null, queue: [] }),
  copyState: (s) => ({ inside: s.inside, queue: s.queue.slice() }),
  token(stream, state) {
    const line = stream.string;
    if (state.queue.length && state.queue[0].from === stream.pos) {
      const piece = state.queue.shift();
      stream.pos = piece.to;
      return piece.style;
    }
    state.queue = [];
    if (state.inside) return continueBlock(stream, state);
    if (stream.eatSpace()) return null;
    for (const rule of rules) {
      rule.match.lastIndex = stream.pos;
      const m = rule.match.exec(line);
      if (!m || m[0].length === 0) continue;
      if (rule.end) {
        stream.pos = m.indices[0][1];
        state.inside = rule;
        return continueBlock(stream, state);
      }
      const [first, ...rest] = pieces(rule, m).filter((p) => p.to > p.from);
      state.queue = rest;
      stream.pos = first.to;
      return first.style;
    }
    stream.next();
    return null;
  },
  tokenTable: {
    escape: t.escape,
    namespace: t.namespace,
    definition: t.definition(t.variableName),
    "rag-red": t.special(t.atom),
    "rag-amber": t.special(t.atom),
    "rag-green": t.special(t.atom),
    "rag-blue": t.special(t.atom),
  },
  languageData: { commentTokens: { line: "//", block: { open: "/*", close: "*/" } } },
};

export const plansLanguage = StreamLanguage.define(plansStream);

/** Colours chosen for contrast (WCAG AA, 4.5:1 or better) on the white editor background. */
const plansHighlightStyle = HighlightStyle.define([
  { tag: t.comment, color: "#5c6b5c", fontStyle: "italic" },
  { tag: t.string, color: "#8a3b00" },
  { tag: t.escape, color: "#6a1b9a" },
  { tag: t.number, color: "#005a8c" },
  { tag: t.keyword, color: "#7a1f7a", fontWeight: "bold" },
  { tag: t.operator, color: "#7a1f7a" },
  { tag: t.namespace, color: "#00607a", fontWeight: "bold" },
  { tag: t.definition(t.variableName), color: "#1a4d8f", fontWeight: "bold" },
  { tag: t.atom, color: "#5b4000" },
  { tag: t.special(t.atom), color: "#5b4000", fontWeight: "bold" },
  { tag: t.labelName, color: "#3d3d8f" },
  { tag: t.variableName, color: "#1f1f1f" },
]);

export const plansHighlighting = syntaxHighlighting(plansHighlightStyle);
