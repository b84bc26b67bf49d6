import type { RoadmapRow } from "../programme/ProgrammeSchema";

/** A task both roadmaps have, as it was and as it is. */
export interface ChangedTask {
  id: string;
  before: RoadmapRow;
  after: RoadmapRow;
}

/**
 * What a revision changed, by task id (never by row position). A kept task may appear under several
 * kinds (renamed and moved, say); `added` and `retired` are in the order of the roadmap that has them.
 */
export interface RoadmapDiff {
  added: RoadmapRow[];
  retired: RoadmapRow[];
  /** Task area, task or subtask text changed. */
  renamed: ChangedTask[];
  /** Moved to another preparation group. */
  moved: ChangedTask[];
  /** Start or end date moved. */
  dates: ChangedTask[];
  /** Critical flag changed. */
  critical: ChangedTask[];
}

export type RoadmapChangeKind = keyof RoadmapDiff;
export const ROADMAP_CHANGE_KINDS: readonly RoadmapChangeKind[] = [
  "added",
  "retired",
  "renamed",
  "moved",
  "dates",
  "critical",
];

/**
 * The changes from one roadmap version to the next: tasks added, retired, renamed, moved to another
 * group, dates moved, critical flag changed.
 * @example diffRoadmaps(old, revised).added.map((t) => t.id)
 */
export function diffRoadmaps(before: readonly RoadmapRow[], after: readonly RoadmapRow[]): RoadmapDiff {
  const old = new Map(before.map((row) => [row.id, row]));
  const now = new Set(after.map((row) => row.id));
  const diff: RoadmapDiff = { added: [], retired: [], renamed: [], moved: [], dates: [], critical: [] };
  for (const row of after) {
    const was = old.get(row.id);
    if (!was) {
      diff.added.push(row);
      continue;
    }
    const changed = { id: row.id, before: was, after: row };
    if (was.area !== row.area || was.task !== row.task || was.subtask !== row.subtask)
      diff.renamed.push(changed);
    if (was.group !== row.group) diff.moved.push(changed);
    if (was.start !== row.start || was.end !== row.end) diff.dates.push(changed);
    if (was.critical !== row.critical) diff.critical.push(changed);
  }
  for (const row of before) if (!now.has(row.id)) diff.retired.push(row);
  return diff;
}

/** True when a revision changes nothing the figures or the letter to the regions would show. */
export function isEmptyDiff(diff: RoadmapDiff): boolean {
  return ROADMAP_CHANGE_KINDS.every((kind) => diff[kind].length === 0);
}
