// Semantic highlighting: textDocument/semanticTokens/full from the server, decoded with the
// server's legend into mark decorations (class "cm-sem-<type>") over the TextMate colours.
import { StateEffect, StateField, RangeSetBuilder } from "@codemirror/state";
import { Decoration, EditorView } from "@codemirror/view";
import { LSPPlugin } from "@codemirror/lsp-client";

const setTokens = StateEffect.define();

const tokenField = StateField.define({
  create: () => Decoration.none,
  update(decorations, tr) {
    for (const effect of tr.effects) if (effect.is(setTokens)) return effect.value;
    return decorations.map(tr.changes);
  },
  provide: (field) => EditorView.decorations.from(field),
});

const marks = new Map();
function markFor(type) {
  if (!marks.has(type)) marks.set(type, Decoration.mark({ class: "cm-sem-" + type }));
  return marks.get(type);
}

/** Decodes the relative (line, start, length, type, modifiers) quintuples against `doc`. */
export function decodeTokens(data, legend, doc, plugin) {
  const builder = new RangeSetBuilder();
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const type = legend.tokenTypes[data[i + 3]];
    if (!type || line >= doc.lines) continue;
    const from = plugin.fromPosition({ line, character }, doc);
    const to = Math.min(plugin.fromPosition({ line, character: character + data[i + 2] }, doc), doc.line(line + 1).to);
    if (to > from) builder.add(from, to, markFor(type));
  }
  return builder.finish();
}

/** Asks for the tokens of the view's file and shows them, if the text has not moved on meanwhile. */
export async function refreshSemanticTokens(view) {
  const plugin = LSPPlugin.get(view);
  const provider = plugin?.client.serverCapabilities?.semanticTokensProvider;
  if (!plugin || !provider?.legend) return;
  plugin.client.sync();
  const doc = plugin.syncedDoc;
  const result = await plugin.client.request("textDocument/semanticTokens/full", { textDocument: { uri: plugin.uri } });
  if (!result?.data || plugin.syncedDoc !== doc) return;
  let decorations = decodeTokens(result.data, provider.legend, doc, plugin);
  if (view.state.doc !== doc) decorations = decorations.map(plugin.unsyncedChanges);
  view.dispatch({ effects: setTokens.of(decorations) });
}

export const semanticTokensCapabilities = {
  clientCapabilities: {
    textDocument: {
      semanticTokens: {
        requests: { full: true },
        tokenTypes: [
          "namespace", "class", "struct", "parameter", "variable", "property", "enumMember", "event",
          "function", "keyword", "comment", "string", "number", "operator",
        ],
        tokenModifiers: ["declaration", "definition", "readonly"],
        formats: ["relative"],
      },
    },
  },
  editorExtension: tokenField,
};
