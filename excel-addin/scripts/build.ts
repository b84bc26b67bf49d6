/**
 * Builds the add-in into excel-addin/dist: taskpane, commands and notice pages with their bundles, the
 * CSS, the icons and a copy of manifest.xml. `--production` minifies; otherwise source maps are written.
 * Office.js stays an external <script> (the one load from outside); everything else is bundled.
 */
import { copyFileSync, cpSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

export const ADDIN_ROOT = path.resolve(__dirname, "..");
export const DIST = path.join(ADDIN_ROOT, "dist");

export async function buildAddin(options: { production: boolean; outdir?: string }): Promise<string> {
  const outdir = options.outdir ?? DIST;
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: {
      taskpane: path.join(ADDIN_ROOT, "src/taskpane/taskpane.ts"),
      commands: path.join(ADDIN_ROOT, "src/commands/commands.ts"),
      notice: path.join(ADDIN_ROOT, "src/commands/notice.ts"),
    },
    outdir,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: options.production,
    sourcemap: options.production ? false : "linked",
    legalComments: "none",
    // ExcelJS's package entry is for Node; its prebuilt browser bundle carries its own polyfills.
    alias: { exceljs: "exceljs/dist/exceljs.min.js" },
    define: { "process.env.NODE_ENV": JSON.stringify(options.production ? "production" : "development") },
    logLevel: "warning",
  });
  for (const file of [
    "src/taskpane/taskpane.html",
    "src/taskpane/taskpane.css",
    "src/commands/commands.html",
    "src/commands/notice.html",
  ]) {
    copyFileSync(path.join(ADDIN_ROOT, file), path.join(outdir, path.basename(file)));
  }
  cpSync(path.join(ADDIN_ROOT, "assets"), path.join(outdir, "assets"), { recursive: true });
  copyFileSync(path.join(ADDIN_ROOT, "manifest.xml"), path.join(outdir, "manifest.xml"));
  return outdir;
}

if (require.main === module) {
  const production = process.argv.includes("--production");
  buildAddin({ production })
    .then((outdir) =>
      process.stdout.write(
        `Built the add-in (${production ? "production" : "development"}) into ${path.relative(process.cwd(), outdir)}\n`,
      ),
    )
    .catch((error: unknown) => {
      process.stderr.write(`Build failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
}
