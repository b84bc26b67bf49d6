import { lstat, open, readlink, realpath, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { loadWorkbookContext } from "../core/actions/loadWorkbookContext";
import { UsageError } from "./Command";
import { readWorkbookFile } from "./xlsx/files";
import { openStreamingWorkbook } from "./xlsx/stream/openStreamingWorkbook";

/** A file a command is about to write, with the option that named it (for the message). */
export interface OutputFile {
  flag: string;
  path: string;
  /** The one input this output may replace: `--previous` for consolidate's `--out`, `--workbook` in place. */
  mayReplace?: string | undefined;
}

/**
 * Where writing `path` really lands: symlinks followed, also a symlink whose target does not exist yet
 * and a file that does not exist yet (its folder's real path).
 */
async function landingPath(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    // Not there yet; a dangling symlink still decides where the bytes go.
    const link = await lstat(absolute).catch(() => null);
    if (link?.isSymbolicLink()) return landingPath(resolve(dirname(absolute), await readlink(absolute)));
    const folder = await realpath(dirname(absolute)).catch(() => dirname(absolute));
    return join(folder, basename(absolute));
  }
}

async function startsLikeZip(path: string): Promise<boolean> {
  const file = await open(path, "r");
  try {
    const head = Buffer.alloc(2);
    await file.read(head, 0, 2, 0);
    return head.toString("latin1") === "PK";
  } finally {
    await file.close();
  }
}

/** True for an .xlsx file whose settings name a region: a preparer's work, never to be written over. */
export async function isRegionWorkbook(path: string): Promise<boolean> {
  try {
    if (!(await startsLikeZip(path))) return false;
    // The streaming reader reads the settings sheet only; a file past its limits is read whole, as before.
    const workbook = await openStreamingWorkbook(path).catch((error: unknown) => {
      if (error instanceof Error && error.name === "LimitError") return readWorkbookFile(path);
      throw error;
    });
    const context = await loadWorkbookContext(workbook);
    return !!context.settings?.region;
  } catch {
    return false;
  }
}

async function checkOne(output: OutputFile, inputs: readonly string[]): Promise<string> {
  const { flag, path } = output;
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory())
    throw new UsageError(`${flag} ${path} is a folder; give a file name, e.g. ${join(path, "tulos")}`);
  const folder = await stat(dirname(resolve(path))).catch(() => null);
  if (!folder?.isDirectory()) throw new UsageError(`${flag} ${path}: folder not found: ${dirname(path)}`);
  const target = await landingPath(path);
  const replaceable = output.mayReplace ? await landingPath(output.mayReplace) : undefined;
  if (target === replaceable) return target;
  for (const input of inputs) {
    if ((await landingPath(input)) === target)
      throw new UsageError(`${flag} ${path} is also an input (${input}); nothing was written`);
  }
  if (existing && (await isRegionWorkbook(target)))
    throw new UsageError(
      `${flag} ${path} is a region's workbook; tilannekuva never writes over one. Nothing was written`,
    );
  return target;
}

/**
 * Refuses, before anything is written, any output that would land on an input (compared by real path,
 * so a symlink or a `./` changes nothing), on an existing region workbook, on a folder, or on another
 * output of the same run. Every command calls it for every file it writes.
 */
export async function guardOutputs(outputs: readonly OutputFile[], inputs: readonly string[]): Promise<void> {
  const seen = new Map<string, string>();
  for (const output of outputs) {
    const target = await checkOne(output, inputs);
    const other = seen.get(target);
    if (other) throw new UsageError(`${output.flag} and ${other} name the same file ${output.path}`);
    seen.set(target, output.flag);
  }
}
