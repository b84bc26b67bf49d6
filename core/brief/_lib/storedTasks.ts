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
  const taskIds: string[] = [];
  const index = new Map<string, number>();
  const idIndex = (id: string): number => {
    let found = index.get(id);
    if (found === undefined) index.set(id, (found = taskIds.push(id) - 1));
    return found;
  };
  const stored = regions.map(({ tasks, ...region }) => {
    if (!tasks) return region;
    const taskRows = tasks.map((task: SummaryTask) => {
      const row: StoredTask = [
        idIndex(task.id),
        STATUS_CODES.indexOf(task.status),
        task.comment,
        task.expected,
        task.owner,
      ];
      while (row.length > 2 && !row[row.length - 1]) row.pop();
      return row;
    });
    return { ...region, taskRows };
  });
  return { taskIds, regions: stored };
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
