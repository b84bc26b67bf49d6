import type { CellValue, Grid } from "../_lib/cells";
import { cellAddress } from "../_lib/cells";
import { CUT_MARK, MAX_TEXT_CHARS } from "../_lib/limits";
import type { IssueDraft } from "../issues/Issue";

/**
 * The grid with every text longer than a spreadsheet cell holds cut to MAX_TEXT_CHARS, ending in a
 * visible mark, and an issue naming each such cell. Such text cannot be written back to Excel or Sheets,
 * and would otherwise be copied whole into the national workbook and the report.
 * @example cutLongTexts([["x".repeat(40_000)]], "2022-09").issues[0]?.cell; // "A1"
 */
export function cutLongTexts(grid: Grid, sheet: string): { grid: Grid; issues: IssueDraft[] } {
  const issues: IssueDraft[] = [];
  let copy: CellValue[][] | null = null;
  // Plain loops: every cell of every sheet read passes here, mostly before the code is compiled.
  for (let r = 0; r < grid.length; r++) {
    const line = grid[r]!;
    for (let c = 0; c < line.length; c++) {
      const value = line[c];
      if (typeof value !== "string" || value.length <= MAX_TEXT_CHARS) continue;
      copy ??= grid.map((row) => [...row]);
      copy[r]![c] = value.slice(0, MAX_TEXT_CHARS - CUT_MARK.length) + CUT_MARK;
      issues.push({ code: "text_cut", sheet, cell: cellAddress(r, c) });
    }
  }
  return { grid: copy ?? grid, issues };
}
