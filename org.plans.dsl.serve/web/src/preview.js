// The preview pane: the server renders the unsaved text (LSP request plans/preview) as a board
// report, a checklist or the actions by lead; the HTML goes into a sandboxed iframe (no scripts).
import { LSPPlugin } from "@codemirror/lsp-client";

export class Preview {
  constructor(frame, kindSelect, status) {
    this.frame = frame;
    this.kindSelect = kindSelect;
    this.status = status;
    this.running = null;
    this.again = null;
    /** The text (CodeMirror's immutable doc) the preview shows. */
    this.shown = null;
  }

  /**
   * Renders again if the preview shows the view's text as it is now: called when the text's
   * problems change without an edit (another author saved a file it names), so the preview
   * follows them too. While the author types, the next pause renders anyway.
   */
  follow(view) {
    if (view && view.state.doc === this.shown) this.update(view);
  }

  /** Renders the view's text; a request while one runs is coalesced into one more after it. */
  update(view) {
    if (this.running) {
      this.again = view;
      return this.running;
    }
    this.running = this.render(view).finally(() => {
      this.running = null;
      const next = this.again;
      this.again = null;
      if (next) this.update(next);
    });
    return this.running;
  }

  async render(view) {
    const plugin = view && LSPPlugin.get(view);
    if (!plugin) {
      this.frame.srcdoc = "";
      this.status.textContent = "No preview: this file is not a plan.";
      return;
    }
    const started = performance.now();
    this.status.textContent = "Updating…";
    try {
      plugin.client.sync();
      const doc = view.state.doc;
      const result = await plugin.client.request("plans/preview", { uri: plugin.uri, kind: this.kindSelect.value });
      if (LSPPlugin.get(view) !== plugin) return;
      this.frame.srcdoc = result?.html ?? "";
      this.shown = doc;
      const ms = Math.round(performance.now() - started);
      this.status.textContent = `Up to date (${ms} ms)`;
      this.frame.dataset.version = String((Number(this.frame.dataset.version) || 0) + 1);
    } catch (error) {
      this.status.textContent = "Preview not available: " + (error?.message || error);
    }
  }

  clear() {
    this.shown = null;
    this.frame.srcdoc = "";
    this.status.textContent = "";
  }
}
