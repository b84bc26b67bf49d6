import {
  createMonthSheet,
  createRegionWorkbook,
  setupTemplate,
  updateRoadmapFromSheet,
} from "../../core/actions";
import { REGIONAL } from "../../core/programme/builtins";
import { diffRoadmaps, isEmptyDiff } from "../../core/roadmap/diffRoadmaps";
import { parseRoadmap } from "../../core/roadmap/parseRoadmap";
import { buildRoadmapSheet } from "../../core/sheets/roadmapSheet";
import { readSettings } from "../../core/sheets/settingsSheet";
import type { SpecCell } from "../../core/sheets/SheetSpec";
import { MemoryWorkbook } from "../support/MemoryWorkbook";
import { CHANGED, REVISED } from "./_support/revision";

async function region(): Promise<MemoryWorkbook> {
  const template = new MemoryWorkbook();
  await setupTemplate(template, { lang: "fi" });
  const workbook = new MemoryWorkbook();
  await createRegionWorkbook(template, workbook, { region: "12" });
  await createMonthSheet(workbook, { month: "2022-09" });
  return workbook;
}

/** The revised roadmap as a user pastes it: a version row, a blank row, then the table. */
function pasted(version: string | null, edit?: (rows: SpecCell[][]) => void): SpecCell[][] {
  const rows = buildRoadmapSheet({ ...REGIONAL, roadmap: REVISED }, "fi").cells.map((r) => [...r]);
  edit?.(rows);
  return [...(version === null ? [] : [["Versio", version]]), [], ...rows];
}

describe("updateRoadmapFromSheet", () => {
  it("applies the roadmap pasted on the Uusi tiekartta sheet, with its version", async () => {
    const workbook = await region();
    await workbook.writeSheets([{ name: "Uusi tiekartta", cells: pasted("1.1") }]);
    const result = await updateRoadmapFromSheet(workbook);
    expect(result.ok).toBe(true);
    expect(result.month).toBe("2022-09");
    const grids = await workbook.readSheets(["Tiekartta", "Asetukset", "2022-09"]);
    expect(readSettings(grids.get("Asetukset")!).templateVersion).toBe("1.1");
    const roadmap = parseRoadmap(grids.get("Tiekartta")!, { groups: REGIONAL.groups }).value;
    expect(isEmptyDiff(diffRoadmaps(roadmap, REVISED))).toBe(true);
    expect(grids.get("2022-09")!.some((row) => row[0] === CHANGED.added[0])).toBe(true);
  });

  it.each([
    ["without the sheet", null as SpecCell[][] | null, /Uusi tiekartta/],
    ["without a version", pasted(null), /versio/],
    [
      "with a date that does not read",
      pasted("1.1", (rows) => {
        rows[1]![7] = "syksyllä";
      }),
      /ei voitu lukea/,
    ],
  ])("changes nothing %s and says what to do", async (_, cells, message) => {
    const workbook = await region();
    if (cells) await workbook.writeSheets([{ name: "Uusi tiekartta", cells }]);
    const writes = workbook.calls.writeSheets;
    const result = await updateRoadmapFromSheet(workbook);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(message);
    expect(workbook.calls.writeSheets).toBe(writes);
  });
});
