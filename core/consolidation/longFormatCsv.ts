import { unitRoadmap } from "../programme/builtins";
import type { Programme } from "../programme/ProgrammeSchema";
import type { Summary } from "./SummarySchema";

/** Column names of the long-format CSV: stable, English and lower-case, for Power BI, R and Python. */
export const LONG_CSV_COLUMNS = [
  "month",
  "region",
  "region_name",
  "task_id",
  "group",
  "task",
  "critical",
  "status",
  "comment",
  "expected_completion",
  "owner",
] as const;

// OWASP "CSV injection": a cell starting with one of these runs as a formula in a spreadsheet.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A field made inert for spreadsheets (a leading apostrophe) and quoted for RFC 4180. */
export function csvField(value: string | boolean | null): string {
  const text = value === null ? "" : String(value);
  const inert = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${inert.replace(/"/g, '""')}"`;
}

/**
 * The long-format CSV of one or more months: one row per region × task × month with the status code,
 * comment, expected completion and owner. UTF-8 with a byte-order mark so Excel reads the letters right,
 * CRLF line ends, every field quoted and any text that a spreadsheet would run as a formula made inert.
 * @example writeFile("tilannekuva.csv", longFormatCsv([summary], programme))
 */
export function longFormatCsv(summaries: readonly Summary[], programme: Programme): string {
  const lines = [LONG_CSV_COLUMNS.join(",")];
  const months = [...summaries].sort((a, b) => a.month.localeCompare(b.month));
  for (const summary of months) {
    for (const region of summary.regions) {
      const tasks = new Map(unitRoadmap(programme, region.code).map((t) => [t.id, t]));
      for (const task of region.tasks ?? []) {
        const row = tasks.get(task.id);
        lines.push(
          [
            summary.month,
            region.code,
            region.name,
            task.id,
            row?.group ?? "",
            row ? row.subtask || row.task : "",
            row ? row.critical : null,
            task.status,
            task.comment,
            task.expected,
            task.owner,
          ]
            .map(csvField)
            .join(","),
        );
      }
    }
  }
  return `\ufeff${lines.join("\r\n")}\r\n`;
}
