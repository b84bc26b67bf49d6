import type { Lang } from "../i18n/lang";
import type { Issue } from "../issues/Issue";
import { makeIssue } from "../issues/Issue";
import { addMonths } from "../_lib/day";
import type { Programme } from "../programme/ProgrammeSchema";
import type { Measures } from "../readiness/Measures";
import { poolMeasures } from "../readiness/poolMeasures";
import { reportingCalendar } from "../calendar/reportingCalendar";
import type { HistoryRow } from "./history";
import { countsOfMeasures, measuresOfCounts, mergeHistory } from "./history";
import type { RegionReading } from "./RegionReading";
import { notReporting } from "./RegionReading";
import { roadmapsDisagree } from "./roadmapsDisagree";
import type { RoadmapRevision } from "../revisions/RoadmapRevision";
import { roadmapChangeMarker } from "../revisions/roadmapChangeNote";
import type { Summary, SummaryIssue } from "./SummarySchema";
import { regionDetails } from "./regionDetails";
import { summaryDiscussion, summaryGroups, summaryMeasures, summaryRevision } from "./summaryParts";
import type { DiscussionRecord } from "../discussion/readDiscussionSheet";

/** Everything the national sheets and the report show for a month. */
export interface NationalPicture {
  programme: Programme;
  month: string;
  lang: Lang;
  summary: Summary;
  /** Every issue of the run, as in the summary but with full detail (offending values). */
  issues: Issue[];
  /** One reading per unit of the programme, in programme order (placeholders for missing regions). */
  readings: RegionReading[];
  history: HistoryRow[];
  /** Last month's national and regional measures, from the history, for the change columns. */
  previous: { national: Measures | null; regions: Map<string, Measures> };
  /** The whole discussion record (every month), to write back; absent when none was read. */
  discussionRecord?: DiscussionRecord;
  /** The roadmap revision used from this month on, if any: change figures then compare like with like. */
  roadmapChange?: RoadmapRevision | null;
}

export interface BuildNationalPictureOptions {
  programme: Programme;
  month: string;
  lang: Lang;
  /** History carried from an earlier national workbook; this month's rows are replaced. */
  history?: readonly HistoryRow[];
  /** The discussion record as read from the national workbook, open actions already carried over. */
  discussions?: DiscussionRecord;
  /** The roadmap revision that applies from this month, from the national workbook's log. */
  revision?: RoadmapRevision | null;
}

function toSummaryIssue(issue: Issue): SummaryIssue {
  return {
    region: issue.region ?? null,
    severity: issue.severity,
    code: issue.code,
    sheet: issue.sheet ?? null,
    cell: issue.cell ?? null,
    taskId: issue.taskId ?? null,
    message: issue.message,
  };
}

/** Pools measures of the given month's reporting history rows; null when none reported. */
export function pooledHistory(rows: readonly HistoryRow[], month: string): Measures | null {
  const reporting = rows.filter((row) => row.month === month && row.counts);
  return reporting.length ? poolMeasures(reporting.map((row) => measuresOfCounts(row.counts!))) : null;
}

/** Pools one group's measures over the given month's reporting rows that carry group counts. */
export function pooledGroupHistory(
  rows: readonly HistoryRow[],
  month: string,
  groupId: string,
): Measures | null {
  const counts = rows
    .filter((row) => row.month === month && row.counts)
    .flatMap((row) => (row.groups?.[groupId] ? [row.groups[groupId]] : []));
  return counts.length ? poolMeasures(counts.map((c) => measuresOfCounts(c))) : null;
}

/**
 * Turns region readings into the national picture (PRODUCT.md §6): one reading per region code (a second
 * file for the same region is an issue and is not counted), missing regions listed as not reporting,
 * national and group figures pooled over the reporting regions, history merged.
 */
export function buildNationalPicture(
  readings: readonly RegionReading[],
  options: BuildNationalPictureOptions,
): NationalPicture {
  const { programme, month, lang } = options;
  const byCode = new Map<string, RegionReading>();
  const issues: Issue[] = [];
  for (const reading of readings) {
    if (!reading.code || !programme.units.some((u) => u.code === reading.code)) {
      issues.push(...reading.issues);
      continue;
    }
    const first = byCode.get(reading.code);
    if (first) {
      // The first file counts, unless only the second one could be read for the month.
      const keepSecond = !first.reporting && reading.reporting;
      const dropped = keepSecond ? first : reading;
      issues.push(makeIssue({ code: "duplicate_region", region: reading.code, value: dropped.label }, lang));
      if (keepSecond) byCode.set(reading.code, reading);
      continue;
    }
    byCode.set(reading.code, reading);
  }
  const ordered = programme.units.map((unit): RegionReading => {
    const found = byCode.get(unit.code);
    if (found) {
      issues.push(...found.issues);
      return found;
    }
    issues.push(makeIssue({ code: "region_missing", region: unit.code }, lang));
    return notReporting("", unit.code, unit.name[lang]);
  });
  issues.push(...roadmapsDisagree(ordered, lang));
  const reporting = ordered.filter((r) => r.reporting && r.measures);
  const national = poolMeasures(reporting.map((r) => r.measures!));
  const groups = Object.fromEntries(
    programme.groups.map((g) => [
      g.id,
      poolMeasures(reporting.map((r) => r.groups[g.id]).filter((m): m is Measures => !!m)),
    ]),
  );
  const calendar = reportingCalendar(month);
  // Built as SummarySchema.parse gives it (the same keys in the same order), not parsed: zod over every
  // region's tasks was a fifth of writing the picture. buildNationalPicture.test.ts holds it to that.
  const summary: Summary = {
    programme: programme.id,
    month,
    asOf: calendar.asOf,
    target: programme.target,
    publishBy: calendar.publishBy,
    reporting: { count: reporting.length, of: programme.units.length },
    national: summaryMeasures(national),
    groups: summaryGroups(groups),
    groupNames: Object.fromEntries(programme.groups.map((g) => [g.id, g.name[lang]])),
    regions: ordered.map((r) => ({
      code: r.code!,
      name: r.name,
      reporting: r.reporting,
      measures: r.measures && summaryMeasures(r.measures),
      groups: summaryGroups(r.groups),
      ...regionDetails(r, programme),
    })),
    issues: issues.map(toSummaryIssue),
    discussions: (options.discussions?.entries ?? []).filter((e) => e.month <= month).map(summaryDiscussion),
    roadmapChange: options.revision ? summaryRevision(options.revision) : null,
  };
  const marker = options.revision ? roadmapChangeMarker(options.revision, lang) : "";
  const current: HistoryRow[] = ordered.map((r) => ({
    month,
    code: r.code!,
    name: r.name,
    reporting: r.reporting,
    counts: r.measures ? countsOfMeasures(r.measures) : null,
    ...(r.measures
      ? { groups: Object.fromEntries(Object.entries(r.groups).map(([id, m]) => [id, countsOfMeasures(m)])) }
      : {}),
    ...(marker ? { roadmapChange: marker } : {}),
  }));
  const history = mergeHistory(options.history ?? [], month, current);
  const previousMonth = addMonths(month, -1);
  const previousRegions = new Map(
    history
      .filter((row) => row.month === previousMonth && row.counts)
      .map((row) => [row.code, measuresOfCounts(row.counts!)]),
  );
  return {
    programme,
    month,
    lang,
    summary,
    issues,
    readings: ordered,
    history,
    previous: { national: pooledHistory(history, previousMonth), regions: previousRegions },
    ...(options.discussions ? { discussionRecord: options.discussions } : {}),
    roadmapChange: options.revision ?? null,
  };
}
