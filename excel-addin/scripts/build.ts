/**
 * Builds the add-in into excel-addin/dist: taskpane, commands and notice pages with their bundles, the
 * CSS, the icons and dist/manifest.xml for the address dist/ will be served from (`--url`, or the
 * TILANNEKUVA_ADDIN_URL environment variable; the dev server by default), validated against the
 * schemas in excel-addin/schemas. `--production` minifies; otherwise source maps are written.
 * Office.js stays an external <script> (the one load from outside); everything else is bundled.
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { DEV_BASE_URL, baseUrlFromArgs, manifestForOrigin, parseBaseUrl } from "./manifestForOrigin";
import { validateManifest } from "./validateManifest";

export const ADDIN_ROOT = path.resolve(__dirname, "..");
export const DIST = path.join(ADDIN_ROOT, "dist");

export interface BuildOptions {
  readonly production: boolean;
  readonly outdir?: string;
  /** Where dist/ will be served from; the dev server by default. */
  readonly baseUrl?: string;
}

/** Builds dist/; throws (before touching dist/) on a bad address, and after it on an invalid manifest. */
export async function buildAddin(options: BuildOptions): Promise<string> {
  const outdir = options.outdir ?? DIST;
  const base = parseBaseUrl(options.baseUrl ?? DEV_BASE_URL);
  if (!base.ok) throw new Error(base.error);
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
  const manifest = path.join(outdir, "manifest.xml");
  writeFileSync(
    manifest,
    manifestForOrigin(readFileSync(path.join(ADDIN_ROOT, "manifest.xml"), "utf8"), base),
  );
  const report = await validateManifest(manifest);
  if (!report.valid) throw new Error(`${manifest} is not valid:\n  ${report.errors.join("\n  ")}`);
  return outdir;
}

if (require.main === module) {
  const production = process.argv.includes("--production");
  const baseUrl = baseUrlFromArgs(process.argv.slice(2), process.env);
  buildAddin({ production, baseUrl })
    .then((outdir) =>
      process.stdout.write(
        `Built the add-in (${production ? "production" : "development"}) for ${baseUrl} into ${path.relative(process.cwd(), outdir)}\n`,
      ),
    )
    .catch((error: unknown) => {
      process.stderr.write(`Build failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
}
