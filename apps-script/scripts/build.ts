/**
 * Builds the two Apps Script projects into dist/region and dist/national: Code.js (the bundle),
 * Sidebar.html and the project's appsscript.json. clasp 3 pushes files as they are and does not compile
 * TypeScript, hence the bundle. Run with `tsx apps-script/scripts/build.ts [--out DIR]`.
 *
 * Apps Script runs every file of a project as one classic script and calls menu handlers, triggers and
 * google.script.run targets by their global name. The bundle is an IIFE (no `import`/`export` left),
 * whose entry puts its functions on `globalThis.Tilannekuva`; this script then loads the bundle in a
 * Node vm to learn those names and appends a top-level `function name() {…}` for each, which Apps
 * Script's V8 (and the IDE's function list) can see.
 */
import { build } from "esbuild";
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import vm from "node:vm";

export const PROJECTS = ["region", "national"] as const;
export type ProjectName = (typeof PROJECTS)[number];

const ROOT = resolve(__dirname, "..");
const NAMESPACE = "Tilannekuva";
/** What Apps Script's V8 runtime accepts without surprises; esbuild lowers anything newer. */
const TARGET = "es2019";

export interface BuiltProject {
  project: ProjectName;
  dir: string;
  /** The global functions Code.js declares. */
  globals: string[];
  files: string[];
}

class BuildError extends Error {
  override name = "BuildError";
}

/** Loads a bundle in an empty vm context and lists the functions it exposes. */
export function exposedNames(bundle: string): string[] {
  const sandbox: Record<string, unknown> = {};
  vm.runInNewContext(bundle, sandbox, { filename: "Code.js" });
  const exposed = sandbox[NAMESPACE];
  if (!exposed || typeof exposed !== "object")
    throw new BuildError(`The bundle did not set globalThis.${NAMESPACE}.`);
  return Object.keys(exposed).filter(
    (name) => typeof (exposed as Record<string, unknown>)[name] === "function",
  );
}

function stubs(names: readonly string[]): string {
  const lines = names.map(
    (name) => `function ${name}() {\n  return ${NAMESPACE}.${name}.apply(this, arguments);\n}`,
  );
  return `\n// Entry points Apps Script calls by name (menus, triggers, google.script.run).\n${lines.join("\n")}\n`;
}

async function bundle(project: ProjectName): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, "src", "main.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: TARGET,
    charset: "utf8",
    // Apps Script parses the whole project on every execution, each 2-second sidebar poll included:
    // a minified bundle is parsed in a fraction of the time. Names of the globals survive (they are
    // properties of globalThis.Tilannekuva), and errors carry their `name` as a field.
    minify: true,
    treeShaking: true,
    legalComments: "none",
    define: { TILANNEKUVA_PROJECT: JSON.stringify(project) },
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (!output) throw new BuildError(`esbuild wrote nothing for ${project}.`);
  return output.text;
}

/** Builds the projects into `outDir` (default apps-script/dist), replacing what was there. */
export async function buildProjects(
  options: { outDir?: string; projects?: readonly ProjectName[] } = {},
): Promise<BuiltProject[]> {
  const outDir = resolve(options.outDir ?? join(ROOT, "dist"));
  const built: BuiltProject[] = [];
  for (const project of options.projects ?? PROJECTS) {
    const code = await bundle(project);
    const globals = exposedNames(code);
    const file = `// Tilannekuva – ${project} project. Built by apps-script/scripts/build.ts; do not edit.\n${code}${stubs(globals)}`;
    if (/^\s*(import|export)\b/m.test(file))
      throw new BuildError(`The ${project} bundle still holds an import or export statement.`);
    const dir = join(outDir, project);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "Code.js"), file);
    copyFileSync(join(ROOT, "src", "sidebar", "Sidebar.html"), join(dir, "Sidebar.html"));
    copyFileSync(join(ROOT, "projects", project, "appsscript.json"), join(dir, "appsscript.json"));
    built.push({ project, dir, globals, files: ["Code.js", "Sidebar.html", "appsscript.json"] });
  }
  return built;
}

if (require.main === module) {
  const at = process.argv.indexOf("--out");
  buildProjects(at > 0 && process.argv[at + 1] ? { outDir: process.argv[at + 1]! } : {}).then(
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
