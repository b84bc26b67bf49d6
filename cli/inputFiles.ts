import { readdir, realpath, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { UsageError } from "./Command";

/** Excel keeps `~$name.xlsx` beside an open workbook: a lock file, never a workbook. */
function isLockFile(name: string): boolean {
  return name.startsWith("~$");
}

function isWorkbookName(name: string): boolean {
  return name.toLowerCase().endsWith(".xlsx") && !isLockFile(name);
}

/** True when the last part of a path has `*` or `?`: a pattern the shell did not expand. */
function isPattern(path: string): boolean {
  return /[*?]/.test(basename(path));
}

/** `*` and `?` of one file name as a regular expression (case-insensitive, as Windows matches). */
function patternRegExp(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${escaped}$`, "i");
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** The .xlsx files of a folder matching `match`, sorted, lock files left out. */
async function workbooksIn(dir: string, match: (name: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => !entry.isDirectory() && isWorkbookName(entry.name) && match(entry.name))
    .map((entry) => join(dir, entry.name))
    .sort((a, b) => a.localeCompare(b));
}

export interface ExpandInputsOptions {
  /** Files this command writes: never read as inputs when a folder or pattern happens to hold them. */
  outputs?: readonly (string | undefined)[];
}

/**
 * The workbooks the user meant by the paths given: a folder stands for the .xlsx files in it, and a
 * pattern such as `alueet/*.xlsx` that the shell did not expand (Windows shells never do) is matched
 * here. Lock files (`~$…`) and the command's own output files are skipped. A path that does not exist,
 * or a folder or pattern with no workbook, is a UsageError naming it: an empty picture is never the
 * answer to a typo. Files named one by one are kept as given, whatever their extension, so that the
 * reader can say what is wrong with them.
 */
export async function expandInputs(
  paths: readonly string[],
  options: ExpandInputsOptions = {},
): Promise<string[]> {
  const outputs = new Set<string>();
  for (const output of options.outputs ?? []) {
    if (output) outputs.add(await realpath(output).catch(() => output));
  }
  const withoutOutputs = async (found: string[]) => {
    const kept: string[] = [];
    for (const file of found) if (!outputs.has(await realpath(file).catch(() => file))) kept.push(file);
    return kept;
  };
  const files: string[] = [];
  for (const path of paths) {
    let found: string[];
    if (await isDirectory(path)) {
      found = await withoutOutputs(await workbooksIn(path, () => true));
      if (found.length === 0) throw new UsageError(`no .xlsx workbooks in the folder ${path}`);
    } else if (!(await exists(path)) && isPattern(path)) {
      const dir = dirname(path);
      if (!(await isDirectory(dir))) throw new UsageError(`folder not found: ${dir} (in ${path})`);
      const regex = patternRegExp(basename(path));
      found = await withoutOutputs(await workbooksIn(dir, (name) => regex.test(name)));
      if (found.length === 0) throw new UsageError(`no .xlsx workbooks match ${path}`);
    } else if (await exists(path)) {
      // Named one by one, even an output file stays: the output guard then refuses it, loudly.
      found = [path];
    } else {
      throw new UsageError(`file not found: ${path}`);
    }
    for (const file of found) if (!files.includes(file)) files.push(file);
  }
  return files;
}
