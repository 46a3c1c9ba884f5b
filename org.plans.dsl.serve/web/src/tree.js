// The file tree of the served folder: nested lists of buttons, folders first.

/** {dirs: Map<name, node>, files: [path]} from "a.plan", "sub/b.plan", ... */
export function treeOf(paths) {
  const root = { dirs: new Map(), files: [] };
  for (const path of paths) {
    const parts = path.split("/");
    let node = root;
    for (const dir of parts.slice(0, -1)) {
      if (!node.dirs.has(dir)) node.dirs.set(dir, { dirs: new Map(), files: [] });
      node = node.dirs.get(dir);
    }
    node.files.push(path);
  }
  return root;
}

function list(node, onOpen) {
  const ul = document.createElement("ul");
  for (const [name, child] of [...node.dirs].sort(([a], [b]) => a.localeCompare(b))) {
    const li = document.createElement("li");
    const details = document.createElement("details");
    details.open = true;
    const summary = document.createElement("summary");
    summary.textContent = name + "/";
    details.append(summary, list(child, onOpen));
    li.append(details);
    ul.append(li);
  }
  for (const path of node.files.slice().sort()) {
    const li = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "file";
    button.dataset.path = path;
    button.textContent = path.split("/").pop();
    button.title = path;
    button.addEventListener("click", () => onOpen(path));
    li.append(button);
    ul.append(li);
  }
  return ul;
}

/** Fills `container` with the tree; `onOpen(path)` opens a file. */
export function renderTree(container, paths, onOpen) {
  container.replaceChildren(paths.length ? list(treeOf(paths), onOpen) : document.createTextNode("No .plan files here."));
}

/** Marks the open file in the tree. */
export function markCurrent(container, path) {
  for (const button of container.querySelectorAll("button.file")) {
    if (button.dataset.path === path) button.setAttribute("aria-current", "page");
    else button.removeAttribute("aria-current");
  }
}
