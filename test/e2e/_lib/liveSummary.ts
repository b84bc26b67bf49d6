import type ExcelJS from "exceljs";
import type { Grid, Programme, Share } from "../../../core";
import { computeUnitReadiness, reportingCalendar, statusOf, unitRoadmap } from "../../../core";
import { MONTH_LAYOUT } from "../../../core/sheets/monthLayout";
import { readMonthSheet } from "../../../core/sheets/readMonthSheet";

/** The four measures in the order of the month sheet's summary rows. */
export const MEASURE_NAMES = [
  "schedule started",
  "schedule done",
  "readiness started",
  "readiness done",
] as const;

/** One summary row as the spreadsheet computed it: count (B), of (C), share (D: a number or "–"). */
export interface LiveShare {
  count: unknown;
  of: unknown;
  share: unknown;
}

/** A formula cell's cached result, or a plain cell's value. */
function computed(cell: ExcelJS.Cell): unknown {
  // `cell.result`, not `cell.value.result`: ExcelJS's value getter drops falsy results such as 0.
  return cell.formula ? cell.result : cell.value;
}

/** The live summary of a month sheet as recalculated by the spreadsheet (count, population and share beside the labels). */
export function liveSummary(worksheet: ExcelJS.Worksheet): LiveShare[] {
  // 1-based column of the count: the one after the measure's label.
  const count = MONTH_LAYOUT.summaryColumn + 2;
  return MEASURE_NAMES.map((_, i) => {
    const row = worksheet.getRow(MONTH_LAYOUT.summaryFirstRow + i);
    return {
      count: computed(row.getCell(count)),
      of: computed(row.getCell(count + 1)),
      share: computed(row.getCell(count + 2)),
    };
  });
}

/** The core's four shares for a month sheet: readMonthSheet, then computeUnitReadiness at the month's reporting date. */
export function coreSummary(
  grid: Grid,
  options: { sheet: string; programme: Programme; region: string },
): Share[] {
  const { programme, sheet } = options;
  const roadmap = unitRoadmap(programme, options.region);
  const reading = readMonthSheet(grid, { sheet, roadmap, programme });
  const { measures } = computeUnitReadiness(roadmap, statusOf(reading.value.table), {
    asOf: reportingCalendar(sheet).asOf,
    target: programme.target,
    groups: programme.groups,
  });
  return [
    measures.schedule.started,
    measures.schedule.done,
    measures.readiness.started,
    measures.readiness.done,
  ];
}

function showShare(share: unknown): string {
  return typeof share === "number" ? share.toFixed(4) : JSON.stringify(share);
}

/**
 * Where the spreadsheet's live summary differs from the core: count and of exactly, the share to 1e-9,
 * and "–" exactly when the core has no figure. Empty when they agree.
 */
export function summaryMismatches(core: readonly Share[], live: readonly LiveShare[]): string[] {
  const mismatches: string[] = [];
  core.forEach((expected, i) => {
    const actual = live[i];
    const name = MEASURE_NAMES[i];
    const shareAgrees =
      expected.share === null
        ? actual?.share === "–"
        : typeof actual?.share === "number" && Math.abs(actual.share - expected.share) <= 1e-9;
    if (!actual || actual.count !== expected.count || actual.of !== expected.of || !shareAgrees) {
      mismatches.push(
        `${name}: core ${expected.count}/${expected.of} (${showShare(expected.share ?? "–")}), ` +
          `spreadsheet ${String(actual?.count)}/${String(actual?.of)} (${showShare(actual?.share)})`,
      );
    }
  });
  return mismatches;
}
