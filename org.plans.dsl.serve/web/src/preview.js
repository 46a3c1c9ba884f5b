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
      const result = await plugin.client.request("plans/preview", { uri: plugin.uri, kind: this.kindSelect.value });
      if (LSPPlugin.get(view) !== plugin) return;
      this.frame.srcdoc = result?.html ?? "";
      const ms = Math.round(performance.now() - started);
      this.status.textContent = `Up to date (${ms} ms)`;
      this.frame.dataset.version = String((Number(this.frame.dataset.version) || 0) + 1);
    } catch (error) {
      this.status.textContent = "Preview not available: " + (error?.message || error);
    }
  }

  clear() {
    this.frame.srcdoc = "";
    this.status.textContent = "";
  }
}
