import { MemoryWorkbook } from "../../test/support/MemoryWorkbook";
import type { CellValue } from "../_lib/cells";
import { dayToSerial } from "../_lib/day";
import {
  consolidate,
  createMonthSheet,
  createRegionWorkbook,
  discussionBrief,
  setupTemplate,
} from "../actions";
import type { SpecCell } from "../sheets/SheetSpec";
import { readDiscussionSheet } from "./readDiscussionSheet";

const FORMULA = '=HYPERLINK("http://x","y")';
const NOTES = "Keskusteltiin ICT-siirrosta.\n+ toinen rivi\n@kolmas";
const SHEET = "Keskustelut";

async function regionWith(months: string[]): Promise<MemoryWorkbook> {
  const template = new MemoryWorkbook();
  await setupTemplate(template, { lang: "fi" });
  const region = new MemoryWorkbook();
  await createRegionWorkbook(template, region, { region: "05" });
  for (const month of months) await createMonthSheet(region, { month });
  return region;
}

function asSpec(value: CellValue): SpecCell {
  return value instanceof Date || value === undefined ? null : value;
}

/** Types rows below the table, as an analyst would, keeping everything already there. */
async function typeRows(national: MemoryWorkbook, rows: CellValue[][], edit?: (row: CellValue[]) => void) {
  const spec = national.specOf(SHEET)!;
  const grid = (await national.readSheets([SHEET])).get(SHEET)!;
  const cells = grid.map((row) => row.map(asSpec));
  const kept = spec.cells.map((row, r) =>
    row.map((cell, c) => (cell && typeof cell === "object" ? cell : (cells[r]?.[c] ?? null))),
  );
  if (edit) kept.forEach((row) => edit(row as CellValue[]));
  await national.writeSheets([{ ...spec, cells: [...kept, ...rows.map((row) => row.map(asSpec))] }]);
}

async function entries(national: MemoryWorkbook) {
  return readDiscussionSheet((await national.readSheets([SHEET])).get(SHEET)!);
}

describe("the discussion record in the national workbook", () => {
  it("offers a row per region for the month and keeps what the analyst types across re-consolidation and the next months", async () => {
    const region = await regionWith(["2022-08", "2022-09", "2022-10"]);
    const sources = [{ label: "05.xlsx", workbook: region }];
    const national = new MemoryWorkbook();
    await consolidate(national, sources, { month: "2022-08" });
    expect((await entries(national)).entries).toEqual([]);
    expect(national.specOf(SHEET)!.cells.filter((row) => row[2] === "2022-08")).toHaveLength(22);

    await typeRows(national, [
      ["05", "", "2022-08", "Keskustelu", "1.9.2022", NOTES],
      [
        "05",
        "",
        "2022-08",
        "Sovittu toimenpide",
        "",
        FORMULA,
        "Alueen ICT-johtaja",
        dayToSerial("2022-10-15"),
        "Avoin",
      ],
      ["05", "", "2022-08", "Sovittu toimenpide", "", "Riskilista päivitetään", "Valmistelija", "", "Tehty"],
      [
        "05",
        "",
        "2022-08",
        "Muu aineisto",
        "3.9.2022",
        "-1 lehtijuttu",
        "",
        "",
        "",
        "Media",
        "https://example.org/a",
      ],
      ["xx", "", "elokuu", "???", "", "Jotain mikä ei ole mitään"],
    ]);
    const typed = await entries(national);
    expect(typed.entries).toHaveLength(4);
    expect(typed.unreadable).toHaveLength(1);

    // Re-consolidating the same month loses and duplicates nothing.
    await consolidate(national, sources, { month: "2022-08" });
    expect(await entries(national)).toEqual(typed);
    const cellsOf = (text: string) =>
      national
        .specOf(SHEET)!
        .cells.flat()
        .filter((cell) => cell === text);
    expect(cellsOf(FORMULA)).toHaveLength(1);

    // Rolling to the next month carries the open action, not the done one, naming the month it was agreed.
    await consolidate(national, sources, { month: "2022-09" });
    const september = await entries(national);
    const carried = september.entries.filter((e) => e.month === "2022-09" && e.kind === "action");
    expect(carried).toEqual([
      expect.objectContaining({
        text: FORMULA,
        who: "Alueen ICT-johtaja",
        due: "2022-10-15",
        done: false,
        carriedFrom: "2022-08",
      }),
    ]);
    expect(september.entries.filter((e) => e.month === "2022-08")).toEqual(typed.entries);
    expect(september.unreadable).toEqual(typed.unreadable);
    // Text from people is stored as text on the sheet, never as a formula.
    for (const text of [FORMULA, NOTES, "-1 lehtijuttu"]) {
      const stored = [...Array(60).keys()].map((r) => national.cell(SHEET, `F${r + 1}`));
      expect(stored).toContainEqual({ kind: "text", text });
    }

    // The brief shows the carried action; marking it done stops the carrying.
    const brief = await discussionBrief(national, { month: "2022-09", region: "05" });
    expect(brief.ok).toBe(true);
    expect(brief.html).toContain("=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)");
    expect(brief.html).toContain("sovittu 2022-08");
    await typeRows(national, [], (row) => {
      if (row[2] === "2022-09" && row[5] === FORMULA) row[8] = "Tehty";
    });
    await consolidate(national, sources, { month: "2022-10" });
    const october = await entries(national);
    expect(october.entries.filter((e) => e.month === "2022-10" && e.kind === "action")).toEqual([]);
    const after = await discussionBrief(national, { month: "2022-10", region: "05" });
    expect(after.html).not.toContain("HYPERLINK");
  });

  it("reads the record in Swedish and English headers, in any column order", () => {
    const grid = [
      ["Text", "Kind", "Month", "Region", "Status"],
      ["Uppföljning", "Överenskommen åtgärd", "2022-09", 5, "Öppen"],
    ];
    expect(readDiscussionSheet(grid).entries).toEqual([
      expect.objectContaining({
        region: "05",
        month: "2022-09",
        kind: "action",
        text: "Uppföljning",
        done: false,
      }),
    ]);
  });
});
