/**
 * Builds the Apps Script projects into dist/<project>: Code.js, Sidebar.html and appsscript.json. clasp 3
 * pushes files as they are and does not compile TypeScript, hence the bundle. Run with
 * `tsx apps-script/scripts/build.ts [--out DIR] [--library-id ID] [--library-version N|stable]`.
 *
 * - `region`, `national`: the bound projects, each a full copy of its code (the national spreadsheet is
 *   one file; a region template's copies each carry their own copy of the region code).
 * - `region-library`: the region code as an Apps Script library, pushed and versioned once.
 * - `region-shell`: the thin script bound to the region template (and so to every copy of it): one
 *   top-level function per entry point, each calling the library under the identifier `TilannekuvaLib`.
 *   Its manifest names the library; `version: "stable"` follows the library's latest version, so one
 *   push of the library and a new version update every region (see the README).
 *
 * Apps Script runs every file of a project as one classic script, evaluating all of it on every
 * execution, and calls menu handlers, triggers and google.script.run targets by their global name.
 * Code.js is therefore laid out so that an execution evaluates little at its start:
 *
 * 1. the light entry (src/poll.ts, national only, a few KB) at the top level: the sidebar's 2-second poll;
 * 2. the rest of the project (src/main.ts, ~550 KB, mostly zod and the core) as the body of a function
 *    `loadTilannekuva_`, which V8 only pre-parses until an entry point calls it: a poll never runs it;
 * 3. a top-level `function name() {…}` for each entry point, which Apps Script's V8 (and the IDE's function
 *    list) can see, each calling into 1 or 2. The build learns the names by loading each bundle in a vm.
 */
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import vm from "node:vm";
import { GLOBAL_NAMESPACE as NAMESPACE, POLL_NAMESPACE } from "../src/host/exposeToAppsScript";

export const PROJECTS = ["region", "national", "region-library", "region-shell"] as const;
export type ProjectName = (typeof PROJECTS)[number];

const ROOT = resolve(__dirname, "..");
/** The identifier the region shell knows the library by (its manifest's `userSymbol`). */
export const LIBRARY_SYMBOL = "TilannekuvaLib";
/** The shell manifest's library id until a real one is given (push.ts refuses to push it). */
export const LIBRARY_ID_PLACEHOLDER = "REPLACE_WITH_THE_REGION_LIBRARY_SCRIPT_ID";
/** What Apps Script's V8 runtime accepts without surprises; esbuild lowers anything newer. */
const TARGET = "es2019";

/** Which code each project holds: the region or national code, whole or as the library's shell. */
const PLANS: Record<ProjectName, { code: "region" | "national"; shell: boolean; sidebar: boolean }> = {
  region: { code: "region", shell: false, sidebar: true },
  national: { code: "national", shell: false, sidebar: true },
  "region-library": { code: "region", shell: false, sidebar: true },
  // The library's HtmlService opens the library's own Sidebar.html; the shell has no HTML of its own.
  "region-shell": { code: "region", shell: true, sidebar: false },
};

/** Light entries evaluated at the top level of every execution, per code. */
const LIGHT_ENTRIES: Record<"region" | "national", string[]> = {
  region: [],
  national: [join("src", "poll.ts")],
};

export interface BuiltProject {
  project: ProjectName;
  dir: string;
  /** The global functions Code.js declares. */
  globals: string[];
  files: string[];
}

export interface BuildOptions {
  outDir?: string;
  projects?: readonly ProjectName[];
  /** The region-shell's library: its script id and version ("stable", the latest, by default). */
  library?: { id?: string; version?: string };
}

class BuildError extends Error {
  override name = "BuildError";
}

/** Loads a bundle in an empty vm context and lists the functions it puts on `namespace`. */
export function exposedNames(bundle: string, namespace = NAMESPACE): string[] {
  const sandbox: Record<string, unknown> = {};
  vm.runInNewContext(bundle, sandbox, { filename: "Code.js" });
  const exposed = sandbox[namespace];
  if (!exposed || typeof exposed !== "object")
    throw new BuildError(`The bundle did not set globalThis.${namespace}.`);
  return Object.keys(exposed).filter(
    (name) => typeof (exposed as Record<string, unknown>)[name] === "function",
  );
}

/** Top-level `function name() {…}` declarations, each calling `target(name)`. */
function stubs(names: readonly string[], target: (name: string) => string): string {
  return names
    .map((name) => `function ${name}() {\n  return ${target(name)}.apply(this, arguments);\n}\n`)
    .join("");
}

/** Bundles of this build, by entry and code: the region code serves three projects. */
const bundles = new Map<string, Promise<string>>();

function bundle(entry: string, code: "region" | "national"): Promise<string> {
  const key = `${entry} ${code}`;
  if (!bundles.has(key)) bundles.set(key, esbuild(entry, code));
  return bundles.get(key)!;
}

async function esbuild(entry: string, code: "region" | "national"): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: TARGET,
    charset: "utf8",
    // Names of the globals survive minifying (they are properties of globalThis.Tilannekuva), and
    // errors carry their `name` as a field.
    minify: true,
    treeShaking: true,
    legalComments: "none",
    define: { TILANNEKUVA_PROJECT: JSON.stringify(code) },
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (!output) throw new BuildError(`esbuild wrote nothing for ${entry} (${code}).`);
  return output.text;
}

/** Code.js of a project holding the whole code: light entries, the lazily loaded rest, the stubs. */
async function fullCode(project: ProjectName, code: "region" | "national") {
  const main = await bundle(join("src", "main.ts"), code);
  const mainNames = exposedNames(main);
  const light = await Promise.all(LIGHT_ENTRIES[code].map((entry) => bundle(entry, code)));
  const lightNames = light.flatMap((b) => exposedNames(b, POLL_NAMESPACE));
  const file =
    `// Tilannekuva – ${project} project. Built by apps-script/scripts/build.ts; do not edit.\n` +
    light.join("") +
    `// The rest of the project, evaluated by the first entry point that needs it (never by a poll).\n` +
    `var tilannekuva_ = function () {\n  if (typeof ${NAMESPACE} === "undefined") loadTilannekuva_();\n  return ${NAMESPACE};\n};\n` +
    `var loadTilannekuva_ = function () {\n${main}};\n` +
    `\n// Entry points Apps Script calls by name (menus, triggers, google.script.run).\n` +
    stubs(mainNames, (name) => `tilannekuva_().${name}`) +
    stubs(lightNames, (name) => `${POLL_NAMESPACE}.${name}`);
  return { file, globals: [...mainNames, ...lightNames] };
}

/** Code.js of the region shell: every region entry point, calling the library. */
async function shellCode() {
  const globals = exposedNames(await bundle(join("src", "main.ts"), "region"));
  const file =
    `// Tilannekuva – the region spreadsheet's thin script. Built by apps-script/scripts/build.ts; do not edit.\n` +
    `// Each entry point calls the region library (${LIBRARY_SYMBOL}, see appsscript.json): a new library\n` +
    `// version reaches every region without touching this script.\n` +
    stubs(globals, (name) => `${LIBRARY_SYMBOL}.${name}`);
  return { file, globals };
}

/** The project's manifest; the shell's with the library's id and version filled in. */
function manifest(project: ProjectName, library: BuildOptions["library"]): string {
  const text = readFileSync(join(ROOT, "projects", project, "appsscript.json"), "utf8");
  if (!PLANS[project].shell) return text;
  const parsed = JSON.parse(text) as {
    dependencies: { libraries: { userSymbol: string; libraryId: string; version: string }[] };
  };
  for (const lib of parsed.dependencies.libraries) {
    if (lib.userSymbol !== LIBRARY_SYMBOL) continue;
    if (library?.id) lib.libraryId = library.id;
    if (library?.version) lib.version = library.version;
    if (!/^(stable|[1-9]\d*)$/.test(lib.version))
      throw new BuildError(`"${lib.version}" is no library version: give a version number or "stable".`);
  }
  return `${JSON.stringify(parsed, null, 2)}\n`;
}

/** Builds the projects into `outDir` (default apps-script/dist), replacing what was there. */
export async function buildProjects(options: BuildOptions = {}): Promise<BuiltProject[]> {
  const outDir = resolve(options.outDir ?? join(ROOT, "dist"));
  const built: BuiltProject[] = [];
  // A new build reads the sources anew.
  bundles.clear();
  for (const project of options.projects ?? PROJECTS) {
    const plan = PLANS[project];
    const { file, globals } = plan.shell ? await shellCode() : await fullCode(project, plan.code);
    if (/^\s*(import|export)\b/m.test(file))
      throw new BuildError(`The ${project} bundle still holds an import or export statement.`);
    const dir = join(outDir, project);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "Code.js"), file);
    writeFileSync(join(dir, "appsscript.json"), manifest(project, options.library));
    const files = ["Code.js", "appsscript.json"];
    if (plan.sidebar) {
      copyFileSync(join(ROOT, "src", "sidebar", "Sidebar.html"), join(dir, "Sidebar.html"));
      files.splice(1, 0, "Sidebar.html");
    }
    built.push({ project, dir, globals, files });
  }
  return built;
}

/** `--name value` from the command line, if given. */
export function option(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const outDir = option(argv, "--out");
  const id = option(argv, "--library-id");
  const version = option(argv, "--library-version");
  buildProjects({
    ...(outDir ? { outDir } : {}),
    library: { ...(id ? { id } : {}), ...(version ? { version } : {}) },
  }).then(
    (built) => {
      for (const b of built)
        process.stdout.write(`${b.dir}: ${b.files.join(", ")} (${b.globals.join(", ")})\n`);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
