// The open plans: one editor per tab, kept while its tab is open; one shows at a time.
import { EditorView } from "@codemirror/view";
import { EditorState, Text } from "@codemirror/state";
import { editorExtensions } from "./editor-setup.js";

/** The file URI the server knows a path by: the root URI and the path, each part encoded. */
export function uriOf(rootUri, path) {
  return rootUri + path.split("/").map(encodeURIComponent).join("/");
}

export class OpenFile {
  constructor(path, uri, text, version) {
    this.path = path;
    this.uri = uri;
    this.version = version;
    this.saved = Text.of(text.split(/\r\n?|\n/));
    this.view = null;
    this.tab = null;
  }

  get dirty() {
    return !this.view.state.doc.eq(this.saved);
  }

  markSaved(text, version) {
    this.saved = Text.of(text.split(/\r\n?|\n/));
    this.version = version;
    this.onStateChange?.();
  }

  /** Replaces the text with `text` (e.g. the version on disk) as the saved state. */
  replace(text, version) {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } });
    this.markSaved(text, version);
  }
}

export class Tabs {
  /** hooks: {client, onPause(file), onSwitch(file|null), onSave(file), onStateChange(file)} */
  constructor(tabList, editorHost, hooks) {
    this.tabList = tabList;
    this.editorHost = editorHost;
    this.hooks = hooks;
    this.files = [];
    this.current = null;
  }

  find(path) {
    return this.files.find((f) => f.path === path) || null;
  }

  open(path, uri, text, version) {
    const file = new OpenFile(path, uri, text, version);
    file.onStateChange = () => this.refreshTab(file);
    const host = document.createElement("div");
    host.className = "editor-host";
    host.setAttribute("role", "tabpanel");
    host.id = "panel-" + this.files.length + "-" + Date.now();
    this.editorHost.append(host);
    file.host = host;
    file.view = new EditorView({
      parent: host,
      state: EditorState.create({
        doc: text,
        extensions: editorExtensions({
          lsp: path.endsWith(".plan") ? this.hooks.client.plugin(uri, "plans") : null,
          label: "Text of " + path,
          onPause: () => this.hooks.onPause(file),
          onChange: () => this.refreshTab(file),
          onSave: () => this.hooks.onSave(file),
        }),
      }),
    });
    file.tab = this.makeTab(file, host.id);
    this.files.push(file);
    this.show(file);
    return file;
  }

  makeTab(file, panelId) {
    const tab = document.createElement("div");
    tab.className = "tab";
    const select = document.createElement("button");
    select.type = "button";
    select.setAttribute("role", "tab");
    select.setAttribute("aria-controls", panelId);
    select.className = "tab-name";
    select.addEventListener("click", () => this.show(file));
    select.addEventListener("keydown", (event) => this.arrowKeys(event, file));
    const close = document.createElement("button");
    close.type = "button";
    close.className = "tab-close";
    close.textContent = "×";
    close.setAttribute("aria-label", "Close " + file.path);
    close.addEventListener("click", () => this.close(file));
    tab.append(select, close);
    this.tabList.append(tab);
    tab.select = select;
    file.tab = tab;
    this.refreshTab(file);
    return tab;
  }

  arrowKeys(event, file) {
    const at = this.files.indexOf(file);
    const to = event.key === "ArrowRight" ? at + 1 : event.key === "ArrowLeft" ? at - 1 : -1;
    if (to < 0 || to >= this.files.length) return;
    this.show(this.files[to]);
    this.files[to].tab.select.focus();
  }

  refreshTab(file) {
    if (!file.tab) return;
    const dirty = file.view && file.dirty;
    file.tab.select.textContent = (dirty ? "• " : "") + file.path;
    file.tab.select.title = dirty ? file.path + " (not saved)" : file.path;
    file.tab.classList.toggle("dirty", Boolean(dirty));
    this.hooks.onStateChange(file);
  }

  show(file) {
    this.current = file;
    for (const f of this.files) {
      const on = f === file;
      f.host.hidden = !on;
      f.tab.select.setAttribute("aria-selected", String(on));
      f.tab.select.tabIndex = on ? 0 : -1;
      f.tab.classList.toggle("current", on);
    }
    this.hooks.onSwitch(file);
    file.view.focus();
  }

  close(file) {
    if (file.dirty && !window.confirm(`${file.path} has changes that are not saved. Close it anyway?`)) return;
    const at = this.files.indexOf(file);
    this.files.splice(at, 1);
    file.view.destroy();
    file.host.remove();
    file.tab.remove();
    if (this.current === file) {
      const next = this.files[Math.min(at, this.files.length - 1)] || null;
      if (next) this.show(next);
      else {
        this.current = null;
        this.hooks.onSwitch(null);
      }
    }
  }
}
