import type { Lang } from "../i18n/lang";
import { interpolate } from "../i18n/lang";
import type { Issue } from "../issues/Issue";
import { makeIssue } from "../issues/Issue";
import type { RoadmapRow } from "../programme/ProgrammeSchema";
import { diffRoadmaps } from "../roadmap/diffRoadmaps";
import { REGION_ROADMAP_LABELS as L } from "./regionRoadmapLabels";

export interface CompareRegionRoadmapOptions {
  region: string;
  /** The region's roadmap sheet, for the issue's location. */
  sheet: string;
  lang: Lang;
}

/** How a region's copy of the roadmap stands against the national one. */
export interface RegionRoadmapComparison {
  /** A `roadmap_differs` issue saying what differs, or none when the copy matches. */
  issues: Issue[];
  /** Ids the region's copy has and the national roadmap retired: their rows are ignored with a note. */
  retired: Set<string>;
}

// Enough ids for the analyst to find the rows; the count says how many there are in all.
const SHOWN_IDS = 5;

function idList(ids: readonly string[]): string {
  const shown = ids.slice(0, SHOWN_IDS).join(", ");
  return ids.length > SHOWN_IDS ? `${shown}, …` : shown;
}

/**
 * The last diff made and of what. Regions' copies are nearly always the same template's, parsed once
 * into the same rows (checkRegionRoadmap), and measured against the same national rows: a run over 300
 * regions diffs them once. Reused only for the very same rows, so a region's issues never depend on
 * the regions read before it.
 */
let lastDiff:
  | { national: readonly RoadmapRow[]; own: readonly RoadmapRow[]; diff: ReturnType<typeof diffRoadmaps> }
  | undefined;

function sameRows(a: readonly RoadmapRow[], b: readonly RoadmapRow[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function diffOf(
  national: readonly RoadmapRow[],
  own: readonly RoadmapRow[],
): ReturnType<typeof diffRoadmaps> {
  const last = lastDiff;
  if (last && last.own === own && sameRows(last.national, national)) return last.diff;
  const diff = diffRoadmaps(national, own);
  lastDiff = { national: [...national], own, diff };
  return diff;
}

/**
 * Compares a region's own roadmap sheet with the national roadmap it is measured against: tasks it
 * lacks, tasks it has that are retired, critical flags, dates, groups and names that differ. Only
 * tasks the region reports on count (`national` is already the unit's part of the roadmap).
 * @example compareRegionRoadmap(regionRows, unitRoadmap(programme, "05"), { region: "05", sheet: "Tiekartta", lang: "fi" })
 */
export function compareRegionRoadmap(
  own: readonly RoadmapRow[],
  national: readonly RoadmapRow[],
  options: CompareRegionRoadmapOptions,
): RegionRoadmapComparison {
  const { lang } = options;
  const nationalIds = new Set(national.map((row) => row.id));
  // A national actor's copy lists every actor's tasks; only the ones the national roadmap also gives
  // this unit, or retired ones, are the region's business.
  const diff = diffOf(national, own);
  const retired = diff.added.filter((row) => row.owner === "" || row.owner === options.region);
  const parts: [keyof typeof L, string[]][] = [
    ["lacks", diff.retired.map((row) => row.id)],
    ["retired", retired.map((row) => row.id)],
    ["critical", diff.critical.map((c) => c.id)],
    ["dates", diff.dates.map((c) => c.id)],
    ["moved", diff.moved.map((c) => c.id)],
    ["renamed", diff.renamed.map((c) => c.id)],
  ];
  const text = parts
    .filter(([, ids]) => ids.length > 0)
    .map(([key, ids]) => interpolate(L[key][lang], { count: ids.length, ids: idList(ids) }))
    .join("; ");
  const issues = text
    ? [
        makeIssue(
          { code: "roadmap_differs", region: options.region, sheet: options.sheet, value: text },
          lang,
        ),
      ]
    : [];
  return { issues, retired: new Set(retired.map((row) => row.id).filter((id) => !nationalIds.has(id))) };
}
