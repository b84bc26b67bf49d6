import { ROADMAP_COLUMNS, STATUS_COLUMNS } from "../_lib/headers";
import type { Lang } from "../i18n/lang";

/**
 * Where things sit on a month sheet (1-based rows, as users see them). Readers never rely on these:
 * they scan for labels, so users may add rows above the table. Writers and the live formulas use them.
 * The header block is kept short (the table header is frozen with it) and the live summary sits beside
 * it, so that on a 1366-px screen most of the height is left for the tasks.
 */
export const MONTH_LAYOUT = {
  titleRow: 1,
  regionRow: 2,
  monthRow: 3,
  asOfRow: 4,
  dueRow: 5,
  targetRow: 6,
  versionRow: 7,
  /** Zero-based column of the summary's measure labels; count, population and share follow it. */
  summaryColumn: 4,
  summaryHeaderRow: 2,
  /** The four measures: schedule started, schedule done, readiness started, readiness done. */
  summaryFirstRow: 3,
  noteRow: 7,
  /** Where the self-assessment and risks are, or (on an earlier month) that the sheet is closed. */
  bannerRow: 8,
  tableHeaderRow: 9,
  /** Empty risk rows offered on a new sheet (more can be added below). */
  riskRows: 10,
} as const;

/**
 * The task table's columns, in order: what the coordinator reads and fills first (the subtask, last
 * month's status, then status, comment, expected completion and owner), the roadmap's context after.
 * Readers find columns by header, so workbooks in the earlier layout (status in column J) still read.
 */
export const MONTH_TABLE_COLUMNS = [
  "id",
  "subtask",
  "previous",
  "status",
  "comment",
  "expected",
  "owner",
  "end",
  "start",
  "critical",
  "group",
  "area",
  "task",
  "phase",
] as const;
/** The last column printed: the task table up to its due date, without the roadmap's context. */
export const MONTH_PRINTED_THROUGH = "end";
/** The columns frozen at the left with the header rows: the id and the subtask. */
export const MONTH_FROZEN_COLUMNS = 2;
export type MonthTableColumn = (typeof MONTH_TABLE_COLUMNS)[number];

/** Zero-based column index of a task table column. */
export function monthColumn(column: MonthTableColumn): number {
  return MONTH_TABLE_COLUMNS.indexOf(column);
}

/** Header text of a task table column. */
export function monthColumnLabel(column: MonthTableColumn, lang: Lang): string {
  switch (column) {
    case "status":
    case "previous":
    case "comment":
    case "expected":
    case "owner":
      return STATUS_COLUMNS[column].label[lang];
    default:
      return ROADMAP_COLUMNS[column].label[lang];
  }
}

export const MONTH_COLUMN_WIDTHS: Record<MonthTableColumn, number> = {
  // Wide enough for the header block's labels ("Palautettava viimeistään") above the ids.
  id: 24,
  group: 26,
  area: 26,
  task: 30,
  subtask: 48,
  phase: 16,
  start: 11,
  end: 11,
  critical: 10,
  status: 15,
  previous: 15,
  comment: 34,
  expected: 16,
  owner: 18,
};
