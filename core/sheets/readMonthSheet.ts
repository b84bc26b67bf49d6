import type { CellValue, Grid } from "../_lib/cells";
import { codeText, matchKey, normalizeText } from "../_lib/cells";
import { dateCellDay, parseMonthKey } from "../_lib/day";
import type { StatusColumn } from "../_lib/headers";
import { findHeaderRow, STATUS_COLUMNS } from "../_lib/headers";
import type { ParseResult } from "../_lib/ParseResult";
import { parseResult } from "../_lib/ParseResult";
import type { Lang, Localized } from "../i18n/lang";
import type { Issue } from "../issues/Issue";
import type { Programme, RoadmapRow } from "../programme/ProgrammeSchema";
import { parseStatusTable } from "../status/parseStatusTable";
import type { StatusTable } from "../status/StatusTable";
import { LABELS } from "./labels";
import type { Assessment, Risk } from "./readAssessments";
import { readAssessments } from "./readAssessments";

/** A row of the task table as typed, kept whole so a new month sheet can carry it over. */
export interface CarriedRow {
  id: string;
  status: CellValue;
  comment: CellValue;
  expected: CellValue;
  owner: CellValue;
  /** "Last month's status" as the sheet shows it. */
  previous: CellValue;
}

export type { Assessment, Risk } from "./readAssessments";

export interface MonthSheetReading {
  /** Region code from the header block, if the sheet names one. */
  region: string | null;
  month: string | null;
  templateVersion: string | null;
  table: StatusTable;
  rows: CarriedRow[];
  assessments: Assessment[];
  risks: Risk[];
}

export interface ReadMonthSheetOptions {
  sheet: string;
  /** The tasks this unit reports on. */
  roadmap: readonly RoadmapRow[];
  /** The tasks as the sheet shows them, when they may differ (the region's own roadmap copy). */
  shown?: readonly RoadmapRow[];
  programme: Programme;
  lang?: Lang;
  /**
   * The month's own self-assessment and risk sheet, when the workbook has one. Without it (or when it
   * holds neither title), they are looked for below the task table, where the earlier layout had them.
   */
  assessments?: { sheet: string; grid: Grid };
}

function labelKeys(label: Localized): Set<string> {
  return new Set([matchKey(label.fi), matchKey(label.sv), matchKey(label.en)]);
}

const REGION_KEYS = labelKeys(LABELS.region);
const MONTH_KEYS = labelKeys(LABELS.month);
const VERSION_KEYS = labelKeys(LABELS.templateVersion);

function monthText(value: CellValue): string | null {
  if (value instanceof Date) {
    const day = dateCellDay(value);
    return day ? day.slice(0, 7) : null;
  }
  const text = normalizeText(value);
  return parseMonthKey(text) ? text : null;
}

/**
 * Reads a month sheet: header block, task table (via parseStatusTable), self-assessments and risks.
 * Everything is found by its labels in any language, so rows users add above or between change nothing.
 */
/**
 * The rows of the task table as they stand, up to `tableEnd`. A function of its own: this loop over a
 * thousand rows makes its function the one V8 compiles, and alone it compiles in a fraction of the time
 * readMonthSheet as a whole took.
 */
function carriedRows(
  grid: Grid,
  header: { row: number; columns: Partial<Record<StatusColumn, number>> },
  tableEnd: number,
): CarriedRow[] {
  const rows: CarriedRow[] = [];
  const col = header.columns;
  const at = (row: readonly CellValue[], c: number | undefined): CellValue =>
    c === undefined ? null : (row[c] ?? null);
  for (let r = header.row + 1; r < tableEnd; r++) {
    const row = grid[r] ?? [];
    const id = normalizeText(typeof row[col.id!] === "number" ? String(row[col.id!]) : row[col.id!]);
    if (id === "") continue;
    rows.push({
      id,
      status: at(row, col.status),
      comment: at(row, col.comment),
      expected: at(row, col.expected),
      owner: at(row, col.owner),
      previous: at(row, col.previous),
    });
  }
  return rows;
}

export function readMonthSheet(grid: Grid, options: ReadMonthSheetOptions): ParseResult<MonthSheetReading> {
  const lang = options.lang ?? "fi";
  const header = findHeaderRow(grid, STATUS_COLUMNS, ["id", "status"]);
  const tableStart = header?.row ?? 0;

  let region: string | null = null;
  let month: string | null = null;
  let templateVersion: string | null = null;
  for (const row of grid.slice(0, tableStart)) {
    const key = matchKey(row[0]);
    if (region === null && REGION_KEYS.has(key)) region = codeText(row[1]) || null;
    else if (month === null && MONTH_KEYS.has(key)) month = monthText(row[1]);
    else if (templateVersion === null && VERSION_KEYS.has(key))
      templateVersion = normalizeText(row[1]) || null;
  }

  const own = options.assessments;
  const ownReading = own
    ? readAssessments(own.grid, { sheet: own.sheet, programme: options.programme, lang })
    : null;
  const inline = readAssessments(grid, {
    sheet: options.sheet,
    programme: options.programme,
    lang,
    from: tableStart + 1,
  });
  const tableEnd = [inline.assessmentTitle, inline.risksTitle]
    .filter((r) => r > tableStart)
    .reduce((a, b) => Math.min(a, b), grid.length);
  const found = (r: typeof inline | null) => r !== null && (r.assessmentTitle >= 0 || r.risksTitle >= 0);
  const extras = found(ownReading) ? ownReading! : inline;

  const parsed = parseStatusTable(grid.slice(0, tableEnd), {
    sheet: options.sheet,
    roadmap: options.roadmap,
    statuses: options.programme.statuses,
    lang,
    ...(options.shown ? { shown: options.shown } : {}),
  });
  const issues: Issue[] = [...parsed.issues];

  const rows = header ? carriedRows(grid, header, tableEnd) : [];

  issues.push(...extras.issues);
  const { assessments, risks } = extras;

  return parseResult(
    { region, month, templateVersion, table: parsed.value, rows, assessments, risks },
    issues,
  );
}
