// Steps on the page, as an author does them: keyboard and mouse only.

/** Selects the next match of `text` with the editor's search (Ctrl+F, Enter, Escape). */
export async function select(page, text) {
  await page.locator(".editor-host:not([hidden]) .cm-content").focus();
  await page.keyboard.press("Control+f");
  const field = page.locator(".editor-host:not([hidden]) .cm-search input[name=search]");
  await field.fill(text);
  await field.press("End"); // the search panel reads its field on keyup
  await field.press("Enter");
  await field.press("Escape");
}

/** Puts the cursor after the next match of `text`. */
export async function cursorAfter(page, text) {
  await select(page, text);
  await page.keyboard.press("ArrowRight");
}

/** The text of the editor line the cursor is on. */
export function activeLine(page) {
  return page.locator(".editor-host:not([hidden]) .cm-activeLine").innerText();
}

/** Waits until the problems list has (or, with present=false, no longer has) a row containing `text`. */
export async function problem(page, text, present = true) {
  const row = page.locator("#problems tbody tr", { hasText: text });
  if (present) await row.first().waitFor({ state: "visible", timeout: 20_000 });
  else await row.first().waitFor({ state: "detached", timeout: 20_000 });
  return row.first();
}

/** Waits until the preview's document contains `text`. */
export async function previewShows(page, text, timeout = 20_000) {
  await page.frameLocator("#preview").locator("body", { hasText: text }).waitFor({ timeout });
}

export async function openPlan(page, path) {
  await page.locator(`#file-tree button.file[data-path="${path}"]`).click();
  // its tab is the current one (with another plan open, the editor and count are there already)
  await page.locator("#tabs .tab.current .tab-name", { hasText: path }).waitFor({ timeout: 60_000 });
  await page.locator(".editor-host:not([hidden]) .cm-content").waitFor();
  await page.locator("#problem-count", { hasText: /\(/ }).waitFor({ timeout: 60_000 });
}

/** Polls `condition` until it holds; fails with `what` after `timeout` ms. */
export async function until(condition, what, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
