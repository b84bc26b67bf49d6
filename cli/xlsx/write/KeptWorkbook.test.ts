import type ExcelJS from "exceljs";
import { MONTH_RUN, previousFile } from "../../../test/support/workbookCases";
import { charts, load, rowBreaks, sheetModel } from "../../../test/support/xlsxModel";
import { ExcelJsWorkbook } from "../ExcelJsWorkbook";
import { KeptWorkbook } from "./KeptWorkbook";

const DATE = new Date(Date.UTC(2022, 10, 3, 12));

async function bothWays() {
  const exceljs = await ExcelJsWorkbook.fromBuffer(await previousFile());
  await exceljs.writeSheets(MONTH_RUN);
  const kept = new KeptWorkbook(await ExcelJsWorkbook.fromBuffer(await previousFile()));
  await kept.writeSheets(MONTH_RUN);
  const [exceljsBytes, keptBytes] = [await exceljs.toBuffer(), await kept.toXlsx(DATE)];
  return { exceljsBytes, keptBytes, exceljs: await load(exceljsBytes), kept: await load(keptBytes) };
}

describe("KeptWorkbook", () => {
  let books: Awaited<ReturnType<typeof bothWays>>;
  beforeAll(async () => {
    books = await bothWays();
  }, 120_000);

  it("keeps the sheets of the file and adds the new ones, in ExcelJS's order and visibility", () => {
    const names = (excel: ExcelJS.Workbook) => excel.worksheets.map((ws) => [ws.name, ws.state]);
    expect(names(books.kept)).toEqual(names(books.exceljs));
    expect(names(books.kept)).toContainEqual(["Omat muistiinpanot", "visible"]);
  });

  it("gives every sheet, kept or written, what ExcelJS alone gives it", () => {
    for (const ws of books.exceljs.worksheets)
      expect(sheetModel(books.kept.getWorksheet(ws.name)!)).toEqual(sheetModel(ws));
  });

  it("has the same print names, recalculation, charts and page breaks", async () => {
    const names = (excel: ExcelJS.Workbook) => (excel.definedNames as unknown as { model: unknown[] }).model;
    expect(names(books.kept)).toEqual(names(books.exceljs));
    expect(books.kept.calcProperties.fullCalcOnLoad).toBe(books.exceljs.calcProperties.fullCalcOnLoad);
    expect(await charts(books.keptBytes)).toEqual(await charts(books.exceljsBytes));
    expect(await rowBreaks(books.keptBytes)).toEqual(await rowBreaks(books.exceljsBytes));
  });

  it("reads back what it was given, before the file is saved", async () => {
    const kept = new KeptWorkbook(await ExcelJsWorkbook.fromBuffer(await previousFile()));
    await kept.writeSheets(MONTH_RUN);
    const exceljs = await ExcelJsWorkbook.fromBuffer(await previousFile());
    await exceljs.writeSheets(MONTH_RUN);
    const names = await exceljs.sheetNames();
    expect(await kept.sheetNames()).toEqual(names);
    expect(await kept.readSheets(names)).toEqual(await exceljs.readSheets(names));
  });
});
