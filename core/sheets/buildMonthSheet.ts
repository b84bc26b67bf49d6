import type { CellValue } from "../_lib/cells";
import { columnLetter, rangeAddress } from "../_lib/cells";
import type { IsoDay } from "../_lib/day";
import { dateCellDay, formatDayFi } from "../_lib/day";
import { reportingCalendar } from "../calendar/reportingCalendar";
import type { Lang } from "../i18n/lang";
import { interpolate } from "../i18n/lang";
import type { Programme, ReportingUnit, RoadmapRow } from "../programme/ProgrammeSchema";
import { parseStatus } from "../status/parseStatus";
import { assessmentPointer } from "./assessmentSheet";
import { LABELS, sheetName } from "./labels";
import { statusLabels } from "./listsSheet";
import type { MonthTableColumn } from "./monthLayout";
import {
  MONTH_COLUMN_WIDTHS,
  MONTH_FROZEN_COLUMNS,
  MONTH_LAYOUT,
  MONTH_PRINTED_THROUGH,
  MONTH_TABLE_COLUMNS,
  monthColumn,
  monthColumnLabel,
} from "./monthLayout";
import type { MonthSheetReading } from "./readMonthSheet";
import { roadmapCell } from "./roadmapSheet";
import { quoteSheet, shareFormula, summaryFormulas } from "./monthSummaryFormulas";
import { bandRules } from "./bandRules";
import { printSetup } from "./printSetup";
import { wrappedRowHeights } from "./wrappedRowHeight";
import type { SheetSpec, SpecCell, StyleSpec } from "./SheetSpec";
import { guardedMessage, pickMessages } from "./validationMessages";
import { columnRuns } from "./_lib/columnRuns";
import {
  DATE_FORMAT,
  HEADER_STYLE,
  INPUT_STYLE,
  LOCKED_STYLE,
  NOTE_STYLE,
  PERCENT_FORMAT,
  TITLE_STYLE,
} from "./styles";

export interface BuildMonthSheetOptions {
  programme: Programme;
  unit: ReportingUnit;
  /** The tasks this unit reports on, in roadmap order. */
  roadmap: readonly RoadmapRow[];
  month: string;
  lang: Lang;
  /** The latest earlier month sheet, whose entries are carried over. */
  previous?: MonthSheetReading | null;
  /** The workbook's lists sheet, which the live summary refers to; by default its name in `lang`. */
  listsSheet?: string;
}

/** A user's cell value, carried over as it was: dates stay dates, text stays literal text. */
function carriedCell(value: CellValue): SpecCell {
  if (value === null || value === undefined || value === "") return null;
  if (value instanceof Date) {
    const day = dateCellDay(value);
    return day ? { date: day } : null;
  }
  return value;
}

/** The status to show: a recognised status in the sheet's language, anything else exactly as typed. */
function statusCell(value: CellValue, programme: Programme, lang: Lang): SpecCell {
  const code = parseStatus(value, programme.statuses);
  if (code) return programme.statuses[code][lang];
  return carriedCell(value);
}

/** Grey tab of a closed month (see `Workbook.closeSheets`); the open month keeps the default. */
export const CLOSED_TAB_COLOR = "#808080";

/**
 * A region's month sheet: a short header block with the live summary of the four shares (formulas)
 * beside it, and the task table with what the coordinator fills next to the subtask. The
 * self-assessment and risks are on the month's own sheet (`buildAssessmentSheet`). Carries over every
 * status, comment, expected date and owner of `previous`, and the rows it had that the roadmap no
 * longer knows. It is the sheet the workbook opens on.
 */
export function buildMonthSheet(options: BuildMonthSheetOptions): SheetSpec {
  const { programme, unit, roadmap, month, lang, previous } = options;
  const calendar = reportingCalendar(month);
  const L = MONTH_LAYOUT;
  const carried = new Map(previous?.rows.map((row) => [row.id, row]) ?? []);
  const known = new Set(roadmap.map((row) => row.id));
  const orphans = previous?.rows.filter((row) => !known.has(row.id)) ?? [];

  const cells: SpecCell[][] = [];
  const set = (row: number, column: number, value: SpecCell) => {
    const cellsRow = (cells[row - 1] ??= []);
    cellsRow[column] = value;
  };
  const put = (row: number, values: SpecCell[], from = 0) =>
    values.forEach((value, i) => set(row, from + i, value));
  const dateCell = (day: IsoDay): SpecCell => ({ date: day });
  put(L.titleRow, [`${LABELS.monthSheetTitle[lang]} – ${programme.name[lang]}`]);
  put(L.regionRow, [LABELS.region[lang], unit.code, unit.name[lang]]);
  put(L.monthRow, [LABELS.month[lang], month]);
  put(L.asOfRow, [LABELS.asOf[lang], dateCell(calendar.asOf)]);
  put(L.dueRow, [LABELS.due[lang], dateCell(calendar.due)]);
  put(L.targetRow, [LABELS.target[lang], dateCell(programme.target)]);
  put(L.versionRow, [LABELS.templateVersion[lang], programme.templateVersion]);
  const S = L.summaryColumn;
  put(L.summaryHeaderRow, [LABELS.measure[lang], LABELS.count[lang], LABELS.of[lang], LABELS.share[lang]], S);

  const first = L.tableHeaderRow + 1;
  const taskCount = roadmap.length + orphans.length;
  const last = first + Math.max(taskCount, 1) - 1;
  const target = formatDayFi(programme.target);
  const measureLabels = [
    LABELS.scheduleStarted[lang],
    LABELS.scheduleDone[lang],
    interpolate(LABELS.readinessStarted[lang], { target }),
    interpolate(LABELS.readinessDone[lang], { target }),
  ];
  const countLetter = columnLetter(S + 1);
  const ofLetter = columnLetter(S + 2);
  summaryFormulas(
    programme,
    lang,
    quoteSheet(options.listsSheet ?? sheetName("lists", lang)),
    first,
    last,
  ).forEach(([count, of], i) => {
    const row = L.summaryFirstRow + i;
    put(
      row,
      [
        measureLabels[i]!,
        { formula: count },
        { formula: of },
        { formula: shareFormula(row, countLetter, ofLetter) },
      ],
      S,
    );
  });
  put(L.noteRow, [LABELS.liveNote[lang]], S);
  put(L.bannerRow, [assessmentPointer(month, lang)]);
  put(
    L.tableHeaderRow,
    MONTH_TABLE_COLUMNS.map((c) => monthColumnLabel(c, lang)),
  );

  const statusCol = monthColumn("status");
  roadmap.forEach((task, i) => {
    const before = carried.get(task.id);
    const row: SpecCell[] = MONTH_TABLE_COLUMNS.map((column) => {
      switch (column) {
        case "status":
          return before ? statusCell(before.status, programme, lang) : programme.statuses.not_started[lang];
        case "previous":
          return before ? statusCell(before.status, programme, lang) : null;
        case "comment":
        case "expected":
        case "owner":
          return before ? carriedCell(before[column]) : null;
        default:
          return roadmapCell(task, column, programme, lang);
      }
    });
    put(first + i, row);
  });
  orphans.forEach((orphan, i) => {
    const row: SpecCell[] = MONTH_TABLE_COLUMNS.map(() => null);
    row[monthColumn("id")] = orphan.id;
    row[statusCol] = statusCell(orphan.status, programme, lang);
    row[monthColumn("previous")] = statusCell(orphan.status, programme, lang);
    row[monthColumn("comment")] = carriedCell(orphan.comment);
    row[monthColumn("expected")] = carriedCell(orphan.expected);
    row[monthColumn("owner")] = carriedCell(orphan.owner);
    put(first + roadmap.length + i, row);
  });
  // Rows and cells skipped while placing blocks side by side are empty, not holes.
  for (let r = 0; r < cells.length; r++) cells[r] = Array.from(cells[r] ?? [], (value) => value ?? null);

  const tableWidth = MONTH_TABLE_COLUMNS.length;
  const rows = last - first + 1;
  const colRange = (c: MonthTableColumn) => rangeAddress(first - 1, monthColumn(c), rows, 1);
  const fillIn: MonthTableColumn[] = ["status", "comment", "expected", "owner"];
  // The fill-in columns sit side by side, so they are one editable range.
  const inputs = [rangeAddress(first - 1, monthColumn("status"), rows, fillIn.length)];
  const lockedColumns = MONTH_TABLE_COLUMNS.filter((c) => !fillIn.includes(c));
  const summaryRange = (column: number, height = 4) =>
    rangeAddress(L.summaryFirstRow - 1, S + column, height, 1);
  const styles: StyleSpec[] = [
    { range: "A1", ...TITLE_STYLE },
    { range: `A${L.regionRow}:A${L.versionRow}`, bold: true },
    { range: `B${L.regionRow}:B${L.versionRow}`, align: "left", numberFormat: "@" },
    { range: `B${L.asOfRow}:B${L.targetRow}`, numberFormat: DATE_FORMAT, align: "left" },
    { range: rangeAddress(L.summaryHeaderRow - 1, S, 1, 4), ...HEADER_STYLE },
    { range: rangeAddress(L.summaryFirstRow - 1, S, 4, 3), border: true },
    { range: summaryRange(3), numberFormat: PERCENT_FORMAT, bold: true, align: "right", border: true },
    { range: rangeAddress(L.noteRow - 1, S, 1, 1), ...NOTE_STYLE },
    { range: `A${L.bannerRow}`, ...NOTE_STYLE, bold: true },
    { range: rangeAddress(L.tableHeaderRow - 1, 0, 1, tableWidth), ...HEADER_STYLE },
    ...lockedColumns.map((c) => ({ range: colRange(c), ...LOCKED_STYLE })),
    ...inputs.map((range) => ({ range, ...INPUT_STYLE })),
    { range: colRange("id"), numberFormat: "@" },
    { range: colRange("start"), numberFormat: DATE_FORMAT },
    { range: colRange("end"), numberFormat: DATE_FORMAT },
    { range: colRange("expected"), numberFormat: DATE_FORMAT },
    { range: colRange("subtask"), wrap: true },
    { range: colRange("comment"), wrap: true },
  ];
  const statuses = statusLabels(programme, lang);
  const printed = rangeAddress(0, 0, last, monthColumn(MONTH_PRINTED_THROUGH) + 1);
  const widths = MONTH_TABLE_COLUMNS.map((c) => MONTH_COLUMN_WIDTHS[c]);
  const wrapping = new Set([monthColumn("subtask"), monthColumn("comment")]);
  // The header's labels wrap in their columns; below it the subtask and the comment do.
  const rowHeights = wrappedRowHeights(
    cells,
    widths,
    L.tableHeaderRow - 1,
    (r, c) => r === L.tableHeaderRow - 1 || wrapping.has(c),
  );
  const tableRange = rangeAddress(L.tableHeaderRow - 1, 0, rows + 1, tableWidth);
  return {
    name: month,
    cells,
    styles,
    columnWidths: widths,
    frozen: { rows: L.tableHeaderRow, columns: MONTH_FROZEN_COLUMNS },
    validations: [
      { range: colRange("status"), values: statuses, strict: true, ...pickMessages(statuses, lang) },
    ],
    conditionalFormats: bandRules(programme, summaryRange(3)),
    protection: {
      editable: inputs,
      // Sorted whole rows keep every status with its task; the ids and context refuse typing instead.
      sortable: {
        range: rangeAddress(first - 1, 0, rows, tableWidth),
        guarded: columnRuns(lockedColumns.map(monthColumn)).map((run) =>
          rangeAddress(first - 1, run.start, rows, run.count),
        ),
        message: guardedMessage(lang),
      },
    },
    autoFilter: tableRange,
    print: printSetup({
      lang,
      programme: programme.name[lang],
      unit: unit.name[lang],
      month,
      repeatRows: { from: L.tableHeaderRow, to: L.tableHeaderRow },
      area: printed,
    }),
    rowHeights,
    active: true,
  };
}
