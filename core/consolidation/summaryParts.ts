import type { DiscussionEntry } from "../discussion/DiscussionSchema";
import type { Measures } from "../readiness/Measures";
import type { Share } from "../readiness/Share";
import type { RoadmapRevision } from "../revisions/RoadmapRevision";

/*
 * The summary's parts copied key by key in the order of their schemas, and with only their schemas'
 * keys: what `SummarySchema.parse` would give, without running zod over every region and task (a fifth
 * of writing a 22-region picture). buildNationalPicture.test.ts checks that parsing changes nothing.
 */

function shareCopy({ count, of, share }: Share): Share {
  return { count, of, share };
}

/** Measures in MeasuresSchema's key order. */
export function summaryMeasures({ schedule, readiness }: Measures): Measures {
  return {
    schedule: { started: shareCopy(schedule.started), done: shareCopy(schedule.done) },
    readiness: { started: shareCopy(readiness.started), done: shareCopy(readiness.done) },
  };
}

/** Measures by group id, in the record's own order. */
export function summaryGroups(groups: Readonly<Record<string, Measures>>): Record<string, Measures> {
  const copy: Record<string, Measures> = {};
  for (const id of Object.keys(groups)) copy[id] = summaryMeasures(groups[id]!);
  return copy;
}

/** A discussion entry in DiscussionEntrySchema's key order. */
export function summaryDiscussion(entry: DiscussionEntry): DiscussionEntry {
  const { region, month, kind, date, text, who, due, done, source, link, carriedFrom } = entry;
  return { region, month, kind, date, text, who, due, done, source, link, carriedFrom };
}

/** A roadmap revision in RoadmapRevisionSchema's key order. */
export function summaryRevision(revision: RoadmapRevision): RoadmapRevision {
  const { month, from, to, added, retired, renamed, moved, dates, critical } = revision;
  return { month, from, to, added, retired, renamed, moved, dates, critical };
}
