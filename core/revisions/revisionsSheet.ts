import type { Grid } from "../_lib/cells";
import { matchKey, normalizeText } from "../_lib/cells";
import { dateCellDay, parseMonthKey } from "../_lib/day";
import type { Lang } from "../i18n/lang";
import type { SheetSpec, SpecCell } from "../sheets/SheetSpec";
import { HEADER_STYLE, TITLE_STYLE } from "../sheets/styles";
import { ROADMAP_CHANGE_HEADINGS } from "../roadmap/roadmapDiffLabels";
import { REVISION_LABELS as L } from "./revisionLabels";
import type { RoadmapRevision } from "./RoadmapRevision";
import { REVISION_COUNTS } from "./RoadmapRevision";

/** The revisions sheet's name in the workbook, in any of the three languages. */
export function findRevisionsSheet(names: readonly string[]): string | undefined {
  const wanted = new Set(Object.values(L.sheet).map(matchKey));
  return names.find((name) => wanted.has(matchKey(name)));
}

/** The national workbook's log of roadmap versions, one row per revision, by month. */
export function buildRevisionsSheet(
  revisions: readonly RoadmapRevision[],
  lang: Lang,
  name?: string,
): SheetSpec {
  const rows = [...revisions]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((r): SpecCell[] => [r.month, r.from, r.to, ...REVISION_COUNTS.map((key) => r[key])]);
  return {
    name: name ?? L.sheet[lang],
    cells: [
      [L.title[lang]],
      [],
      [
        L.month[lang],
        L.from[lang],
        L.to[lang],
        ...REVISION_COUNTS.map((key) => ROADMAP_CHANGE_HEADINGS[key][lang]),
      ],
      ...rows,
    ],
    styles: [
      { range: "A1", ...TITLE_STYLE },
      { range: "A3:I3", ...HEADER_STYLE },
      { range: `A4:C${Math.max(rows.length, 1) + 3}`, numberFormat: "@" },
    ],
    columnWidths: [12, 16, 12, 14, 14, 14, 14, 14, 14],
    frozen: { rows: 3, columns: 1 },
  };
}

function count(value: unknown): number {
  const n = typeof value === "number" ? value : Number(normalizeText(value as string));
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

/** Reads the log back: rows whose first cell is a YYYY-MM month; anything else (notes, headers) is skipped. */
export function readRevisions(grid: Grid): RoadmapRevision[] {
  const revisions: RoadmapRevision[] = [];
  for (const row of grid) {
    const first = row[0];
    const month = first instanceof Date ? (dateCellDay(first)?.slice(0, 7) ?? "") : normalizeText(first);
    if (!parseMonthKey(month)) continue;
    const [added, retired, renamed, moved, dates, critical] = REVISION_COUNTS.map((_, i) =>
      count(row[3 + i]),
    );
    revisions.push({
      month,
      from: normalizeText(row[1]),
      to: normalizeText(row[2]),
      added: added!,
      retired: retired!,
      renamed: renamed!,
      moved: moved!,
      dates: dates!,
      critical: critical!,
    });
  }
  return revisions;
}
