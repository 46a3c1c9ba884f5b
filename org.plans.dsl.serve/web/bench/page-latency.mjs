// bench/run's page part: keystroke to diagnostics and keystroke to preview in the real page of
// `plans serve` (the shaded jar) in headless Chromium, on one plan (a synthetic plan of
// org.plans.dsl.bench's SyntheticPlan: `person p1 "Person 1"`, actions led by `lead p1`).
//
//   node bench/page-latency.mjs PLAN [EDITS]
//
// Prints, in ms: `open` (choosing the plan to its first problems count), then `diagnostics p50
// p95 max` (typing `x` after `lead p1` to the problem about `p1x` in the list) and `preview p50
// p95 max` (typing `Z` into Person 1's name to the by-lead preview showing it); each edit is
// undone before the next (its problem gone, the preview back).
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServe, startBrowser } from "../e2e/harness.mjs";
import { cursorAfter, openPlan } from "../e2e/page.mjs";

const [plan, editsArg] = process.argv.slice(2);
if (!plan) {
  console.error("usage: node bench/page-latency.mjs PLAN [EDITS]");
  process.exit(2);
}
const edits = Number(editsArg || 20);

function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return `${at(50)} ${at(95)} ${sorted[sorted.length - 1]}`;
}

/** A large plan on a loaded machine takes seconds per edit: wait up to two minutes. */
const WAIT = 120_000;

async function problem(page, text, present = true) {
  await page.locator("#problems tbody tr", { hasText: text }).first().waitFor({ state: present ? "visible" : "detached", timeout: WAIT });
}

async function preview(page, text, present = true) {
  await page.frameLocator("#preview").locator("body", { hasText: text }).waitFor({ state: present ? "attached" : "detached", timeout: WAIT });
}

const dir = mkdtempSync(join(tmpdir(), "plans-page-bench-"));
copyFileSync(plan, join(dir, "plan.plan"));
const serve = await startServe(dir);
const browser = await startBrowser();
try {
  const page = await browser.context.newPage();
  await page.goto(serve.url + "/");
  await page.locator("#status", { hasText: "Connected" }).waitFor({ timeout: 60_000 });
  let started = Date.now();
  await openPlan(page, "plan.plan");
  console.log(`open ${Date.now() - started}`);

  const diagnostics = [];
  await cursorAfter(page, "lead p1"); // p1x (or p1x0, p1x1... after lead p10...) is nobody
  for (let i = 0; i < edits; i++) {
    await page.keyboard.type("x");
    started = Date.now();
    await problem(page, "p1x");
    diagnostics.push(Date.now() - started);
    await page.keyboard.press("Backspace");
    await problem(page, "p1x", false);
  }
  console.log(`diagnostics ${percentiles(diagnostics)}`);

  const previews = [];
  await page.selectOption("#preview-kind", "by-lead");
  await preview(page, "Person 1");
  await cursorAfter(page, 'person p1 "Person 1');
  for (let i = 0; i < edits; i++) {
    await page.keyboard.type("Z");
    started = Date.now();
    await preview(page, "Person 1Z");
    previews.push(Date.now() - started);
    await page.keyboard.press("Backspace");
    await preview(page, "Person 1Z", false);
  }
  console.log(`preview ${percentiles(previews)}`);
} finally {
  await browser.close();
  await serve.stop();
  rmSync(dir, { recursive: true, force: true });
}
