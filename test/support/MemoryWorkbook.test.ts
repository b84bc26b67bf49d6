import type { SheetSpec } from "../../core/sheets/SheetSpec";
import { MemoryWorkbook } from "./MemoryWorkbook";

describe("MemoryWorkbook", () => {
  it("starts with the seeded sheets, in order, without counting the seeding as a write", async () => {
    const workbook = MemoryWorkbook.withSheets({
      Tiekartta: [["Tunnus"], ["1.1.1.1"]],
      "2022-09": [[{ date: "2022-09-30" }]],
    });

    expect(await workbook.sheetNames()).toEqual(["Tiekartta", "2022-09"]);
    expect((await workbook.readSheets(["2022-09"])).get("2022-09")).toEqual([
      [new Date(Date.UTC(2022, 8, 30))],
    ]);
    expect(workbook.writes).toEqual([]);
  });

  it("counts calls and records every spec written", async () => {
    const workbook = new MemoryWorkbook();
    const first: SheetSpec = {
      name: "2022-09",
      cells: [["Tila"]],
      validations: [{ range: "A2:A10", values: ["Valmis"], strict: true }],
      protection: { editable: ["A2:A10"] },
    };
    const second: SheetSpec = { name: "Yhteenveto", cells: [] };

    await workbook.writeSheets([first]);
    await workbook.writeSheets([second]);
    await workbook.readSheets(["2022-09", "Yhteenveto"]);
    await workbook.sheetNames();

    expect(workbook.calls).toEqual({ sheetNames: 1, readSheets: 1, writeSheets: 2 });
    expect(workbook.writes).toEqual([[first], [second]]);
    expect(workbook.lastSpecs).toEqual([second]);
    expect(workbook.specOf("2022-09")?.protection).toEqual({ editable: ["A2:A10"] });
  });

  it("stores cells typed and reads formulas back as null", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeSheets([{ name: "A", cells: [["=1+1", { formula: "=1+1" }, 2, false]] }]);

    expect(workbook.cell("A", "A1")).toEqual({ kind: "text", text: "=1+1" });
    expect(workbook.cell("A", "B1")).toEqual({ kind: "formula", formula: "=1+1" });
    expect((await workbook.readSheets(["A"])).get("A")).toEqual([["=1+1", null, 2, false]]);
  });

  it("rejects what Excel would refuse, before storing anything", async () => {
    const workbook = new MemoryWorkbook();
    const write = workbook.writeSheets([
      { name: "Hyvä", cells: [] },
      { name: "Liian pitkä nimi joka ei mahdu Exceliin", cells: [] },
    ]);

    await expect(write).rejects.toMatchObject({ name: "InvalidSheetSpecError" });
    expect(await workbook.sheetNames()).toEqual([]);
  });

  it("treats sheet names that differ in case as the same sheet", async () => {
    const workbook = MemoryWorkbook.withSheets({ Tiekartta: [["a"]] });
    await workbook.writeSheets([{ name: "TIEKARTTA", cells: [["b"]] }]);

    expect(await workbook.sheetNames()).toEqual(["TIEKARTTA"]);
    expect((await workbook.readSheets(["tiekartta"])).get("tiekartta")).toEqual([["b"]]);
  });
});
