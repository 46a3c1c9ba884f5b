// Builds the page into OUT (default: the serve module's classes, where the jar serves it from):
// OUT/index.html and OUT/assets/{app.js,app.css}. Everything is bundled: no CDN, works offline.
import { build } from "esbuild";
import { mkdirSync, copyFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] || join(here, "../target/classes/org/plans/dsl/serve/web"));
mkdirSync(join(out, "assets"), { recursive: true });
await build({
  entryPoints: { app: join(here, "src/main.js") },
  outdir: join(out, "assets"),
  bundle: true,
  format: "esm",
  target: ["es2022"],
  minify: true,
  sourcemap: false,
  legalComments: "linked",
  logLevel: "warning",
});
await build({
  entryPoints: { app: join(here, "src/style.css") },
  outdir: join(out, "assets"),
  bundle: true,
  minify: true,
  logLevel: "warning",
});
copyFileSync(join(here, "src/index.html"), join(out, "index.html"));
console.log("plans serve page built into " + out);
