// A real VS Code for the end-to-end tests: code-server (VS Code OSS served to a browser, installed
// by .ci/deps/code-server.sh) on 127.0.0.1 with no password, a fresh user-data and extensions
// folder holding only the packaged .vsix, opened on a workspace folder.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const moduleRoot = resolve(here, "..");
export const repoRoot = resolve(moduleRoot, "..");
export const vsix = resolve(process.env.PLANS_VSIX || join(moduleRoot, "target/plans-vscode.vsix"));
const STARTUP_MS = 120_000;

/** The code-server executable: the install script's last line (a no-op once installed). */
export function codeServerBin() {
  const printed = execFileSync("bash", [join(repoRoot, ".ci/deps/code-server.sh")], { encoding: "utf8" });
  return printed.trim().split("\n").at(-1);
}

/** User settings that keep the workbench quiet and off the network. */
const QUIET_SETTINGS = {
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "chat.disableAIFeatures": true,
  "git.enabled": false,
  "window.commandCenter": false,
};

/**
 * Installs the .vsix into a fresh extensions folder and starts code-server on a free port over
 * `folder` with `settings` (user settings, on top of the quiet ones). Resolves once /healthz answers.
 * Port 0: code-server takes a free port and says which in its log.
 */
export async function startCodeServer(folder, settings = {}) {
  const bin = codeServerBin();
  const home = mkdtempSync(join(tmpdir(), "plans-code-server-"));
  const userData = join(home, "user-data");
  const extensions = join(home, "extensions");
  mkdirSync(join(userData, "User"), { recursive: true });
  writeFileSync(join(userData, "User/settings.json"), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  const common = ["--user-data-dir", userData, "--extensions-dir", extensions];
  const childEnv = { ...process.env, XDG_CONFIG_HOME: join(home, "config"), XDG_DATA_HOME: join(home, "data") };
  delete childEnv.VSCODE_IPC_HOOK_CLI;
  execFileSync(bin, [...common, "--install-extension", vsix], { env: childEnv, stdio: "pipe" });
  const args = [
    ...common,
    "--bind-addr", "127.0.0.1:0",
    "--auth", "none",
    "--disable-telemetry",
    "--disable-update-check",
    "--disable-workspace-trust",
    "--disable-getting-started-override",
    "--ignore-last-opened",
    folder,
  ];
  // its own process group, so that stop() also ends the extension host and the language server
  const child = spawn(bin, args, { env: childEnv, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  let url;
  const session = {
    get url() {
      return url;
    },
    home,
    folder,
    output: () => output,
    /** What the extension host logged (activation errors land here). */
    extensionHostLog: () => logsNamed(join(userData, "logs"), /exthost\.log$|remoteexthost\.log$/),
    /** What the extension's output channel logged. */
    serverLog: () => logsNamed(join(userData, "logs"), /Plans Language Server\.log$/),
    async stop() {
      await stopGroup(child);
      rmSync(home, { recursive: true, force: true });
    },
  };
  const deadline = Date.now() + STARTUP_MS;
  try {
    for (;;) {
      if (child.exitCode != null) throw new Error(`code-server exited with ${child.exitCode}:\n${output}`);
      if (Date.now() > deadline) throw new Error(`code-server did not answer within ${STARTUP_MS / 1000} s:\n${output}`);
      url ??= /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1];
      try {
        if (url && (await fetch(`${url}/healthz`)).ok) break;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  } catch (error) {
    await session.stop();
    throw error;
  }
  return session;
}

/** SIGTERM to the whole process group, SIGKILL after 10 s. */
async function stopGroup(child) {
  if (child.exitCode != null || child.signalCode != null) return;
  const exited = new Promise((r) => child.once("exit", r));
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // already gone
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
  // the language server (java) may outlive code-server's own exit for a moment
  signal("SIGKILL");
}

function logsNamed(dir, pattern) {
  if (!existsSync(dir)) return "";
  let text = "";
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) text += logsNamed(file, pattern);
    else if (pattern.test(name)) text += `--- ${file}\n${readFileSync(file, "utf8")}\n`;
  }
  return text;
}
