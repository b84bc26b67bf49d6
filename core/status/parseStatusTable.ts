import type { CellValue, Grid } from "../_lib/cells";
import { cellAddress, columnLetter, normalizeText } from "../_lib/cells";
import { findHeaderRow, ROADMAP_COLUMNS, STATUS_COLUMNS } from "../_lib/headers";
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
  /**
   * The tasks as the sheet shows them, when they may differ from `roadmap`: the region's own copy of
   * the roadmap, which its month sheets were written from. Each row's subtask is checked against it.
   */
  shown?: readonly RoadmapRow[];
}

/**
 * The task table's columns the reader uses: the status columns, and the roadmap's texts each row is
 * checked by: the subtask left of the fill-in columns, the area and task right of them.
 */
const TABLE_COLUMNS = {
  ...STATUS_COLUMNS,
  subtask: ROADMAP_COLUMNS.subtask,
  area: ROADMAP_COLUMNS.area,
  task: ROADMAP_COLUMNS.task,
};
type TableColumn = keyof typeof TABLE_COLUMNS;
const CHECKED = ["subtask", "task", "area"] as const;

type CheckedField = (typeof CHECKED)[number];

/**
 * What a row's checked texts say about it, against the tasks as the sheet shows them. Nearly every cell
 * holds its task's text exactly and costs one comparison; the texts' owners are indexed only when one
 * does not (a sort of some columns only, a retyped text), so a clean sheet pays nothing for the check.
 */
class RowCheck {
  private readonly owners = new Map<CheckedField, Map<string, string[]>>();

  constructor(
    private readonly shown: ReadonlyMap<string, RoadmapRow>,
    private readonly tasks: readonly RoadmapRow[],
    private readonly columns: readonly { field: CheckedField; column: number }[],
  ) {}

  /** The first checked text of a row that is another task's and not its own; undefined when none. */
  moved(cells: readonly CellValue[], id: string): string | undefined {
    const task = this.shown.get(id);
    if (!task) return undefined;
    for (const { field, column } of this.columns) {
      const value = cells[column];
      if (value === task[field]) continue;
      const text = normalizeText(value);
      const own = normalizeText(task[field]);
      if (text !== "" && own !== "" && text !== own && this.ownersOf(field, text)) return text;
    }
    return undefined;
  }

  /** The tasks whose `field` reads `text`, if any. */
  ownersOf(field: CheckedField, text: string): readonly string[] | undefined {
    let owners = this.owners.get(field);
    if (!owners) {
      owners = new Map();
      for (const task of this.tasks) {
        const key = normalizeText(task[field]);
        if (key === "") continue;
        const ids = owners.get(key);
        if (ids) ids.push(task.id);
        else owners.set(key, [task.id]);
      }
      this.owners.set(field, owners);
    }
    return owners.get(text);
  }
}

/**
 * Reads the task table of a month sheet: finds its header row by scanning, then each task's status,
 * comment, expected completion and owner by id, whatever the row order (users may sort the table),
 * with an issue for every row or task it could not count as typed. A row whose id sits beside another
 * task's texts (the table was sorted by some columns only) is not read but named, and so is a row
 * whose id was cleared: a status is never counted for a task it may not belong to.
 * @example parseStatusTable(grid, { sheet: "2022-09", roadmap: REGIONAL.roadmap, statuses: REGIONAL.statuses })
 */
export function parseStatusTable(grid: Grid, options: ParseStatusTableOptions): ParseResult<StatusTable> {
  const { sheet, roadmap, statuses } = options;
  const lang = options.lang ?? DEFAULT_LANG;
  const issues: Issue[] = [];
  const entries = new Map<string, StatusEntry>();

  const header = findHeaderRow<TableColumn>(grid, TABLE_COLUMNS, ["id", "status"]);
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

  const byId = firstById(roadmap);
  const keys = statusKeys(statuses);
  const checkedColumns = CHECKED.flatMap((field) => {
    const column = header.columns[field];
    return column === undefined ? [] : [{ field, column }];
  });
  const shownById = options.shown ? firstById(options.shown) : byId;
  const check = checkedColumns.length
    ? new RowCheck(shownById, options.shown ?? roadmap, checkedColumns)
    : undefined;
  const subtaskCol = header.columns.subtask;
  /** Tasks named by a row that could not be read (moved, or without its id): not "missing" as well. */
  const named = new Set<string>();
  /** The first id-less row showing a task's subtask with a status typed: where its id was cleared. */
  const idCleared = new Map<string, { cell: string; subtask: string }>();

  for (let r = header.row + 1; r < grid.length; r++) {
    const cells = grid[r];
    if (cells === undefined) continue;
    const idValue = cells[idCol];
    // Most ids arrive exactly as the roadmap has them; only the others need normalizing.
    let id: string;
    if (typeof idValue === "string" && byId.has(idValue)) id = idValue;
    else {
      id = normalizeText(idValue);
      if (id === "") {
        if (check && subtaskCol !== undefined) noteClearedId(cells, r, check, subtaskCol);
        continue;
      }
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
    // Another task's text beside the id, not a retyped one: the row's cells no longer belong together.
    const moved = check?.moved(cells, id);
    if (moved !== undefined) {
      const cell = cellAddress(r, idCol);
      issues.push(makeIssue({ code: "task_row_moved", sheet, cell, taskId: id, value: moved }, lang));
      named.add(id);
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
    if (entries.has(task.id) || named.has(task.id)) continue;
    const severity = task.critical ? "error" : "warning";
    const cleared = idCleared.get(task.id);
    if (cleared) {
      const { cell, subtask: value } = cleared;
      issues.push(
        makeIssue({ code: "task_id_missing", severity, sheet, cell, taskId: task.id, value }, lang),
      );
    } else issues.push(makeIssue({ code: "missing_task", severity, sheet, taskId: task.id }, lang));
  }
  return parseResult({ headerRow: header.row, entries }, issues);

  /** An id-less row with a task's subtask and a status: its id was cleared (Delete skips validation). */
  function noteClearedId(cells: readonly CellValue[], r: number, rows: RowCheck, column: number): void {
    const shown = normalizeText(cells[column]);
    const ids = shown === "" ? undefined : rows.ownersOf("subtask", shown);
    if (ids?.length !== 1 || normalizeText(cells[statusCol]) === "" || idCleared.has(ids[0]!)) return;
    idCleared.set(ids[0]!, { cell: cellAddress(r, idCol), subtask: shown });
  }
}

/**
 * Per array of tasks, its index by id and the tasks it was made of. Consolidation reads every region
 * against the same national tasks (and nearly always the same copy of them), so a run of 300 regions
 * indexes them once; an index is used again only while the array holds the very same tasks.
 */
const indexes = new WeakMap<
  readonly RoadmapRow[],
  { tasks: readonly RoadmapRow[]; byId: ReadonlyMap<string, RoadmapRow> }
>();

/** Each task by its id, the first row of an id winning. */
function firstById(tasks: readonly RoadmapRow[]): ReadonlyMap<string, RoadmapRow> {
  const known = indexes.get(tasks);
  if (known && sameTasks(known.tasks, tasks)) return known.byId;
  const byId = new Map<string, RoadmapRow>();
  for (const task of tasks) if (!byId.has(task.id)) byId.set(task.id, task);
  indexes.set(tasks, { tasks: [...tasks], byId });
  return byId;
}

function sameTasks(a: readonly RoadmapRow[], b: readonly RoadmapRow[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// A comment keeps its line breaks (they are the user's paragraphs); only its ends are trimmed.
function commentText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  return normalizeText(value);
}
