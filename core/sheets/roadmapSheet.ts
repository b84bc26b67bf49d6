import { ROADMAP_COLUMNS } from "../_lib/headers";
import type { RoadmapColumn } from "../_lib/headers";
import type { Lang } from "../i18n/lang";
import type { Programme, RoadmapRow } from "../programme/ProgrammeSchema";
import { LABELS, sheetName } from "./labels";
import type { SheetSpec, SpecCell } from "./SheetSpec";
import { DATE_FORMAT, HEADER_STYLE } from "./styles";
import { rangeAddress } from "../_lib/cells";

const CHECKLIST_LABELS = {
  last100: { fi: "Viimeiset 100", sv: "Sista 100", en: "Last 100" },
  first100: { fi: "Ensimmäiset 100", sv: "Första 100", en: "First 100" },
} as const;

/** The roadmap columns a programme uses, in sheet order. */
export function roadmapColumns(programme: Programme): RoadmapColumn[] {
  const hasOwners = programme.roadmap.some((row) => row.owner !== "");
  const hasLinks = programme.roadmap.some((row) => row.links.length > 0);
  const columns: RoadmapColumn[] = ["id"];
  if (programme.groups.length > 0) columns.push("group");
  if (hasOwners) columns.push("owner");
  columns.push(
    "area",
    "task",
    "subtask",
    "phase",
    "start",
    "end",
    "critical",
    "checklist",
    "legalBasis",
    "nationalSupport",
  );
  if (hasLinks) columns.push("links");
  return columns;
}

/** The value of one roadmap field as a sheet cell, in the sheet's language. */
export function roadmapCell(
  row: RoadmapRow,
  column: RoadmapColumn,
  programme: Programme,
  lang: Lang,
): SpecCell {
  switch (column) {
    case "group":
      return programme.groups.find((g) => g.id === row.group)?.name[lang] ?? row.group ?? "";
    case "start":
    case "end":
      return row[column] ? { date: row[column] } : null;
    case "critical":
      return row.critical ? LABELS.yes[lang] : LABELS.no[lang];
    case "checklist":
      return row.checklist ? CHECKLIST_LABELS[row.checklist][lang] : "";
    case "links":
      return row.links.join(" ");
    default:
      return row[column];
  }
}

/** The Tiekartta sheet: the programme's roadmap with headers in the sheet's language. */
export function buildRoadmapSheet(programme: Programme, lang: Lang): SheetSpec {
  const columns = roadmapColumns(programme);
  const header = columns.map((column) => ROADMAP_COLUMNS[column].label[lang]);
  const rows = programme.roadmap.map((row) =>
    columns.map((column) => roadmapCell(row, column, programme, lang)),
  );
  const last = rows.length + 1;
  const dateColumns = columns.flatMap((column, index) =>
    column === "start" || column === "end" ? [index] : [],
  );
  const widths: Record<RoadmapColumn, number> = {
    id: 10,
    group: 26,
    owner: 14,
    area: 28,
    task: 30,
    subtask: 50,
    phase: 16,
    start: 11,
    end: 11,
    critical: 10,
    checklist: 15,
    legalBasis: 28,
    nationalSupport: 28,
    links: 18,
  };
  return {
    name: sheetName("roadmap", lang),
    cells: [header, ...rows],
    styles: [
      { range: rangeAddress(0, 0, 1, columns.length), ...HEADER_STYLE },
      ...dateColumns.map((c) => ({
        range: rangeAddress(1, c, Math.max(last - 1, 1), 1),
        numberFormat: DATE_FORMAT,
      })),
      { range: rangeAddress(1, 0, Math.max(last - 1, 1), 1), numberFormat: "@" },
    ],
    columnWidths: columns.map((column) => widths[column]),
    frozen: { rows: 1, columns: 1 },
  };
}
