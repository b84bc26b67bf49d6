import type { CellValue, Grid } from "../_lib/cells";
import { cellAddress, codeText, isBlank, matchKey, normalizeText } from "../_lib/cells";
import { dateCellDay, parseMonthKey } from "../_lib/day";
import { findHeaderRow, STATUS_COLUMNS } from "../_lib/headers";
import type { ParseResult } from "../_lib/ParseResult";
import { parseResult } from "../_lib/ParseResult";
import type { Lang, Localized } from "../i18n/lang";
import type { Issue } from "../issues/Issue";
import { makeIssue } from "../issues/Issue";
import type { Programme, RoadmapRow } from "../programme/ProgrammeSchema";
import { parseStatusTable } from "../status/parseStatusTable";
import type { StatusTable } from "../status/StatusTable";
import type { AssessmentCode, RiskSeverity } from "./labels";
import { ASSESSMENTS, codeOfLabel, LABELS, SEVERITIES } from "./labels";

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

export interface Assessment {
  groupId: string;
  code: AssessmentCode | null;
  /** As typed, for carry-over of values the reader did not recognise. */
  text: string;
  note: string;
  cell: string;
}

export interface Risk {
  description: string;
  group: string;
  severity: RiskSeverity | null;
  severityText: string;
  mitigation: string;
  row: number;
}

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
  programme: Programme;
  lang?: Lang;
}

function labelKeys(label: Localized): Set<string> {
  return new Set([matchKey(label.fi), matchKey(label.sv), matchKey(label.en)]);
}

const REGION_KEYS = labelKeys(LABELS.region);
const MONTH_KEYS = labelKeys(LABELS.month);
const VERSION_KEYS = labelKeys(LABELS.templateVersion);
const ASSESSMENT_TITLE_KEYS = labelKeys(LABELS.assessmentTitle);
const RISKS_TITLE_KEYS = labelKeys(LABELS.risksTitle);

/** Text as typed, only trimmed: line breaks in a risk or a note are the user's and are kept. */
function rawText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  return (value instanceof Date ? (dateCellDay(value) ?? "") : String(value)).trim();
}

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

  let assessmentTitle = -1;
  let risksTitle = -1;
  for (let r = tableStart + 1; r < grid.length; r++) {
    const key = matchKey(grid[r]?.[0]);
    if (assessmentTitle < 0 && ASSESSMENT_TITLE_KEYS.has(key)) assessmentTitle = r;
    else if (risksTitle < 0 && RISKS_TITLE_KEYS.has(key)) risksTitle = r;
  }
  const tableEnd = [assessmentTitle, risksTitle]
    .filter((r) => r > tableStart)
    .reduce((a, b) => Math.min(a, b), grid.length);

  const parsed = parseStatusTable(grid.slice(0, tableEnd), {
    sheet: options.sheet,
    roadmap: options.roadmap,
    statuses: options.programme.statuses,
    lang,
  });
  const issues: Issue[] = [...parsed.issues];

  const rows: CarriedRow[] = [];
  if (header) {
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
  }

  const assessments: Assessment[] = [];
  if (assessmentTitle >= 0) {
    const groupIds = new Set(options.programme.groups.map((g) => g.id));
    const end = risksTitle > assessmentTitle ? risksTitle : grid.length;
    for (let r = assessmentTitle + 2; r < end; r++) {
      const row = grid[r] ?? [];
      const groupId = codeText(row[0]).replace(/^0+(?=\d)/, "");
      if (!groupIds.has(groupId)) continue;
      const text = normalizeText(row[2]);
      const code = text === "" ? null : (codeOfLabel(ASSESSMENTS, matchKey(text)) ?? null);
      const cell = cellAddress(r, 2);
      if (text !== "" && code === null) {
        issues.push(makeIssue({ code: "invalid_assessment", sheet: options.sheet, cell, value: text }, lang));
      }
      assessments.push({ groupId, code, text, note: rawText(row[3]), cell });
    }
  }

  const risks: Risk[] = [];
  if (risksTitle >= 0) {
    for (let r = risksTitle + 2; r < grid.length; r++) {
      const row = grid[r] ?? [];
      const [, group, severityCell, description, mitigation] = row;
      if ([group, severityCell, description, mitigation].every((v) => isBlank(v ?? null))) continue;
      const severityText = normalizeText(severityCell);
      const severity = severityText === "" ? null : (codeOfLabel(SEVERITIES, matchKey(severityText)) ?? null);
      if (severityText !== "" && severity === null) {
        issues.push(
          makeIssue(
            { code: "invalid_severity", sheet: options.sheet, cell: cellAddress(r, 2), value: severityText },
            lang,
          ),
        );
      }
      risks.push({
        description: rawText(description),
        group: normalizeText(group),
        severity,
        severityText,
        mitigation: rawText(mitigation),
        row: r + 1,
      });
    }
  }

  return parseResult(
    { region, month, templateVersion, table: parsed.value, rows, assessments, risks },
    issues,
  );
}
