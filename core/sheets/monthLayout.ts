import { ROADMAP_COLUMNS, STATUS_COLUMNS } from "../_lib/headers";
import type { Lang } from "../i18n/lang";

/**
 * Where things sit on a month sheet (1-based rows, as users see them). Readers never rely on these:
 * they scan for labels, so users may add rows above the table. Writers and the live formulas use them.
 */
export const MONTH_LAYOUT = {
  titleRow: 1,
  regionRow: 2,
  monthRow: 3,
  asOfRow: 4,
  dueRow: 5,
  targetRow: 6,
  versionRow: 7,
  summaryHeaderRow: 9,
  /** The four measures: schedule started, schedule done, readiness started, readiness done. */
  summaryFirstRow: 10,
  noteRow: 14,
  tableHeaderRow: 16,
  /** Empty risk rows offered on a new sheet (more can be added below). */
  riskRows: 10,
} as const;

/** The task table's columns, in order; the status is column J, as in PRODUCT.md's examples. */
export const MONTH_TABLE_COLUMNS = [
  "id",
  "group",
  "area",
  "task",
  "subtask",
  "phase",
  "start",
  "end",
  "critical",
  "status",
  "previous",
  "comment",
  "expected",
  "owner",
] as const;
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
  id: 10,
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
  comment: 40,
  expected: 13,
  owner: 20,
};
