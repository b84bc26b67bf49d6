/**
 * The 22 demo regions mid-programme, made the ministry's way (template → region → month sheets) with the
 * demo simulator typing each month's entries, in memory.
 */
import type { Grid } from "../../../core/_lib/cells";
import { createMonthSheet, createRegionWorkbook, setupTemplate } from "../../../core/actions";
import { simulatedCells } from "../../../core/demo/simulatedCells";
import { simulateMonth } from "../../../core/demo/simulateMonth";
import { REGIONAL, unitRoadmap } from "../../../core/programme/builtins";
import type { SpecCell } from "../../../core/sheets/SheetSpec";
import { MemoryWorkbook } from "../../support/MemoryWorkbook";

/** Types cells into a sheet as a preparer would: values only, everything else as it was. */
export async function typeCells(
  workbook: MemoryWorkbook,
  sheet: string,
  cells: readonly { row: number; column: number; value: SpecCell }[],
): Promise<void> {
  const spec = workbook.specOf(sheet);
  if (!spec) throw new Error(`no sheet ${sheet}`);
  const rows = spec.cells.map((row) => [...row]);
  for (const { row, column, value } of cells) {
    while (rows.length <= row) rows.push([]);
    const line = rows[row]!;
    while (line.length <= column) line.push(null);
    line[column] = value;
  }
  await workbook.writeSheets([{ ...spec, cells: rows }]);
}

export async function readGrid(workbook: MemoryWorkbook, sheet: string): Promise<Grid> {
  return (await workbook.readSheets([sheet])).get(sheet) ?? [];
}

/** Every demo region's workbook with the simulated months typed in, by region code. */
export async function demoRegions(months: readonly string[]): Promise<Map<string, MemoryWorkbook>> {
  const template = new MemoryWorkbook();
  await setupTemplate(template, { lang: "fi" });
  const regions = new Map<string, MemoryWorkbook>();
  for (const unit of REGIONAL.units) {
    const workbook = new MemoryWorkbook();
    await createRegionWorkbook(template, workbook, { region: unit.code });
    const roadmap = unitRoadmap(REGIONAL, unit.code);
    for (const month of months) {
      await createMonthSheet(workbook, { month });
      const simulated = simulateMonth(REGIONAL, roadmap, unit.code, month);
      await typeCells(
        workbook,
        month,
        simulatedCells(await readGrid(workbook, month), simulated, REGIONAL, "fi"),
      );
    }
    regions.set(unit.code, workbook);
  }
  return regions;
}
