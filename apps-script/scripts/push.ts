/**
 * Builds and pushes one Apps Script project with clasp 3:
 *
 *   tsx apps-script/scripts/push.ts region   --script-id 1AbC…   (or TILANNEKUVA_REGION_SCRIPT_ID)
 *   tsx apps-script/scripts/push.ts national --script-id 1XyZ…   (or TILANNEKUVA_NATIONAL_SCRIPT_ID)
 *
 * It writes apps-script/.clasp.json from projects/<project>/.clasp.json.example only when a real script
 * id is given (the root .gitignore keeps .clasp.json out of git; script ids stay out of the repository),
 * then runs `clasp -P apps-script/.clasp.json push --force` (the manifest is ours, so no prompt). clasp
 * needs `clasp login` once on the machine; `--dry-run` stops after writing .clasp.json and lists what
 * clasp would push (`show-file-status`), which works without logging in.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ProjectName } from "./build";
import { PROJECTS, buildProjects } from "./build";

const ROOT = resolve(__dirname, "..");

class PushError extends Error {
  override name = "PushError";
}

/** clasp's entry (its package's main is its bin; the .bin link is not always executable), run with this Node. */
export function claspCommand(resolve: (id: string) => string = require.resolve): string[] {
  try {
    return [process.execPath, resolve("@google/clasp")];
  } catch {
    // clasp may be an optional install: say what to do instead of a module-not-found stack.
    throw new PushError(
      "clasp is not installed. Run `npm install --no-save @google/clasp` (then `npx clasp login` once), " +
        "and push again. Nothing was pushed; dist/ holds the built files.",
    );
  }
}

/** A script id as the Apps Script editor shows it (Project settings → IDs), not the example's placeholder. */
export function isScriptId(id: string | undefined): id is string {
  return !!id && /^[A-Za-z0-9_-]{20,}$/.test(id) && !/^REPLACE_/.test(id);
}

/** Writes `dir`/.clasp.json for `project` from its example, with the given script id. */
export function writeClaspJson(project: ProjectName, scriptId: string, dir = ROOT): string {
  if (!isScriptId(scriptId)) throw new PushError(`"${scriptId}" is not an Apps Script script id.`);
  const example = JSON.parse(
    readFileSync(join(ROOT, "projects", project, ".clasp.json.example"), "utf8"),
  ) as Record<string, unknown>;
  const path = join(dir, ".clasp.json");
  writeFileSync(path, `${JSON.stringify({ ...example, scriptId }, null, 2)}\n`);
  return path;
}

async function main(argv: string[]): Promise<number> {
  const project = argv[0] as ProjectName | undefined;
  if (!project || !PROJECTS.includes(project))
    throw new PushError(`Usage: push.ts ${PROJECTS.join("|")} [--script-id ID] [--dry-run]`);
  const at = argv.indexOf("--script-id");
  const scriptId =
    (at >= 0 ? argv[at + 1] : undefined) ?? process.env[`TILANNEKUVA_${project.toUpperCase()}_SCRIPT_ID`];
  if (!isScriptId(scriptId)) {
    throw new PushError(
      `No script id for the ${project} project: pass --script-id or set TILANNEKUVA_${project.toUpperCase()}_SCRIPT_ID. ` +
        `Nothing was written or pushed.`,
    );
  }
  await buildProjects({ projects: [project] });
  const config = writeClaspJson(project, scriptId);
  const command = argv.includes("--dry-run") ? ["show-file-status"] : ["push", "--force"];
  const [node, clasp] = claspCommand();
  const result = spawnSync(node!, [clasp!, "-P", config, ...command], { cwd: ROOT, stdio: "inherit" });
  return result.status ?? 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (status) => (process.exitCode = status),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
