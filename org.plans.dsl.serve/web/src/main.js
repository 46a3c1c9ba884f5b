// The page of `plans serve`: file tree, tabs of CodeMirror editors on the plans language server,
// problems list, live preview, save with conflict check, generate.
import { EditorSelection } from "@codemirror/state";
import { formatDocument, LSPPlugin } from "@codemirror/lsp-client";
import { listFiles, listTargets, readFile } from "./api.js";
import { connect } from "./connection.js";
import { plansDiagnostics } from "./diagnostics.js";
import { semanticTokensCapabilities, refreshSemanticTokens } from "./semantic-tokens.js";
import { renderTree, markCurrent } from "./tree.js";
import { renderProblems } from "./problems.js";
import { Preview } from "./preview.js";
import { Tabs, uriOf } from "./workspace.js";
import { save } from "./save.js";
import { setUpGenerate } from "./generate.js";

const $ = (id) => document.getElementById(id);
const status = (text) => ($("status").textContent = text);

/** The last diagnostics per URI, for the list when switching tabs. */
const diagnosticsByUri = new Map();

let workspace = null;
/** What the status said when the connection closed: it stays the status. */
let lost = null;

/** The status line for a closed connection, with the server's reason (a limit, idle time) when it gave one. */
function connectionLost(event) {
  const why = event?.reason ? `The server closed the connection: ${event.reason}.` : "The connection to the server was lost.";
  lost = `${why} Reload the page to reconnect (unsaved text stays in the editor until then).`;
  status(lost);
}
let tabs = null;
const preview = new Preview($("preview"), $("preview-kind"), $("preview-status"));

function showProblems(file) {
  renderProblems($("problems"), $("problem-count"), file ? diagnosticsByUri.get(file.uri) || [] : [], (d) => {
    const plugin = LSPPlugin.get(file.view);
    const pos = plugin.unsyncedChanges.mapPos(plugin.fromPosition(d.range.start, plugin.syncedDoc));
    file.view.dispatch({ selection: EditorSelection.cursor(pos), scrollIntoView: true });
    file.view.focus();
  });
}

function updateButtons() {
  const file = tabs?.current;
  $("save").disabled = !file || workspace.readOnly || !file.dirty;
  $("format").disabled = !file;
}

async function saveFile(file) {
  if (workspace.readOnly) {
    status("This server is read-only: changes cannot be saved.");
    return;
  }
  status(`Saving ${file.path}…`);
  try {
    status(await save(file));
  } catch (error) {
    status(`Not saved: ${error.message}`);
  }
  updateButtons();
}

async function openPath(path) {
  const open = tabs.find(path);
  if (open) {
    tabs.show(open);
    return;
  }
  status(`Opening ${path}…`);
  try {
    const { text, version } = await readFile(path);
    tabs.open(path, uriOf(workspace.rootUri, path), text, version);
    status(`Opened ${path}.`);
    if (history.replaceState) history.replaceState(null, "", "#" + encodeURIComponent(path));
  } catch (error) {
    status(`Could not open ${path}: ${error.message}`);
  }
}

async function start() {
  workspace = await listFiles();
  $("root-name").textContent = workspace.root;
  $("read-only").hidden = !workspace.readOnly;
  document.body.classList.toggle("read-only", workspace.readOnly);
  const client = await connect({
    rootUri: workspace.rootUri,
    origin: window.location.origin,
    onClose: connectionLost,
    extensions: [
      plansDiagnostics({
        onDiagnostics(uri, diagnostics) {
          const changed = JSON.stringify(diagnosticsByUri.get(uri)) !== JSON.stringify(diagnostics);
          diagnosticsByUri.set(uri, diagnostics);
          if (tabs.current?.uri === uri) {
            showProblems(tabs.current);
            if (changed) preview.follow(tabs.current.view);
          }
        },
        onPublished(uri) {
          const file = tabs.files.find((f) => f.uri === uri);
          if (file) refreshSemanticTokens(file.view).catch((e) => console.warn("semantic tokens", e));
        },
      }),
      semanticTokensCapabilities,
    ],
  });
  tabs = new Tabs($("tabs"), $("editor"), {
    client,
    onPause(file) {
      client.sync();
      if (tabs.current === file) preview.update(file.view);
    },
    onSwitch(file) {
      $("no-file").hidden = Boolean(file);
      markCurrent($("file-tree"), file?.path);
      showProblems(file);
      updateButtons();
      if (file) preview.update(file.view);
      else preview.clear();
    },
    onSave: saveFile,
    onStateChange: updateButtons,
  });
  renderTree($("file-tree"), workspace.files, openPath);
  $("save").addEventListener("click", () => tabs.current && saveFile(tabs.current));
  $("format").addEventListener("click", () => tabs.current && formatDocument(tabs.current.view));
  $("preview-kind").addEventListener("change", () => tabs.current && preview.update(tabs.current.view));
  setUpGenerate($("generate"), await listTargets().catch(() => []));
  window.addEventListener("beforeunload", (event) => {
    if (tabs.files.some((f) => f.dirty) && !workspace.readOnly) event.preventDefault();
  });
  status(`Connected. ${workspace.files.length} plan file${workspace.files.length === 1 ? "" : "s"} in ${workspace.root}.`);
  const wanted = decodeURIComponent(window.location.hash.slice(1));
  if (wanted && workspace.files.includes(wanted)) await openPath(wanted);
}

start().catch((error) => status(lost || "Could not start: " + error.message));
