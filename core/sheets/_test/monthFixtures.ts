/** Month sheets as a region fills them, in today's layout and in the earlier one, for reader tests. */
import type { CellValue, Grid } from "../../_lib/cells";
import type { IsoDay } from "../../_lib/day";
import { dayParts } from "../../_lib/day";
import { REGIONAL, unitRoadmap } from "../../programme/builtins";
import { buildAssessmentSheet } from "../assessmentSheet";
import { buildMonthSheet } from "../buildMonthSheet";
import { MONTH_LAYOUT, monthColumn } from "../monthLayout";
import type { Assessment, Risk } from "../readAssessments";
import type { SheetSpec, SpecCell } from "../SheetSpec";

export const UNIT = REGIONAL.units.find((u) => u.code === "05")!;
export const ROADMAP = unitRoadmap(REGIONAL, UNIT.code);
export const MONTH = "2022-09";

/** What a spreadsheet hands back for a spec cell: dates as Dates, formulas without a result as null. */
function cellValue(cell: SpecCell | undefined): CellValue {
  if (cell === undefined || cell === null) return null;
  if (typeof cell !== "object") return cell;
  if ("formula" in cell) return null;
  const { year, month, day } = dayParts(cell.date);
  return new Date(Date.UTC(year, month - 1, day));
}

export function gridOf(spec: SheetSpec): CellValue[][] {
  return spec.cells.map((row) => row.map(cellValue));
}

/** Statuses, comments and owners typed on the first tasks; everything else stays "Ei aloitettu". */
export const TYPED: Record<string, { status: string; comment?: string; owner?: string }> = {
  [ROADMAP[0]!.id]: { status: "Valmis", comment: "Tehty ajallaan", owner: "Maija" },
  [ROADMAP[1]!.id]: { status: "Käynnissä", owner: "Pekka" },
  [ROADMAP[2]!.id]: { status: "valmis?" },
  [ROADMAP[3]!.id]: { status: "Ei koske", comment: "Ei koske aluetta" },
};

export const ASSESSMENTS_TYPED: Assessment[] = [
  { groupId: "1", code: "yellow", text: "Keltainen", note: "Aikataulu tiukka", cell: "" },
  { groupId: "5", code: "red", text: "Punainen", note: "Järjestelmät kesken", cell: "" },
];
export const RISKS_TYPED: Risk[] = [
  {
    group: "ICT-valmistelu",
    severity: "high",
    severityText: "Korkea",
    description: "Tietojärjestelmät eivät valmistu",
    mitigation: "Väliaikaisratkaisu",
    row: 0,
  },
];

/** Today's layout: the month sheet with typed entries and its own assessment sheet. */
export function filledMonth(): { month: Grid; assessments: Grid; assessmentSheet: string } {
  const spec = buildMonthSheet({
    programme: REGIONAL,
    unit: UNIT,
    roadmap: ROADMAP,
    month: MONTH,
    lang: "fi",
  });
  const month = gridOf(spec);
  for (let r = MONTH_LAYOUT.tableHeaderRow; r < month.length; r++) {
    const row = month[r]!;
    const typed = TYPED[String(row[monthColumn("id")])];
    if (!typed) continue;
    row[monthColumn("status")] = typed.status;
    if (typed.comment) row[monthColumn("comment")] = typed.comment;
    if (typed.owner) row[monthColumn("owner")] = typed.owner;
  }
  const sheet = buildAssessmentSheet({
    programme: REGIONAL,
    unit: UNIT,
    month: MONTH,
    lang: "fi",
    assessments: ASSESSMENTS_TYPED,
    risks: RISKS_TYPED,
  });
  return { month, assessments: gridOf(sheet), assessmentSheet: sheet.name };
}

/** The task table's column order before issue 9: the status was column J, after the roadmap's columns. */
const OLD_ORDER = [
  "id",
  "group",
  "area",
  "task",
  "subtask",
  "phase",
  "start",
  "end",
  "critical",
  "status",
  "previous",
  "comment",
  "expected",
  "owner",
] as const;
const OLD_HEADER_ROW = 16;

/**
 * The same entries in the earlier layout: a 15-row header block (region in A2:B2, month in A3:B3), the
 * table header on row 16 in the old column order, then the self-assessment and risks below the table.
 */
export function oldLayout(filled: { month: Grid; assessments: Grid }): Grid {
  const { month } = filled;
  const header = MONTH_LAYOUT.tableHeaderRow - 1;
  const grid: CellValue[][] = [];
  for (let r = 0; r < 8; r++) grid.push((month[r] ?? []).slice(0, 2));
  while (grid.length < OLD_HEADER_ROW - 1) grid.push([]);
  for (const row of month.slice(header)) grid.push(OLD_ORDER.map((c) => row[monthColumn(c)] ?? null));
  grid.push([]);
  // The assessment sheet's rows from its own title on, as they sat below the table.
  const title = filled.assessments.findIndex((row) => row[0] === "Itsearvio valmisteluryhmittäin");
  grid.push(...filled.assessments.slice(title).map((row) => [...row]));
  return grid;
}

/** A grid as sheet content again (dates as date cells), to seed a workbook with it. */
export function specCells(grid: Grid): SpecCell[][] {
  return grid.map((row) =>
    row.map((value): SpecCell => {
      if (value instanceof Date) return { date: value.toISOString().slice(0, 10) as IsoDay };
      return value === undefined ? null : value;
    }),
  );
}
