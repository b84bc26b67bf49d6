import type { Grid } from "../_lib/cells";
import { codeText, normalizeText } from "../_lib/cells";
import { dateCellDay, parseMonthKey } from "../_lib/day";
import type { Measures } from "../readiness/Measures";
import type { GroupCounts } from "./groupCounts";
import { parseGroupCounts } from "./groupCounts";
import type { Share } from "../readiness/Share";
import { compareCodes } from "../_lib/compareCodes";

/** The four measures in a fixed order: the columns of Historia and of every table. */
export const MEASURE_KEYS = [
  ["schedule", "started"],
  ["schedule", "done"],
  ["readiness", "started"],
  ["readiness", "done"],
] as const;

/** One Historia row: a region's figures for a month (counts and populations, so they pool). */
export interface HistoryRow {
  month: string;
  code: string;
  name: string;
  reporting: boolean;
  /** [count, of] per measure, in MEASURE_KEYS order; null when the region did not report. */
  counts: [number, number][] | null;
  /** The same per preparation group, for the trend by group; missing in history from before it was kept. */
  groups?: GroupCounts;
  /** On the rows of a month in which the roadmap changed: the versions and what changed, as shown. */
  roadmapChange?: string;
}

function share(count: number, of: number): Share {
  return { count, of, share: of === 0 ? null : count / of };
}

/** Measures from a history row's counts. */
export function measuresOfCounts(counts: readonly (readonly [number, number])[]): Measures {
  const [a = [0, 0], b = [0, 0], c = [0, 0], d = [0, 0]] = counts;
  return {
    schedule: { started: share(a[0], a[1]), done: share(b[0], b[1]) },
    readiness: { started: share(c[0], c[1]), done: share(d[0], d[1]) },
  };
}

/** The [count, of] pairs of measures, in MEASURE_KEYS order. */
export function countsOfMeasures(measures: Measures): [number, number][] {
  return MEASURE_KEYS.map(([view, kind]) => [measures[view][kind].count, measures[view][kind].of]);
}

/** Number of columns before the counts on the Historia sheet: month, code, name, reporting. */
export const HISTORY_LEAD_COLUMNS = 4;

/** Column of the group counts on the Historia sheet, after the four measures' count, of and share. */
export const HISTORY_GROUPS_COLUMN = HISTORY_LEAD_COLUMNS + MEASURE_KEYS.length * 3;

/** Column of the roadmap change marker on the Historia sheet, after the group counts. */
export const HISTORY_CHANGE_COLUMN = HISTORY_GROUPS_COLUMN + 1;

function num(value: unknown): number {
  return typeof value === "number" ? value : Number(normalizeText(value as string)) || 0;
}

/**
 * Reads a Historia sheet written by `historySheet`: rows whose first cell is a YYYY-MM month. Rows that
 * do not look like history are skipped, so a user's notes below the table do no harm.
 */
export function readHistory(grid: Grid): HistoryRow[] {
  const rows: HistoryRow[] = [];
  for (const row of grid) {
    const first = row[0];
    const month = first instanceof Date ? (dateCellDay(first)?.slice(0, 7) ?? "") : normalizeText(first);
    if (!parseMonthKey(month)) continue;
    const code = codeText(row[1]);
    if (!code) continue;
    const reportingText = normalizeText(row[3]).toLowerCase();
    const reporting = row[3] === true || ["kyllä", "ja", "yes", "true", "1"].includes(reportingText);
    const counts: [number, number][] = [];
    for (let m = 0; m < MEASURE_KEYS.length; m++) {
      const base = HISTORY_LEAD_COLUMNS + m * 3;
      counts.push([num(row[base]), num(row[base + 1])]);
    }
    const groups = reporting ? parseGroupCounts(row[HISTORY_GROUPS_COLUMN]) : undefined;
    const roadmapChange = normalizeText(row[HISTORY_CHANGE_COLUMN]);
    rows.push({
      month,
      code,
      name: normalizeText(row[2]),
      reporting,
      counts: reporting ? counts : null,
      ...(groups ? { groups } : {}),
      ...(roadmapChange ? { roadmapChange } : {}),
    });
  }
  return rows;
}

// Collators made once, and on first use (see compareCodes): a history of years of months of hundreds of
// regions is sorted at every consolidation, and a collator per comparison was most of the sorting.
let months: Intl.Collator | undefined;

/** History order: by month, then region code. */
export function compareHistoryRows(a: HistoryRow, b: HistoryRow): number {
  return (months ??= new Intl.Collator()).compare(a.month, b.month) || compareCodes(a.code, b.code);
}

/** History with `month`'s rows replaced by `current`, sorted by month then region code. */
export function mergeHistory(
  previous: readonly HistoryRow[],
  month: string,
  current: readonly HistoryRow[],
): HistoryRow[] {
  return [...previous.filter((row) => row.month !== month), ...current].sort(compareHistoryRows);
}
