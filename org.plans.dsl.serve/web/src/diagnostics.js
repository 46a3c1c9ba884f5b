// Diagnostics as you type: the server's textDocument/publishDiagnostics shown in the lint gutter
// and underlines, each with the server's quick fixes (textDocument/codeAction) as its actions, and
// passed on to the page's diagnostics list.
import { setDiagnostics, lintGutter } from "@codemirror/lint";
import { LSPPlugin } from "@codemirror/lsp-client";
import { applyWorkspaceEdit } from "./edits.js";

const SEVERITY = { 1: "error", 2: "warning", 3: "info", 4: "hint" };

/** Asking for quick fixes costs the server work per finding: at most this many, nearest the cursor first. */
const MAX_FIX_REQUESTS = 60;

/** The rule code of an LSP diagnostic, e.g. "PLAN-123", or "". */
export function ruleCode(diagnostic) {
  return diagnostic.code == null ? "" : String(diagnostic.code);
}

function toLint(plugin, item, doc, actions) {
  const from = plugin.unsyncedChanges.mapPos(plugin.fromPosition(item.range.start, doc));
  const to = plugin.unsyncedChanges.mapPos(plugin.fromPosition(item.range.end, doc));
  return {
    from,
    to: Math.max(from, to),
    severity: SEVERITY[item.severity ?? 1],
    message: item.message,
    source: ruleCode(item) || undefined,
    actions: (actions || []).map((action) => ({
      name: action.title,
      apply(view) {
        applyWorkspaceEdit(view, action.edit, doc);
      },
    })),
  };
}

function sameDiagnostic(a, b) {
  return (
    a.message === b.message &&
    ruleCode(a) === ruleCode(b) &&
    a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line &&
    a.range.end.character === b.range.end.character
  );
}

/** The quick fixes for the diagnostics, keyed by the diagnostic they fix. */
async function quickFixes(client, uri, diagnostics, cursorLine) {
  const asked = diagnostics
    .slice()
    .sort((a, b) => Math.abs(a.range.start.line - cursorLine) - Math.abs(b.range.start.line - cursorLine))
    .slice(0, MAX_FIX_REQUESTS);
  if (!asked.length || !client.serverCapabilities?.codeActionProvider) return new Map();
  const end = asked.reduce((max, d) => (d.range.end.line > max.line ? d.range.end : max), { line: 0, character: 0 });
  const actions =
    (await client.request("textDocument/codeAction", {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end },
      context: { diagnostics: asked, only: ["quickfix"] },
    })) || [];
  const fixes = new Map();
  for (const action of actions) {
    if (!action.edit) continue;
    for (const fixed of action.diagnostics || []) {
      const key = asked.find((d) => sameDiagnostic(d, fixed));
      if (key) fixes.set(key, [...(fixes.get(key) || []), action]);
    }
  }
  return fixes;
}

/**
 * The client extension. `onDiagnostics(uri, diagnostics)` hears every accepted publication
 * (for the list); `onPublished(uri)` tells that the server has caught up with an edit.
 */
export function plansDiagnostics({ onDiagnostics, onPublished }) {
  return {
    clientCapabilities: {
      textDocument: {
        publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix"] } } },
      },
    },
    notificationHandlers: {
      "textDocument/publishDiagnostics": (client, params) => {
        const file = client.workspace.getFile(params.uri);
        if (!file || (params.version != null && params.version !== file.version)) return false;
        const view = file.getView();
        const plugin = view && LSPPlugin.get(view);
        if (!view || !plugin) return false;
        const doc = plugin.syncedDoc;
        view.dispatch(setDiagnostics(view.state, params.diagnostics.map((d) => toLint(plugin, d, doc))));
        onDiagnostics(params.uri, params.diagnostics, doc);
        onPublished(params.uri);
        const cursorLine = view.state.doc.lineAt(view.state.selection.main.head).number - 1;
        quickFixes(client, params.uri, params.diagnostics, cursorLine)
          .then((fixes) => {
            if (!fixes.size || plugin.syncedDoc !== doc) return;
            view.dispatch(
              setDiagnostics(view.state, params.diagnostics.map((d) => toLint(plugin, d, doc, fixes.get(d)))),
            );
          })
          .catch((error) => console.warn("quick fixes", error));
        return true;
      },
    },
    editorExtension: lintGutter(),
  };
}
