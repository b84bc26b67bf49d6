import type { CellValue, Grid } from "../_lib/cells";
import { cellAddress, columnLetter, normalizeText } from "../_lib/cells";
import type { StatusColumn } from "../_lib/headers";
import { findHeaderRow, STATUS_COLUMNS } from "../_lib/headers";
import type { ParseResult } from "../_lib/ParseResult";
import { parseResult } from "../_lib/ParseResult";
import type { Lang } from "../i18n/lang";
import { DEFAULT_LANG } from "../i18n/lang";
import type { Issue } from "../issues/Issue";
import { makeIssue } from "../issues/Issue";
import type { Programme, RoadmapRow, StatusCode } from "../programme/ProgrammeSchema";
import { parseExpectedDay } from "./_lib/parseExpectedDay";
import { statusKeys, toKey } from "./_lib/statusKeys";
import type { StatusEntry } from "./StatusEntry";
import type { StatusTable } from "./StatusTable";

/** Where the grid comes from and what it is checked against. */
export interface ParseStatusTableOptions {
  /** Sheet name for issue locations, e.g. `"2022-09"`. */
  sheet: string;
  roadmap: readonly RoadmapRow[];
  statuses: Programme["statuses"];
  /** Language of issue messages; Finnish by default. */
  lang?: Lang;
}

/**
 * Reads the task table of a month sheet: finds its header row by scanning, then each task's status,
 * comment, expected completion and owner by id, whatever the row order, with an issue for every row
 * or task it could not count as typed.
 * @example parseStatusTable(grid, { sheet: "2022-09", roadmap: REGIONAL.roadmap, statuses: REGIONAL.statuses })
 */
export function parseStatusTable(grid: Grid, options: ParseStatusTableOptions): ParseResult<StatusTable> {
  const { sheet, roadmap, statuses } = options;
  const lang = options.lang ?? DEFAULT_LANG;
  const issues: Issue[] = [];
  const entries = new Map<string, StatusEntry>();

  const header = findHeaderRow<StatusColumn>(grid, STATUS_COLUMNS, ["id", "status"]);
  if (!header) {
    issues.push(makeIssue({ code: "missing_header", sheet }, lang));
    return parseResult({ headerRow: -1, entries }, issues);
  }
  const idCol = header.columns.id!;
  const statusCol = header.columns.status!;
  const commentCol = header.columns.comment ?? -1;
  const expectedCol = header.columns.expected ?? -1;
  const ownerCol = header.columns.owner ?? -1;
  const statusLetter = columnLetter(statusCol);

  const byId = new Map<string, RoadmapRow>();
  for (const task of roadmap) if (!byId.has(task.id)) byId.set(task.id, task);
  const keys = statusKeys(statuses);

  for (let r = header.row + 1; r < grid.length; r++) {
    const cells = grid[r];
    if (cells === undefined) continue;
    const idValue = cells[idCol];
    if (idValue === null || idValue === undefined) continue;
    // Most ids arrive exactly as the roadmap has them; only the others need normalizing.
    let id: string;
    if (typeof idValue === "string" && byId.has(idValue)) id = idValue;
    else {
      id = normalizeText(idValue);
      if (id === "") continue;
      if (!byId.has(id)) {
        issues.push(
          makeIssue({ code: "unknown_task", sheet, cell: cellAddress(r, idCol), taskId: id }, lang),
        );
        continue;
      }
    }
    if (entries.has(id)) {
      issues.push(
        makeIssue({ code: "duplicate_task", sheet, cell: cellAddress(r, idCol), taskId: id }, lang),
      );
      continue;
    }

    const statusCell = statusLetter + (r + 1);
    const statusValue = cells[statusCol];
    let status: StatusCode | undefined;
    let statusText: string;
    if (typeof statusValue === "string" && (status = keys.get(statusValue)) !== undefined) {
      statusText = statusValue;
    } else {
      statusText = normalizeText(statusValue);
      if (statusText === "") {
        issues.push(makeIssue({ code: "missing_status", sheet, cell: statusCell, taskId: id }, lang));
      } else {
        status = keys.get(statusText) ?? keys.get(toKey(statusText));
        if (status === undefined) {
          issues.push(
            makeIssue(
              { code: "unknown_status", sheet, cell: statusCell, taskId: id, value: statusText },
              lang,
            ),
          );
        }
      }
    }

    let expected: string | null = null;
    if (expectedCol >= 0) {
      const expectedValue = cells[expectedCol];
      if (expectedValue !== null && expectedValue !== undefined && expectedValue !== "") {
        const day = parseExpectedDay(expectedValue);
        if (day === undefined) {
          const cell = cellAddress(r, expectedCol);
          const value = normalizeText(expectedValue);
          issues.push(
            makeIssue({ code: "invalid_date", severity: "warning", sheet, cell, taskId: id, value }, lang),
          );
        } else expected = day;
      }
    }

    entries.set(id, {
      id,
      status: status ?? "not_started",
      statusText,
      comment: commentCol >= 0 ? commentText(cells[commentCol]) : "",
      expected,
      owner: ownerCol >= 0 ? normalizeText(cells[ownerCol]) : "",
      row: r + 1,
      statusCell,
    });
  }

  for (const task of byId.values()) {
    if (entries.has(task.id)) continue;
    const severity = task.critical ? "error" : "warning";
    issues.push(makeIssue({ code: "missing_task", severity, sheet, taskId: task.id }, lang));
  }
  return parseResult({ headerRow: header.row, entries }, issues);
}

// A comment keeps its line breaks (they are the user's paragraphs); only its ends are trimmed.
function commentText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  return normalizeText(value);
}
