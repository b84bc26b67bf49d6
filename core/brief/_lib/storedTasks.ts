import type { SummaryRegion, SummaryTask } from "../../consolidation/SummarySchema";
import { STATUS_CODES } from "../../programme/ProgrammeSchema";

/**
 * The per-task rows of a month kept compactly on its store sheet: the task ids once for the month, and
 * per region a short array a task — the id's index, the status's index, then comment, expected
 * completion and owner while not empty. About 8 bytes a task without text, so 300 regions × 400 tasks
 * stay near 1 MB.
 */
type StoredTask = [number, number, string?, (string | null)?, string?];

export interface StoredTasks {
  taskIds: string[];
  regions: (Omit<SummaryRegion, "tasks"> & { taskRows?: StoredTask[] })[];
}

/** The regions with their tasks in the compact form, and the month's task ids they point into. */
export function storeTasks(regions: readonly SummaryRegion[]): StoredTasks {
  const ids = taskIdIndex(regions);
  return { taskIds: [...ids.keys()], regions: regions.map((region) => storedRegion(region, ids)) };
}

/**
 * The JSON of a summary with its regions' tasks stored compactly, `JSON.stringify({ ...rest,
 * ...storeTasks(regions) })`, as pieces: a region at a time, so that neither the compact rows of all
 * regions nor the whole text (megabytes at 300 regions) is ever held at once.
 */
export function* storedJson(summary: { regions: readonly SummaryRegion[] }): Generator<string> {
  const { regions, ...rest } = summary;
  const ids = taskIdIndex(regions);
  const head = JSON.stringify({ ...rest, taskIds: [...ids.keys()] });
  yield `${head.slice(0, -1)},"regions":[`;
  for (const [i, region] of regions.entries())
    yield `${i ? "," : ""}${JSON.stringify(storedRegion(region, ids))}`;
  yield "]}";
}

/** Every task id of the regions, in the order first met, to its index. */
function taskIdIndex(regions: readonly SummaryRegion[]): Map<string, number> {
  const index = new Map<string, number>();
  for (const region of regions)
    for (const task of region.tasks ?? []) if (!index.has(task.id)) index.set(task.id, index.size);
  return index;
}

function storedRegion(
  { tasks, ...region }: SummaryRegion,
  ids: Map<string, number>,
): StoredTasks["regions"][number] {
  if (!tasks) return region;
  const taskRows = tasks.map((task: SummaryTask) => {
    const row: StoredTask = [
      ids.get(task.id)!,
      STATUS_CODES.indexOf(task.status),
      task.comment,
      task.expected,
      task.owner,
    ];
    while (row.length > 2 && !row[row.length - 1]) row.pop();
    return row;
  });
  return { ...region, taskRows };
}

/**
 * The stored JSON with each region's compact rows back as tasks. Anything odd is handed on as found, for
 * the summary's schema to refuse.
 */
export function unstoreTasks(json: unknown): unknown {
  if (typeof json !== "object" || json === null || !("regions" in json) || !Array.isArray(json.regions))
    return json;
  const { taskIds: ids, ...rest } = json as { taskIds?: unknown; regions: unknown[] };
  const taskIds = Array.isArray(ids) ? ids : [];
  const regions = rest.regions.map((region: unknown) => {
    if (typeof region !== "object" || region === null || !("taskRows" in region)) return region;
    const { taskRows, ...others } = region;
    if (!Array.isArray(taskRows)) return others;
    const tasks = taskRows.map((row: unknown) => {
      if (!Array.isArray(row)) return row;
      const [id, status, comment = "", expected = null, owner = ""] = row as unknown[];
      return {
        id: taskIds[id as number],
        status: STATUS_CODES[status as number],
        comment,
        expected,
        owner,
      };
    });
    return { ...others, tasks };
  });
  return { ...rest, regions };
}
