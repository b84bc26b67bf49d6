import { ALL_FEATURES, nationalSpecs } from "../../../test/support/workbookCases";
import { LISTS_SHEET } from "../_lib/applyValidations";
import { ExcelJsWorkbook } from "../ExcelJsWorkbook";
import { SpecWorkbook } from "./SpecWorkbook";

describe("SpecWorkbook", () => {
  it("reads back what an ExcelJS workbook reads after the same writes", async () => {
    const specs = [...nationalSpecs(22), ALL_FEATURES];
    const [own, exceljs] = [new SpecWorkbook(), new ExcelJsWorkbook()];
    for (const workbook of [own, exceljs]) {
      await workbook.writeSheets(specs.slice(0, 5));
      // Written again: replaced in place, as the monthly run rewrites its sheets.
      await workbook.writeSheets(specs);
    }
    // The lists sheet of long drop-downs is made when the file is saved (writeXlsx), not before.
    const names = (await exceljs.sheetNames()).filter((name) => name !== LISTS_SHEET);
    expect(await own.sheetNames()).toEqual(names);
    expect(await own.readSheets(names)).toEqual(await exceljs.readSheets(names));
  });

  it("finds a sheet whatever the case of its name, as Excel does, and leaves out one it lacks", async () => {
    const workbook = new SpecWorkbook();
    await workbook.writeSheets([{ name: "Yhteenveto", cells: [["a", 1]] }]);
    await workbook.writeSheets([{ name: "YHTEENVETO", cells: [[null, { date: "2022-09-30" }]] }]);
    expect(await workbook.sheetNames()).toEqual(["YHTEENVETO"]);
    const grids = await workbook.readSheets(["yhteenveto", "Puuttuu"]);
    expect([...grids]).toEqual([["yhteenveto", [[null, new Date(Date.UTC(2022, 8, 30))]]]]);
  });
});
