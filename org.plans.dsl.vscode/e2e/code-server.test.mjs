// The packaged extension (target/plans-vscode.vsix) in a real VS Code: code-server on 127.0.0.1,
// driven through Debian's Chromium as a user would. Screenshots: target/e2e/*.png.
import { strict as assert } from "node:assert";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { startCodeServer } from "./codeServer.mjs";
import { openWorkbench } from "./workbench.mjs";

const PLAN = [
  'plan demo "Demo"',
  'person sjs "Sarah Jones"',
  'priority 1 "Safer recruitment" {',
  '    action 1.1 "A" { lead sjss due 2025-03 }', // PLAN-002: sjss is nobody (line 4, column 27)
  '    action 1.2 "B" { lead sjs due 2025-04 }',
  "}",
  "",
].join("\n");

function workspaceWithPlan() {
  const folder = mkdtempSync(join(tmpdir(), "plans-vscode-ws-"));
  writeFileSync(join(folder, "typo.plan"), PLAN);
  return folder;
}

/** Runs `body` against a started code-server and workbench; always stops both, logs on failure. */
async function withWorkbench(folder, settings, body) {
  const server = await startCodeServer(folder, settings);
  let workbench;
  try {
    workbench = await openWorkbench(server.url, folder);
    await body(workbench, server);
  } catch (error) {
    if (workbench) await workbench.screenshot(`failure-${Date.now()}.png`).catch(() => undefined);
    console.error(`code-server output:\n${server.output()}\nextension host log:\n${server.extensionHostLog()}\nserver log:\n${server.serverLog()}`);
    throw error;
  } finally {
    await workbench?.close();
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

test("activates on a folder with a plan: status bar, Validate workspace and Problems, hover, palette, preview", async () => {
  const java = process.env.JAVA_HOME ? { "plans.java.home": process.env.JAVA_HOME } : {};
  await withWorkbench(workspaceWithPlan(), java, async (workbench) => {
    // the server validates the whole folder: the one error counts before any file is open
    assert.equal(await workbench.statusBarItem(/Plans: 1 error/), "Plans: 1 error");
    await workbench.screenshot("activated.png");

    // Validate workspace on a folder the server already reports: each finding listed once
    await workbench.runCommand("Plans: Validate workspace");
    const summary = await workbench.notification(/Plans: plans-vscode-ws-\w+: 1 file/);
    assert.match(summary, /1 file: 1 error, 1 warning/);
    const rows = await workbench.problems(/PLAN-002/);
    const findings = rows.filter((row) => row.includes("PLAN-002"));
    assert.equal(findings.length, 1, JSON.stringify(rows));
    assert.match(findings[0], /sjss/);
    assert.match(findings[0], /\[Ln 4, Col 27\]/);
    await workbench.screenshot("problems.png");

    await workbench.openFile("typo.plan");
    await workbench.goTo(5, 28);
    const hover = await workbench.hoverText(/Sarah Jones/);
    assert.match(hover, /Sarah Jones \(sjs\) — person/);
    await workbench.screenshot("hover.png");

    // on the finding: its rule's page, behind VS Code's prompt before an external address
    await workbench.goTo(4, 28);
    await workbench.runCommand("Plans: Open rule documentation");
    const prompt = await workbench.dialogText(/external website/);
    assert.match(prompt, /https:\/\/plans\.org\/docs\/rules\.md#/);
    await workbench.screenshot("rule-docs.png");
    // the prompt shortens the middle of a long address: its Copy button gives all of it
    await workbench.dialogButton("Copy");
    assert.equal(await workbench.clipboard(), "https://plans.org/docs/rules.md#plan-002-unresolved-reference");

    const offered = await workbench.paletteRows("Plans:");
    for (const title of ["Validate workspace", "Generate…", "Open rule documentation", "Preview board report", "Restart the plans language server"]) {
      assert.ok(offered.some((row) => row.includes(`Plans: ${title}`)), `"Plans: ${title}" in ${JSON.stringify(offered)}`);
    }
    await workbench.screenshot("palette.png");
    await workbench.page.keyboard.press("Escape");

    await workbench.runCommand("Plans: Preview board report");
    // the plan has an error, so the server's page lists it instead of the report
    const report = await workbench.webviewText(/Fix the mistakes below/);
    assert.match(report, /Line 4: No person, role, team or partner called 'sjss'/);
    await workbench.screenshot("preview.png");
  });
});

test("activates when a plan is opened in a folder that had none at start (onLanguage)", async () => {
  const folder = mkdtempSync(join(tmpdir(), "plans-vscode-ws-"));
  writeFileSync(join(folder, "notes.txt"), "no plans here yet\n");
  const java = process.env.JAVA_HOME ? { "plans.java.home": process.env.JAVA_HOME } : {};
  await withWorkbench(folder, java, async (workbench) => {
    await workbench.page.locator(".explorer-folders-view .monaco-list-row", { hasText: "notes.txt" }).waitFor();
    assert.equal(await workbench.page.locator("footer .statusbar-item", { hasText: /Plans/ }).count(), 0, "not active before a plan is open");
    writeFileSync(join(folder, "late.plan"), PLAN);
    await workbench.openFile("late.plan");
    assert.equal(await workbench.statusBarItem(/Plans: 1 error/), "Plans: 1 error");
    await workbench.screenshot("activated-on-open.png");
  });
});

test("Generate…: the picked targets into the folder picked in VS Code's file dialog", async () => {
  const folder = mkdtempSync(join(tmpdir(), "plans-vscode-ws-"));
  writeFileSync(join(folder, "demo.plan"), PLAN.replace("lead sjss", "lead sjs"));
  const out = join(folder, "generated");
  mkdirSync(out);
  const java = process.env.JAVA_HOME ? { "plans.java.home": process.env.JAVA_HOME } : {};
  await withWorkbench(folder, java, async (workbench) => {
    await workbench.statusBarItem(/Plans/);
    await workbench.runCommand("Plans: Generate…");
    await workbench.pickMany(["markdown", "ics"]);
    await workbench.chooseEmptyFolderInFileDialog(`${out}/`, "Generate into this folder");
    const done = await workbench.notification(/Plans: generated into/);
    assert.match(done, new RegExp(`generated into ${out}`));
    await workbench.screenshot("generate.png");
    // a browser VS Code cannot open the user's file manager: the folder is shown in the Explorer
    await workbench.notificationButton(/Plans: generated into/, "Show in Explorer");
    const shown = workbench.page.locator(".explorer-folders-view .monaco-list-row.focused", { hasText: "generated" });
    await shown.waitFor({ timeout: 30_000 });
    await workbench.screenshot("generated-in-explorer.png");
    assert.ok(existsSync(join(out, "demo.ics")), "demo.ics written");
    assert.match(readFileSync(join(out, "demo.md"), "utf8"), /Safer recruitment/);
  });
});

test("with a Java that is too old: says which Java it found and why, status bar stopped", async () => {
  const jdk = mkdtempSync(join(tmpdir(), "plans-vscode-jdk11-"));
  try {
    mkdirSync(join(jdk, "bin"));
    writeFileSync(join(jdk, "bin/java"), "#!/bin/sh\necho 'openjdk version \"11.0.21\" 2023-10-17' >&2\n", { mode: 0o755 });
    await withWorkbench(workspaceWithPlan(), { "plans.java.home": jdk }, async (workbench) => {
      const message = await workbench.notification(/older than Java 17/);
      assert.match(message, new RegExp(`Found Java 11\\.0\\.21 at "${jdk}/bin/java" \\(from the plans\\.java\\.home setting\\)`));
      assert.match(message, /Open Settings/);
      assert.equal(await workbench.statusBarItem(/Plans: stopped/), "Plans: stopped");
      await workbench.screenshot("java-too-old.png");
    });
  } finally {
    rmSync(jdk, { recursive: true, force: true });
  }
});
