// `plans serve --read-only`: the page says so, and nothing it does writes the folder.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { copyOfExamples, startServe, startBrowser } from "./harness.mjs";
import { openPlan, cursorAfter } from "./page.mjs";

const PLAN = "hillingdon-csc-2015.plan";
let dir;
let serve;
let browser;

before(async () => {
  dir = copyOfExamples();
  serve = await startServe(dir, ["--read-only"]);
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
  await serve?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("a read-only server: the banner shows, Save stays off, Ctrl+S writes nothing", async () => {
  const before = readFileSync(join(dir, PLAN), "utf8");
  const page = await browser.context.newPage();
  await page.goto(serve.url + "/");
  await page.locator("#status", { hasText: "Connected" }).waitFor({ timeout: 60_000 });
  assert.ok(await page.locator("#read-only").isVisible(), "the read-only banner");
  await openPlan(page, PLAN);
  await cursorAfter(page, "plan ");
  await page.keyboard.type("x");
  assert.ok(await page.locator("#save").isDisabled(), "Save is off");
  await page.keyboard.press("Control+s");
  await page.locator("#status", { hasText: "read-only" }).waitFor();
  assert.equal(readFileSync(join(dir, PLAN), "utf8"), before);
});
