// `npm run build:cli`: the command line as one JavaScript file, cli/dist/main.cjs. zod and date-fns are
// bundled (only the functions used, no module lookups at start); ExcelJS and JSZip stay in node_modules
// and load on first use through the shims in cli/build, so a command that reads only (validate) never
// loads them, and one that writes loads only ExcelJS's workbook, not its streaming reader, writer and CSV.
import { build } from "esbuild";
import { readFile, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shims = { exceljs: "lazyExcelJs.cjs", jszip: "lazyJsZip.cjs" };

/** `exceljs` and `jszip` imported by the sources resolve to the shims; the shims' own requires stay external. */
const lazyPackages = {
  name: "lazy-packages",
  setup(esbuild) {
    esbuild.onResolve({ filter: /^(exceljs|jszip)(\/.*)?$/ }, (args) => {
      const shim = shims[args.path];
      if (shim && !args.importer.startsWith(join(root, "cli", "build")))
        return { path: join(root, "cli", "build", shim) };
      return { path: args.path, external: true };
    });
  },
};

// The launcher's V8 code caches belong to the file they were made from (cli/bin/tilannekuva.cjs).
const dist = join(root, "cli", "dist");
for (const name of await readdir(dist).catch(() => []))
  if (name.endsWith(".v8cache")) await rm(join(dist, name), { force: true });

const { metafile } = await build({
  entryPoints: [join(root, "cli", "main.ts")],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile: join(root, "cli", "dist", "main.cjs"),
  external: ["tsx"],
  plugins: [lazyPackages],
  logLevel: "warning",
  metafile: true,
  absWorkingDir: root,
});

// esbuild escapes strings, but leaves comments and template literals as written (a tagged template may
// read its raw text; ours, `escaped`, reads only the cooked). One character past ASCII makes V8 hold the
// whole 0.7 MB source as two bytes a character and decode it as UTF-8 at every start: escaped here, the
// file is ASCII and means the same.
const outfile = join(root, "cli", "dist", "main.cjs");
const code = await readFile(outfile, "utf8");
const ascii = code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
if (ascii !== code) await writeFile(outfile, ascii);

// The project's source files the bundle was built from, for the launcher's check that it is not older
// than any of them (cli/bin/tilannekuva.cjs): paths from the root, with "/", packages left out.
const inputs = Object.keys(metafile.inputs).filter((path) => !path.includes("node_modules"));
await writeFile(join(root, "cli", "dist", "inputs.json"), `${JSON.stringify(inputs.sort(), null, 0)}\n`);
