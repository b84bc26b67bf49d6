import type { Lang } from "../i18n/lang";
import { interpolate } from "../i18n/lang";
import { REVISION_LABELS } from "./revisionLabels";
import type { RoadmapRevision } from "./RoadmapRevision";

/**
 * The sentence a month's picture carries when the roadmap changed that month: versions, what changed,
 * and that the change from last month compares the same tasks.
 * @example roadmapChangeNote({ month: "2022-10", from: "1.0", to: "1.1", added: 2, retired: 1, renamed: 0, moved: 0, dates: 3, critical: 1 }, "fi")
 */
export function roadmapChangeNote(revision: RoadmapRevision, lang: Lang): string {
  return interpolate(REVISION_LABELS.note[lang], changeValues(revision));
}

/**
 * The short marker of a revision month on the Historia sheet: versions and counts.
 * @example roadmapChangeMarker(revision, "fi") // "1.0 → 1.1: 2 uutta, 1 poistunutta, 4 muuttunutta tehtävää"
 */
export function roadmapChangeMarker(revision: RoadmapRevision, lang: Lang): string {
  return interpolate(REVISION_LABELS.marker[lang], changeValues(revision));
}

function changeValues(revision: RoadmapRevision) {
  return {
    from: revision.from || "–",
    to: revision.to,
    added: revision.added,
    retired: revision.retired,
    changed: revision.renamed + revision.moved + revision.dates + revision.critical,
  };
}
