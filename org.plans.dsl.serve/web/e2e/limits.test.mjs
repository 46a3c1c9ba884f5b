// `plans serve --max-connections 1 --idle-minutes 0.1`: a second page is refused and says why;
// a page that sends nothing for 6 seconds is closed and says why.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { copyOfExamples, startServe, startBrowser, screenshotPath } from "./harness.mjs";

let dir;
let serve;
let browser;

before(async () => {
  dir = copyOfExamples();
  serve = await startServe(dir, ["--max-connections", "1", "--idle-minutes", "0.1"]);
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
  await serve?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("a page over the connection limit says so, and an idle page is closed saying why", async () => {
  const first = await browser.context.newPage();
  await first.goto(serve.url + "/");
  await first.locator("#status", { hasText: "Connected" }).waitFor({ timeout: 60_000 });
  const opened = Date.now();

  const second = await browser.context.newPage();
  await second.goto(serve.url + "/");
  const refused = second.locator("#status", { hasText: "1 connection open, the most it allows; try again later" });
  await refused.waitFor({ timeout: 20_000 });
  assert.match(await second.locator("#status").innerText(), /Reload the page/);
  await second.screenshot({ path: screenshotPath("serve-refused.png") });

  await first.locator("#status", { hasText: "nothing was sent for 6 seconds" }).waitFor({ timeout: 30_000 });
  const idle = Date.now() - opened;
  assert.ok(idle >= 5_000, `closed after ${idle} ms, not before the idle time`);
  await first.screenshot({ path: screenshotPath("serve-idle.png") });
  await first.close();

  // the idle page's connection was counted out: a new page connects
  await second.reload();
  await second.locator("#status", { hasText: "Connected" }).waitFor({ timeout: 60_000 });
});
