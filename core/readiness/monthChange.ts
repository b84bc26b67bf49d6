import type { RoadmapRow, StatusCode } from "../programme/ProgrammeSchema";

/** Ids of critical tasks, in roadmap order, whose status moved between two months. */
export interface MonthChange {
  /** Not started last month (or no previous report) and in progress or done now. */
  newStarts: string[];
  /** Not done last month and done now. */
  newCompletions: string[];
  /** Done last month and now in progress or not started, or in progress last month and not started now. */
  regressions: string[];
}

// Progress levels; not applicable is off the scale, so moves to or from it are no change.
const LEVEL: Record<StatusCode, number> = { not_started: 0, in_progress: 1, done: 2, not_applicable: -1 };

export interface MonthChangeOptions {
  /**
   * Like with like across a roadmap revision: only tasks last month had (a status last month) count, so
   * a task the revision added is not a "new start".
   */
  sameTasks?: boolean;
}

/**
 * What changed since last month over a roadmap's critical tasks.
 * @example monthChange(roadmap, (id) => previous.get(id), statusOf(table)).newCompletions
 */
export function monthChange(
  roadmap: readonly RoadmapRow[],
  previous: (id: string) => StatusCode | undefined,
  current: (id: string) => StatusCode,
  options: MonthChangeOptions = {},
): MonthChange {
  const change: MonthChange = { newStarts: [], newCompletions: [], regressions: [] };
  for (const task of roadmap) {
    if (!task.critical) continue;
    const now = LEVEL[current(task.id)];
    const before = previous(task.id);
    if (options.sameTasks && before === undefined) continue;
    const then = before === undefined ? 0 : LEVEL[before];
    if (now < 0 || then < 0) continue;
    if (then === 0 && now >= 1) change.newStarts.push(task.id);
    if (then < 2 && now === 2) change.newCompletions.push(task.id);
    if (before !== undefined && now < then) change.regressions.push(task.id);
  }
  return change;
}
