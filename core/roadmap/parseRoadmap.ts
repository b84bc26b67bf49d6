import type { CellValue, Grid } from "../_lib/cells";
import { cellAddress, isBlank, normalizeText } from "../_lib/cells";
import type { IsoDay } from "../_lib/day";
import type { ParseResult } from "../_lib/ParseResult";
import { parseResult } from "../_lib/ParseResult";
import type { RoadmapColumn } from "../_lib/headers";
import { findHeaderRow, matchHeaderRow, ROADMAP_COLUMNS } from "../_lib/headers";
import type { Lang } from "../i18n/lang";
import type { Issue, IssueDraft } from "../issues/Issue";
import { makeIssue } from "../issues/Issue";
import type { Group, RoadmapRow } from "../programme/ProgrammeSchema";
import { parseChecklistMark } from "./parseChecklistMark";
import { parseFlag } from "./parseFlag";
import { parseGroup } from "./parseGroup";
import { parseRoadmapDate } from "./parseRoadmapDate";

export interface ParseRoadmapOptions {
  /** The programme's preparation groups; empty when it has none, and then every row's group is null. */
  groups: readonly Group[];
  /** The sheet the grid was read from, for issue locations. Default `"Tiekartta"`. */
  sheet?: string;
  /** The language of issue messages. Default `"fi"`. */
  lang?: Lang;
}

type Columns = Partial<Record<RoadmapColumn, number>>;

const HEADER_SCAN_ROWS = 200;
type TextField = "area" | "task" | "subtask" | "phase" | "legalBasis" | "nationalSupport" | "owner" | "links";
const FIELDS = Object.keys(ROADMAP_COLUMNS) as RoadmapColumn[];

type Row = readonly CellValue[];

/** The cell of `field` in a row; undefined when the sheet has no such column. */
function cellOf(line: Row, columns: Columns, field: RoadmapColumn): CellValue {
  const column = columns[field];
  return column === undefined ? undefined : line[column];
}

/**
 * A function's results by the cell value it was given, for the values a roadmap repeats row after row
 * (groups, flags, marks, areas, phases, owners: a few dozen distinct ones in thousands of rows), so each
 * is read once. Strings only: numbers and dates go to `read` each time.
 */
function memo<T>(read: (value: CellValue) => T): (value: CellValue) => T {
  const seen = new Map<string, T>();
  return (value) => {
    if (typeof value !== "string") return read(value);
    let result = seen.get(value);
    if (result === undefined && !seen.has(value)) seen.set(value, (result = read(value)));
    return result as T;
  };
}

/** True when every column the roadmap uses is blank in the row. */
function blankRow(line: Row, columns: Columns): boolean {
  for (const field of FIELDS) if (!isBlank(cellOf(line, columns, field))) return false;
  return true;
}

/** A cell as the user sees it, for ids, text fields and issue values. */
function cellText(value: CellValue): string {
  return normalizeText(
    value instanceof Date ? (Number.isNaN(value.getTime()) ? "" : value.toISOString()) : value,
  );
}

/** The rows a header may be in, minus invalid Dates: header matching's `normalizeText` throws on those. */
function headerRows(grid: Grid): Grid {
  return grid
    .slice(0, HEADER_SCAN_ROWS)
    .map((row) =>
      row.map((value) => (value instanceof Date && Number.isNaN(value.getTime()) ? null : value)),
    );
}

/** The columns of the row that matches most roadmap headers, to say which required ones are missing. */
function closestHeader(grid: Grid): Columns {
  let best: Columns = {};
  for (let row = 0; row < grid.length; row++) {
    const matched = matchHeaderRow(grid[row] ?? [], ROADMAP_COLUMNS);
    if (Object.keys(matched).length > Object.keys(best).length) best = matched;
  }
  return best;
}

/**
 * Reads a roadmap sheet: finds the header row by its labels in any language, then reads one row per
 * subtask, reporting each unreadable cell by sheet and cell address in the user's language.
 *
 * @example
 * const { ok, value, issues } = parseRoadmap(parseCsv(ROADMAP_CSV), { groups: PREPARATION_GROUPS });
 */
export function parseRoadmap(grid: Grid, options: ParseRoadmapOptions): ParseResult<RoadmapRow[]> {
  const { groups } = options;
  const sheet = options.sheet ?? "Tiekartta";
  const lang = options.lang ?? "fi";
  const issues: Issue[] = [];
  const report = (draft: Omit<IssueDraft, "sheet">): void => {
    issues.push(makeIssue({ ...draft, sheet }, lang));
  };

  const required: RoadmapColumn[] = groups.length > 0 ? ["id", "group"] : ["id"];
  const scanned = headerRows(grid);
  const header = findHeaderRow(scanned, ROADMAP_COLUMNS, required, HEADER_SCAN_ROWS);
  if (!header) {
    const found = closestHeader(scanned);
    for (const field of required) {
      if (found[field] === undefined)
        report({ code: "missing_column", value: ROADMAP_COLUMNS[field].label[lang] });
    }
    return parseResult([], issues);
  }

  const columns = header.columns;
  // A date cell's day depends on its time alone, and a roadmap's thousands of dates are a few dozen
  // months: each is read once.
  const days = new Map<number, IsoDay | null | undefined>();
  const dayOfDate = (value: Date): IsoDay | null | undefined => {
    const time = value.getTime();
    if (!days.has(time)) days.set(time, parseRoadmapDate(value, "start"));
    return days.get(time);
  };
  const rows: RoadmapRow[] = [];
  const seen = new Set<string>();
  let contentRows = 0;
  const text = memo(cellText);
  const textOf = (line: Row, field: TextField): string => text(cellOf(line, columns, field));
  const groupOf = memo((value) => parseGroup(value, groups));
  const flagOf = memo(parseFlag);
  const markOf = memo(parseChecklistMark);

  // Helpers of the loop below take the row as arguments rather than closing over it: a roadmap has
  // thousands of rows, read once per process, mostly before the code is compiled.
  const at = (r: number, field: RoadmapColumn): string => cellAddress(r, columns[field] ?? 0);
  const invalid = (
    code: IssueDraft["code"],
    field: RoadmapColumn,
    r: number,
    line: Row,
    id: string,
  ): void => {
    report({ code, cell: at(r, field), taskId: id, value: cellText(cellOf(line, columns, field)) });
  };
  const date = (field: "start" | "end", r: number, line: Row, id: string): IsoDay | null => {
    const value = cellOf(line, columns, field);
    const day = value instanceof Date ? dayOfDate(value) : parseRoadmapDate(value, field);
    if (day === undefined) invalid("invalid_date", field, r, line, id);
    return day ?? null;
  };

  for (let r = header.row + 1; r < grid.length; r++) {
    const line = grid[r] ?? [];
    // Notes in columns the roadmap does not use do not make a row.
    if (blankRow(line, columns)) continue;
    contentRows++;

    const id = cellText(cellOf(line, columns, "id"));
    if (id === "") {
      report({ code: "missing_id", cell: at(r, "id") });
      continue;
    }
    if (seen.has(id)) {
      report({ code: "duplicate_id", cell: at(r, "id"), taskId: id });
      continue;
    }
    seen.add(id);

    let group: string | null = null;
    if (groups.length > 0) {
      const value = cellOf(line, columns, "group");
      group = isBlank(value)
        ? (groups.find((g) => g.id === id.split(".")[0])?.id ?? null)
        : (groupOf(value) ?? null);
      if (group === null) invalid("invalid_group", "group", r, line, id);
    }

    const start = date("start", r, line, id);
    const end = date("end", r, line, id);
    if (start !== null && end !== null && end < start) {
      const value = cellText(cellOf(line, columns, "end"));
      report({ code: "end_before_start", cell: at(r, "end"), taskId: id, value });
    }

    const critical = flagOf(cellOf(line, columns, "critical"));
    if (critical === undefined) invalid("invalid_flag", "critical", r, line, id);
    const checklist = markOf(cellOf(line, columns, "checklist"));
    if (checklist === undefined) invalid("invalid_checklist", "checklist", r, line, id);

    const links = cellText(cellOf(line, columns, "links"));
    rows.push({
      id,
      group,
      area: textOf(line, "area"),
      task: textOf(line, "task"),
      // Nearly every subtask's text is its own: not worth remembering.
      subtask: cellText(cellOf(line, columns, "subtask")),
      phase: textOf(line, "phase"),
      start,
      end,
      critical: critical ?? false,
      checklist: checklist ?? null,
      legalBasis: textOf(line, "legalBasis"),
      nationalSupport: textOf(line, "nationalSupport"),
      owner: textOf(line, "owner"),
      links: links === "" ? [] : links.split(/[\s,;]+/).filter((link) => link !== ""),
    });
  }

  if (contentRows === 0) report({ code: "empty_roadmap" });
  return parseResult(rows, issues);
}
