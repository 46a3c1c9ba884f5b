// What the end-to-end tests stand on: a real `plans serve` (the shaded cli jar) on 127.0.0.1 and a
// free port over a temporary copy of examples/, and Debian's Chromium driven by playwright-core.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, "../../..");
export const screenshots = resolve(process.env.PLANS_SCREENSHOTS || join(repoRoot, "org.plans.dsl.serve/target/screenshots"));
const jar = resolve(process.env.PLANS_JAR || join(repoRoot, "org.plans.dsl.cli/target/plans.jar"));
const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, "bin/java") : "java";

/** The flags that keep Chromium quiet and self-contained on a closed network. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/** A copy of examples/ in a fresh temporary folder. */
export function copyOfExamples() {
  const dir = mkdtempSync(join(tmpdir(), "plans-serve-e2e-"));
  cpSync(join(repoRoot, "examples"), dir, { recursive: true });
  return dir;
}

/** Starts `java -jar plans.jar serve --port P DIR [extra]`; resolves once /api/files answers. */
export async function startServe(dir, extra = []) {
  const port = await freePort();
  const child = spawn(java, ["-jar", jar, "serve", "--port", String(port), "--host", "127.0.0.1", ...extra, dir], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode != null) throw new Error(`plans serve exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(url + "/api/files");
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  if (Date.now() >= deadline) {
    child.kill();
    throw new Error(`plans serve did not answer within 90 s:\n${output}`);
  }
  return {
    url,
    output: () => output,
    async stop() {
      if (child.exitCode != null) return;
      child.kill("SIGTERM");
      await new Promise((r) => {
        const timer = setTimeout(() => (child.kill("SIGKILL"), r()), 10_000);
        child.once("exit", () => (clearTimeout(timer), r()));
      });
    },
  };
}

/** Chromium with a fresh profile; close() also removes the profile. */
export async function startBrowser() {
  const profile = mkdtempSync(join(tmpdir(), "plans-serve-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1600, height: 1000 },
    acceptDownloads: true,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function screenshotPath(name) {
  mkdirSync(screenshots, { recursive: true });
  return join(screenshots, name);
}
