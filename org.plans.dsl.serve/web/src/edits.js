// Applying a WorkspaceEdit from the server (a quick fix) to the open editor.
import { LSPPlugin } from "@codemirror/lsp-client";

/** The text edits of `edit` for `uri`, from `changes` or `documentChanges`. */
export function editsFor(edit, uri) {
  if (!edit) return [];
  if (edit.changes && edit.changes[uri]) return edit.changes[uri];
  const edits = [];
  for (const change of edit.documentChanges || []) {
    if (change.textDocument?.uri === uri) edits.push(...change.edits);
  }
  return edits;
}

/**
 * Applies the edits, computed by the server against `doc`, to the view; positions are mapped
 * over what was typed since. Returns false if there is nothing to apply, or the text has moved
 * on too far (the server then sends fresh fixes with its next diagnostics).
 */
export function applyWorkspaceEdit(view, edit, doc) {
  const plugin = LSPPlugin.get(view);
  if (!plugin) return false;
  const edits = editsFor(edit, plugin.uri);
  if (!edits.length) return false;
  if (plugin.syncedDoc !== doc && view.state.doc !== doc) return false;
  const sinceDoc = view.state.doc === doc ? null : plugin.unsyncedChanges;
  const changes = edits.map((e) => {
    let from = plugin.fromPosition(e.range.start, doc);
    let to = plugin.fromPosition(e.range.end, doc);
    if (sinceDoc) {
      from = sinceDoc.mapPos(from, 1);
      to = sinceDoc.mapPos(to, -1);
    }
    return { from, to: Math.max(from, to), insert: e.newText };
  });
  view.dispatch({ changes, userEvent: "input.quickfix", scrollIntoView: true });
  return true;
}
