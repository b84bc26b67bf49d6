/**
 * Builds and pushes one Apps Script project with clasp 3:
 *
 *   tsx apps-script/scripts/push.ts region         --script-id 1AbC…   (or TILANNEKUVA_REGION_SCRIPT_ID)
 *   tsx apps-script/scripts/push.ts national       --script-id 1XyZ…   (or TILANNEKUVA_NATIONAL_SCRIPT_ID)
 *   tsx apps-script/scripts/push.ts region-library --script-id 1LiB… [--description "…"]
 *   tsx apps-script/scripts/push.ts region-shell   --script-id 1TmP… --library-id 1LiB… [--library-version N]
 *
 * It writes apps-script/.clasp.json from projects/<project>/.clasp.json.example only when a real script
 * id is given (the root .gitignore keeps .clasp.json out of git; script ids stay out of the repository),
 * then runs `clasp -P apps-script/.clasp.json push --force` (the manifest is ours, so no prompt). The
 * library is also versioned (`clasp create-version`): every region shell follows its latest version
 * ("stable"), so that one command updates every region. clasp needs `clasp login` once on the machine;
 * `--dry-run` stops after writing .clasp.json and lists what clasp would push (`show-file-status`), which
 * works without logging in.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ProjectName } from "./build";
import { LIBRARY_ID_PLACEHOLDER, PROJECTS, buildProjects, option } from "./build";

const ROOT = resolve(__dirname, "..");

class PushError extends Error {
  override name = "PushError";
}

/** Where `npm run gas:install` puts clasp: only those who deploy install it (googleapis is 200 MB). */
export const DEPLOY_DIR = join(ROOT, "deploy");

/** What to do when clasp is not there, for every script that needs it. */
export const CLASP_MISSING =
  "clasp (the Apps Script deploy tool) is not installed. Run `npm run gas:install` once; it installs " +
  "@google/clasp into apps-script/deploy/. Nothing was pushed.";

/**
 * clasp's entry (its package's main is its bin; the .bin link is not always executable), run with this
 * Node, from the deploy folder; a PushError saying how to install it when it is not there.
 */
export function claspCommand(deployDir = DEPLOY_DIR): string[] {
  let entry: string;
  try {
    // That folder's own copy only: resolving by name would also find a stale one further up.
    entry = require.resolve(join(deployDir, "node_modules", "@google", "clasp"));
  } catch {
    throw new PushError(CLASP_MISSING);
  }
  return [process.execPath, entry];
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

/** The environment variable that may hold a project's script id (TILANNEKUVA_REGION_LIBRARY_SCRIPT_ID, …). */
export function scriptIdVariable(project: ProjectName): string {
  return `TILANNEKUVA_${project.toUpperCase().replace(/-/g, "_")}_SCRIPT_ID`;
}

/** What one push does: the build's library, and the clasp commands to run, in order. */
export interface PushPlan {
  project: ProjectName;
  scriptId: string;
  library?: { id: string; version?: string };
  clasp: string[][];
}

/** Reads the command line (and the environment) into a plan, or says in a PushError what is missing. */
export function pushPlan(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): PushPlan {
  const project = argv[0] as ProjectName | undefined;
  if (!project || !PROJECTS.includes(project))
    throw new PushError(
      `Usage: push.ts ${PROJECTS.join("|")} [--script-id ID] [--library-id ID] [--library-version N|stable] ` +
        `[--description TEXT] [--dry-run]`,
    );
  const scriptId = option(argv, "--script-id") ?? env[scriptIdVariable(project)];
  if (!isScriptId(scriptId)) {
    throw new PushError(
      `No script id for the ${project} project: pass --script-id or set ${scriptIdVariable(project)}. ` +
        `Nothing was written or pushed.`,
    );
  }
  const dryRun = argv.includes("--dry-run");
  const plan: PushPlan = { project, scriptId, clasp: [dryRun ? ["show-file-status"] : ["push", "--force"]] };
  if (project === "region-shell") {
    const id = option(argv, "--library-id") ?? env[scriptIdVariable("region-library")];
    if (!isScriptId(id) || id === LIBRARY_ID_PLACEHOLDER) {
      throw new PushError(
        `The region shell calls the region library: pass --library-id (the library's script id) or set ` +
          `${scriptIdVariable("region-library")}. Nothing was written or pushed.`,
      );
    }
    const version = option(argv, "--library-version");
    plan.library = { id, ...(version ? { version } : {}) };
  }
  if (project === "region-library" && !dryRun && !argv.includes("--no-version")) {
    const description =
      option(argv, "--description") ?? `Tilannekuva ${new Date().toISOString().slice(0, 10)}`;
    plan.clasp.push(["create-version", description]);
  }
  return plan;
}

async function main(argv: string[]): Promise<number> {
  const plan = pushPlan(argv);
  // Before building: a missing clasp is said first, and nothing is written.
  const [node, clasp] = claspCommand();
  await buildProjects({ projects: [plan.project], ...(plan.library ? { library: plan.library } : {}) });
  const config = writeClaspJson(plan.project, plan.scriptId);
  for (const command of plan.clasp) {
    const result = spawnSync(node!, [clasp!, "-P", config, ...command], { cwd: ROOT, stdio: "inherit" });
    if (result.status !== 0) return result.status ?? 1;
  }
  return 0;
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
