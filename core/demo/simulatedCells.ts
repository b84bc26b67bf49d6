import type { Grid } from "../_lib/cells";
import { matchKey, normalizeText } from "../_lib/cells";
import { findHeaderRow, STATUS_COLUMNS } from "../_lib/headers";
import type { Lang } from "../i18n/lang";
import type { Programme } from "../programme/ProgrammeSchema";
import { ASSESSMENTS, LABELS, SEVERITIES } from "../sheets/labels";
import type { SpecCell } from "../sheets/SheetSpec";
import type { SimulatedMonth } from "./simulateMonth";

/** One cell a simulated user types: zero-based row and column, and the value. */
export interface TypedCell {
  row: number;
  column: number;
  value: SpecCell;
}

/**
 * The cells a preparer would type on a month sheet to enter a simulated month: statuses, comments,
 * expected dates, owners, self-assessments and risks. Positions are found by labels, like every reader.
 */
export function simulatedCells(
  grid: Grid,
  month: SimulatedMonth,
  programme: Programme,
  lang: Lang,
): TypedCell[] {
  // A month sheet has the task table (and, in the earlier layout, the assessment below it); the
  // month's own assessment sheet has only the assessment and risks.
  const header = findHeaderRow(grid, STATUS_COLUMNS, ["id", "status"]);
  const c = header?.columns ?? {};
  const cells: TypedCell[] = [];
  const titleKeys = (label: { fi: string; sv: string; en: string }) =>
    new Set([label.fi, label.sv, label.en].map(matchKey));
  const assessmentTitles = titleKeys(LABELS.assessmentTitle);
  const riskTitles = titleKeys(LABELS.risksTitle);
  let assessmentRow = -1;
  let riskRow = -1;
  for (let r = header ? header.row + 1 : 0; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const key = matchKey(row[0]);
    if (assessmentTitles.has(key)) assessmentRow = r;
    if (riskTitles.has(key)) riskRow = r;
    if (assessmentRow >= 0 || !header) continue;
    const entry = month.entries.get(normalizeText(row[c.id!]));
    if (!entry) continue;
    cells.push({ row: r, column: c.status!, value: entry.typed ?? programme.statuses[entry.status][lang] });
    if (entry.comment && c.comment !== undefined)
      cells.push({ row: r, column: c.comment, value: entry.comment });
    if (entry.expected && c.expected !== undefined)
      cells.push({ row: r, column: c.expected, value: { date: entry.expected } });
    if (entry.owner && c.owner !== undefined) cells.push({ row: r, column: c.owner, value: entry.owner });
  }
  if (assessmentRow >= 0) {
    for (let r = assessmentRow + 2; r < (riskRow > 0 ? riskRow : grid.length); r++) {
      const assessment = month.assessments.get(normalizeText(grid[r]?.[0]));
      if (!assessment) continue;
      cells.push({ row: r, column: 2, value: ASSESSMENTS[assessment.code][lang] });
      if (assessment.note) cells.push({ row: r, column: 3, value: assessment.note });
    }
  }
  if (riskRow >= 0) {
    month.risks.forEach((risk, i) => {
      const r = riskRow + 2 + i;
      cells.push(
        { row: r, column: 1, value: risk.group },
        { row: r, column: 2, value: SEVERITIES[risk.severity][lang] },
        { row: r, column: 3, value: risk.description },
        { row: r, column: 4, value: risk.mitigation },
      );
    });
  }
  return cells;
}
