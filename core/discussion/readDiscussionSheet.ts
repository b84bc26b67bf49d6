import type { CellValue, Grid } from "../_lib/cells";
import { codeText, isBlank, matchKey, normalizeText } from "../_lib/cells";
import { dateCellDay, isIsoDay, parseMonthKey, serialToDay } from "../_lib/day";
import { findHeaderRow } from "../_lib/headers";
import { codeOfLabel } from "../sheets/labels";
import type { DiscussionEntry } from "./DiscussionSchema";
import {
  ACTION_STATES,
  DISCUSSION_COLUMNS,
  DISCUSSION_KINDS,
  DISCUSSION_TEXTS,
  MATERIAL_SOURCES,
} from "./discussionLabels";

const UNREADABLE_HEADING = new Set(Object.values(DISCUSSION_TEXTS.unreadable).map(matchKey));

/** The discussion record as read: the entries, and rows it could not place, kept cell by cell as text. */
export interface DiscussionRecord {
  entries: DiscussionEntry[];
  /** Rows with content whose region, month, kind or a date could not be read: written back as they were. */
  unreadable: string[][];
}

// Free text is kept exactly as typed (line breaks too); only codes and labels are normalized.
function rawText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return dateCellDay(value) ?? "";
  return String(value);
}

function dayOf(value: CellValue): string | null | undefined {
  if (isBlank(value)) return null;
  if (value instanceof Date) return dateCellDay(value) ?? undefined;
  if (typeof value === "number") return Number.isFinite(value) ? serialToDay(value) : undefined;
  const text = normalizeText(value);
  const fi = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = fi ? `${fi[3]}-${fi[2]!.padStart(2, "0")}-${fi[1]!.padStart(2, "0")}` : text;
  return isIsoDay(iso) ? iso : undefined;
}

function monthOf(value: CellValue): string | null {
  const day = value instanceof Date ? dateCellDay(value) : null;
  const text = day ? day.slice(0, 7) : normalizeText(value);
  return parseMonthKey(text) ? text : null;
}

/**
 * Reads the discussion record sheet: the header is found by its labels in any language; a row the
 * analyst left blank apart from its region and month (the placeholder rows the sheet offers) is skipped,
 * and a row that cannot be placed is kept for writing back, so nothing typed is ever lost.
 */
export function readDiscussionSheet(grid: Grid): DiscussionRecord {
  const header = findHeaderRow(grid, DISCUSSION_COLUMNS, ["region", "month", "kind", "text"]);
  const record: DiscussionRecord = { entries: [], unreadable: [] };
  if (!header) return record;
  const col = header.columns;
  const cell = (row: readonly CellValue[], key: keyof typeof col): CellValue =>
    col[key] === undefined ? null : row[col[key]!];
  for (const row of grid.slice(header.row + 1)) {
    if (row.every(isBlank) || UNREADABLE_HEADING.has(matchKey(row[0]))) continue;
    const text = rawText(cell(row, "text"));
    const who = rawText(cell(row, "who"));
    const link = rawText(cell(row, "link"));
    const date = dayOf(cell(row, "date"));
    const due = dayOf(cell(row, "due"));
    const region = codeText(cell(row, "region"));
    const month = monthOf(cell(row, "month"));
    const kind = codeOfLabel(DISCUSSION_KINDS, matchKey(cell(row, "kind")));
    const hasContent = [text, who, link].some((t) => t.trim() !== "") || !isBlank(cell(row, "date"));
    if (region && month && kind && !hasContent) continue;
    const sourceKey = matchKey(cell(row, "source"));
    const source = sourceKey ? codeOfLabel(MATERIAL_SOURCES, sourceKey) : null;
    if (!region || !month || !kind || date === undefined || due === undefined || source === undefined) {
      record.unreadable.push(row.map(rawText));
      continue;
    }
    record.entries.push({
      region,
      month,
      kind,
      date,
      text,
      who,
      due,
      done: codeOfLabel(ACTION_STATES, matchKey(cell(row, "state"))) === "done",
      source,
      link,
      carriedFrom: monthOf(cell(row, "carriedFrom")),
    });
  }
  return record;
}
