// Saving a plan: PUT with the version it was opened at; a 409 (changed on disk meanwhile) opens
// the conflict dialog with both versions, and the author chooses.
import { writeFile, ApiError } from "./api.js";

/** Resolves to "overwrite", "take" or "cancel". */
function askAboutConflict(path, mine, disk) {
  const dialog = document.getElementById("conflict");
  document.getElementById("conflict-path").textContent = path;
  document.getElementById("conflict-mine").value = mine;
  document.getElementById("conflict-disk").value = disk;
  return new Promise((resolve) => {
    const choose = (choice) => () => {
      dialog.close();
      resolve(choice);
    };
    const buttons = {
      "conflict-overwrite": choose("overwrite"),
      "conflict-take": choose("take"),
      "conflict-cancel": choose("cancel"),
    };
    for (const [id, handler] of Object.entries(buttons)) document.getElementById(id).onclick = handler;
    dialog.oncancel = () => resolve("cancel");
    dialog.showModal();
    document.getElementById("conflict-cancel").focus();
  });
}

/**
 * Saves the open file `file` ({path, view, version, markSaved(text, version), replace(text, version)}).
 * Returns a sentence for the status line.
 */
export async function save(file) {
  const text = file.view.state.doc.toString();
  try {
    const { version } = await writeFile(file.path, text, file.version);
    file.markSaved(text, version);
    return `Saved ${file.path}.`;
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 409) throw error;
    const { diskText, diskVersion } = error.body;
    const choice = await askAboutConflict(file.path, text, diskText ?? "");
    if (choice === "overwrite") {
      const { version } = await writeFile(file.path, text, diskVersion);
      file.markSaved(text, version);
      return `Saved ${file.path} over the version on disk.`;
    }
    if (choice === "take") {
      file.replace(diskText, diskVersion);
      return `Loaded the version of ${file.path} on disk; your changes were dropped.`;
    }
    return `Not saved: ${file.path} changed on disk.`;
  }
}
