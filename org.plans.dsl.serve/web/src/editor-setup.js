// The CodeMirror extensions of one plan's editor.
import { EditorState } from "@codemirror/state";
import {
  EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection,
  highlightSpecialChars, ViewPlugin,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { bracketMatching, indentOnInput, indentUnit } from "@codemirror/language";
import { searchKeymap, highlightSelectionMatches } from "@codemirror/search";
import { completionKeymap, closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { lintKeymap } from "@codemirror/lint";
import { formatKeymap } from "@codemirror/lsp-client";
import { plansLanguage, plansHighlighting } from "./highlight.js";

/** Calls `onChange(view)` once typing pauses for `delay` ms. */
function afterTyping(delay, onChange) {
  return ViewPlugin.fromClass(
    class {
      constructor(view) {
        this.view = view;
        this.timer = -1;
      }
      update(update) {
        if (!update.docChanged) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => onChange(this.view), delay);
      }
      destroy() {
        clearTimeout(this.timer);
      }
    },
  );
}

/**
 * `lsp` is the client's plugin for a plan, null for another file (plans.properties: plain text);
 * `onPause` runs after typing; `onSave` on Ctrl+S.
 */
export function editorExtensions({ lsp, onPause, onChange, onSave, label }) {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    closeBrackets(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    EditorView.lineWrapping,
    EditorState.tabSize.of(4),
    indentUnit.of("    "),
    lsp ? [plansLanguage, plansHighlighting] : [],
    keymap.of([
      { key: "Mod-s", preventDefault: true, run: (view) => (onSave(view), true) },
      ...closeBracketsKeymap,
      ...defaultKeymap,
      ...searchKeymap,
      ...historyKeymap,
      ...completionKeymap,
      ...lintKeymap,
      ...formatKeymap,
      indentWithTab,
    ]),
    EditorView.contentAttributes.of({ "aria-label": label }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) onChange(update.view);
    }),
    afterTyping(150, onPause),
    lsp || [],
  ];
}
