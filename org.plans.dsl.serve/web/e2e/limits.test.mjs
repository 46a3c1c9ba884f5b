// `plans serve --max-connections 1`: a second page is refused and says why; `--idle-minutes 0.1`:
// a page that sends nothing for 6 seconds is closed and says why. Two servers, so that a slow
// machine cannot let the idle limit close the first page before the second is refused.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { copyOfExamples, startServe, startBrowser, screenshotPath } from "./harness.mjs";

let dir;
let browser;
const serves = [];

before(async () => {
  dir = copyOfExamples();
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
  for (const serve of serves) await serve.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function served(args) {
  const serve = await startServe(dir, args);
  serves.push(serve);
  return serve;
}

async function reloadedUntilConnected(page) {
  const connected = page.locator("#status", { hasText: "Connected" });
  for (let tries = 1; ; tries++) {
    await page.reload();
    try {
      await connected.waitFor({ timeout: 10_000 });
      return;
    } catch (e) {
      if (tries === 6) throw e;
    }
  }
}

async function connected(page, url) {
  await page.goto(url + "/");
  await page.locator("#status", { hasText: "Connected" }).waitFor({ timeout: 60_000 });
}

test("a page over the connection limit says so, and a closed page is counted out", async () => {
  const serve = await served(["--max-connections", "1"]);
  const first = await browser.context.newPage();
  await connected(first, serve.url);

  const second = await browser.context.newPage();
  await second.goto(serve.url + "/");
  const refused = second.locator("#status", { hasText: "1 connection open, the most it allows; try again later" });
  await refused.waitFor({ timeout: 60_000 });
  assert.match(await second.locator("#status").innerText(), /Reload the page/);
  await second.screenshot({ path: screenshotPath("serve-refused.png") });

  // the server counts a closed page out when its close arrives, which a reload may overtake
  await first.close();
  await reloadedUntilConnected(second);
  await second.close();
});

test("an idle page is closed saying why, and its connection is counted out", async () => {
  const serve = await served(["--max-connections", "1", "--idle-minutes", "0.1"]);
  const page = await browser.context.newPage();
  await connected(page, serve.url);
  const opened = Date.now();

  await page.locator("#status", { hasText: "nothing was sent for 6 seconds" }).waitFor({ timeout: 60_000 });
  const idle = Date.now() - opened;
  assert.ok(idle >= 5_000, `closed after ${idle} ms, not before the idle time`);
  await page.screenshot({ path: screenshotPath("serve-idle.png") });

  // the idle page's connection was counted out: a new page connects
  await reloadedUntilConnected(page);
  await page.close();
});
