import type { CellValue } from "../_lib/cells";
import { normalizeText } from "../_lib/cells";
import { dateCellDay } from "../_lib/day";
import type { Lang } from "../i18n/lang";
import type { Programme, ReportingUnit, RoadmapRow } from "../programme/ProgrammeSchema";
import { buildMonthSheet } from "./buildMonthSheet";
import { MONTH_LAYOUT, monthColumn } from "./monthLayout";
import type { MonthSheetReading } from "./readMonthSheet";
import type { SheetSpec, SpecCell } from "./SheetSpec";

export interface ReviseMonthSheetOptions {
  /** The programme with the revised roadmap and its version. */
  programme: Programme;
  unit: ReportingUnit;
  /** The unit's tasks on the revised roadmap, in roadmap order. */
  roadmap: readonly RoadmapRow[];
  month: string;
  lang: Lang;
  /** The month sheet as it is now: every entry on it is kept. */
  current: MonthSheetReading;
  listsSheet?: string;
}

/** A user's cell exactly as it was: dates stay dates, text (a formula-looking one too) stays literal text. */
function kept(value: CellValue): SpecCell {
  if (value === null || value === undefined || value === "") return null;
  if (value instanceof Date) {
    const day = dateCellDay(value);
    return day ? { date: day } : null;
  }
  return value;
}

/**
 * The month sheet rebuilt on a revised roadmap: the revised task table (new tasks with a blank status),
 * every status, comment, expected date, owner and last month's status of every task kept by id exactly
 * as typed, rows of retired tasks kept below the table's tasks, self-assessments and risks kept.
 * @example reviseMonthSheet({ programme, unit, roadmap, month: "2022-09", lang: "fi", current })
 */
export function reviseMonthSheet(options: ReviseMonthSheetOptions): SheetSpec {
  const { current } = options;
  const sheet = buildMonthSheet({
    programme: options.programme,
    unit: options.unit,
    roadmap: options.roadmap,
    month: options.month,
    lang: options.lang,
    previous: current,
    ...(options.listsSheet ? { listsSheet: options.listsSheet } : {}),
  });
  // buildMonthSheet starts a new month from `previous`; this is the same month, so every input cell
  // (and last month's status) goes back exactly as it was, and a new task starts blank.
  const rows = new Map(current.rows.map((row) => [row.id, row]));
  const columns = {
    id: monthColumn("id"),
    status: monthColumn("status"),
    previous: monthColumn("previous"),
    comment: monthColumn("comment"),
    expected: monthColumn("expected"),
    owner: monthColumn("owner"),
  };
  // The task rows, as buildMonthSheet lays them out: the roadmap's, then the rows it no longer knows.
  const known = new Set(options.roadmap.map((task) => task.id));
  const first = MONTH_LAYOUT.tableHeaderRow;
  const end = first + options.roadmap.length + current.rows.filter((row) => !known.has(row.id)).length;
  const cells = sheet.cells.map((row, index) => {
    if (index < first || index >= end) return row;
    const id = row[columns.id];
    if (typeof id !== "string" || id === "") return row;
    const before = rows.get(normalizeText(id));
    const copy = [...row];
    if (!before) {
      copy[columns.status] = null;
      copy[columns.previous] = null;
      return copy;
    }
    copy[columns.status] = kept(before.status);
    copy[columns.previous] = kept(before.previous);
    copy[columns.comment] = kept(before.comment);
    copy[columns.expected] = kept(before.expected);
    copy[columns.owner] = kept(before.owner);
    return copy;
  });
  return { ...sheet, cells };
}
