// The VS Code workbench in Debian's Chromium (playwright-core), driven as a user does: the
// command palette, the explorer, the status bar, the Problems panel, hovers and notifications.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { moduleRoot } from "./codeServer.mjs";

export const screenshots = join(moduleRoot, "target/e2e");
const UI_MS = 60_000;

/** Chromium on a fresh profile showing the workbench at `url`; close() removes the profile. */
export async function openWorkbench(url, folder) {
  const profile = mkdtempSync(join(tmpdir(), "plans-vscode-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    // playwright-core already passes --headless, --no-sandbox, --no-first-run and turns off
    // background networking, component updates and sync
    args: ["--disable-gpu"],
    viewport: { width: 1400, height: 900 },
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: url });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
    await page.locator(".monaco-workbench").waitFor({ timeout: UI_MS });
    return new Workbench(page, context, profile);
  } catch (error) {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

export class Workbench {
  constructor(page, context, profile) {
    this.page = page;
    this.context = context;
    this.profile = profile;
  }

  async close() {
    await this.context.close();
    rmSync(this.profile, { recursive: true, force: true });
  }

  async screenshot(name) {
    mkdirSync(screenshots, { recursive: true });
    const file = join(screenshots, name);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** The status bar entry whose text matches `pattern`, once it shows. */
  async statusBarItem(pattern) {
    const item = this.page.locator("footer .statusbar-item", { hasText: pattern }).first();
    await item.waitFor({ timeout: UI_MS });
    return (await item.innerText()).trim();
  }

  /** Opens the command palette, types `label` and returns the rows it offers, once one contains it. */
  async paletteRows(label) {
    await this.page.keyboard.press("F1");
    const input = this.page.locator(".quick-input-widget input");
    await input.waitFor({ timeout: UI_MS });
    await input.fill(`>${label}`);
    const rows = this.page.locator(".quick-input-list .monaco-list-row");
    try {
      await rows.filter({ hasText: label }).first().waitFor({ timeout: UI_MS });
    } catch {
      throw new Error(`no command "${label}" in the palette: ${JSON.stringify(await rows.allInnerTexts())}`);
    }
    return rows.allInnerTexts();
  }

  /** Runs the first palette command whose label contains `label`. */
  async runCommand(label) {
    await this.paletteRows(label);
    await this.page.locator(".quick-input-list .monaco-list-row", { hasText: label }).first().click();
  }

  /** In an open multi-select quick pick: filters to each of `labels` and ticks its row, then OK. */
  async pickMany(labels) {
    const input = this.page.locator(".quick-input-widget input.input");
    for (const label of labels) {
      await input.fill(label);
      const row = this.page.locator(".quick-input-list .monaco-list-row", { hasText: new RegExp(`^${label}`) }).first();
      await row.waitFor({ timeout: UI_MS });
      await row.click(); // a click on a row of a multi-select pick ticks it
    }
    await this.page.locator(".quick-input-widget .quick-input-count", { hasText: `${labels.length} Selected` }).waitFor({ timeout: UI_MS });
    await this.page.locator(".quick-input-widget .quick-input-action a.monaco-button", { hasText: "OK" }).first().click();
  }

  /**
   * In VS Code's own file dialog (a quick input with a path): goes into the empty folder `path`
   * (ending in /), then presses its `okLabel` button.
   */
  async chooseEmptyFolderInFileDialog(path, okLabel) {
    const input = this.page.locator(".quick-input-widget input");
    // the dialog fills in its starting folder and lists it after it shows: typing earlier is undone
    await this.page.waitForFunction(() => document.querySelectorAll(".quick-input-list .monaco-list-row").length > 1, null, { timeout: UI_MS });
    await input.fill(path);
    // inside the empty folder the only row is "..", the way back up
    const rows = this.page.locator(".quick-input-list .monaco-list-row");
    const deadline = Date.now() + UI_MS;
    for (;;) {
      const value = await input.inputValue();
      const shown = (await rows.allInnerTexts()).map((text) => text.trim());
      if (value === path && shown.length === 1 && shown[0] === "..") break;
      if (Date.now() > deadline) throw new Error(`the file dialog shows ${value}: ${JSON.stringify(shown)}`);
      await this.page.waitForTimeout(200);
    }
    await this.page.locator(".quick-input-widget a.monaco-button", { hasText: okLabel }).first().click();
    await this.page.locator(".quick-input-widget").waitFor({ state: "hidden", timeout: UI_MS });
  }

  /** Opens a file of the workspace through Go to File. */
  async openFile(name) {
    await this.page.keyboard.press("Control+P");
    const input = this.page.locator(".quick-input-widget input");
    await input.waitFor({ timeout: UI_MS });
    await input.fill(name);
    await this.page.locator(".quick-input-list .monaco-list-row", { hasText: name }).first().waitFor({ timeout: UI_MS });
    await this.page.keyboard.press("Enter");
    await this.page.locator(`.tab[aria-label^="${name}"]`).first().waitFor({ timeout: UI_MS });
    await this.page.locator(".monaco-editor .view-lines").first().waitFor({ timeout: UI_MS });
  }

  /** Puts the cursor on line:column (1-based) through Go to Line/Column. */
  async goTo(line, column) {
    await this.page.keyboard.press("Control+G");
    const input = this.page.locator(".quick-input-widget input");
    await input.waitFor({ timeout: UI_MS });
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press("Enter");
    await this.page.locator(".quick-input-widget").waitFor({ state: "hidden", timeout: UI_MS });
  }

  /** The hover at the cursor (Show or Focus Hover), once it has content matching `pattern`. */
  async hoverText(pattern) {
    await this.runCommand("Show or Focus Hover");
    const hover = this.page.locator(".monaco-hover:not(.hidden) .hover-contents", { hasText: pattern }).first();
    await hover.waitFor({ timeout: UI_MS });
    return (await hover.innerText()).trim();
  }

  /** The rows of the Problems panel (opened through View: Focus Problems), once one matches `pattern`. */
  async problems(pattern) {
    await this.runCommand("Problems: Focus on Problems View");
    const panel = this.page.locator(".markers-panel");
    await panel.locator(".monaco-list-row", { hasText: pattern }).first().waitFor({ timeout: UI_MS });
    return panel.locator(".monaco-list-row").allInnerTexts();
  }

  /** The text of the webview (an iframe in an iframe) whose page matches `pattern`, once one does. */
  async webviewText(pattern) {
    const deadline = Date.now() + UI_MS;
    while (Date.now() < deadline) {
      for (const frame of this.page.frames()) {
        if (frame === this.page.mainFrame()) continue;
        const text = await frame.locator("body").innerText({ timeout: 1_000 }).catch(() => "");
        if (pattern.test(text)) return text;
      }
      await this.page.waitForTimeout(250);
    }
    throw new Error(`no webview showed ${pattern}`);
  }

  /** The text of the modal dialog (e.g. the prompt before opening an external address), once one shows. */
  async dialogText(pattern) {
    const dialog = this.page.locator(".monaco-dialog-box", { hasText: pattern }).first();
    await dialog.waitFor({ timeout: UI_MS });
    return (await dialog.innerText()).trim();
  }

  /** Presses the dialog's button `label`. */
  async dialogButton(label) {
    await this.page.locator(".monaco-dialog-box .dialog-buttons a.monaco-button", { hasText: label }).first().click();
    await this.page.locator(".monaco-dialog-box").waitFor({ state: "hidden", timeout: UI_MS });
  }

  /** What the page put on the clipboard. */
  async clipboard() {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Presses the button `label` of the notification toast matching `pattern`. */
  async notificationButton(pattern, label) {
    const toast = this.page.locator(".notifications-toasts .notification-toast", { hasText: pattern }).first();
    await toast.locator("a.monaco-button", { hasText: label }).first().click({ timeout: UI_MS });
  }

  /** The text of the first notification toast matching `pattern`. */
  async notification(pattern) {
    const toast = this.page.locator(".notifications-toasts .notification-toast", { hasText: pattern }).first();
    await toast.waitFor({ timeout: UI_MS });
    return (await toast.innerText()).trim();
  }
}
