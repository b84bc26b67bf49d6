import type ExcelJS from "exceljs";
import type { SheetSpec } from "../../../core/sheets/SheetSpec";
import { ALL_FEATURES, nationalSpecs, regionSpecs } from "../../../test/support/workbookCases";
import { charts, load, rowBreaks, sheetModel } from "../../../test/support/xlsxModel";
import { ExcelJsWorkbook } from "../ExcelJsWorkbook";
import { writeXlsx } from "./writeXlsx";

const DATE = new Date(Date.UTC(2022, 9, 3, 12));

async function viaExcelJs(specs: readonly SheetSpec[]): Promise<Uint8Array> {
  const workbook = new ExcelJsWorkbook();
  await workbook.writeSheets(specs);
  return workbook.toBuffer();
}

/** The two files side by side: ExcelJS's and the own writer's, read back by ExcelJS. */
async function bothWays(specs: readonly SheetSpec[]) {
  const [exceljsBytes, ownBytes] = [await viaExcelJs(specs), await writeXlsx(specs, DATE)];
  const [exceljs, own] = [await load(exceljsBytes), await load(ownBytes)];
  return { exceljs, own, exceljsBytes, ownBytes };
}

describe("writeXlsx", () => {
  describe.each([
    ["the national workbook of 22 regions", async () => nationalSpecs(22)],
    ["the national workbook of 300 regions", async () => nationalSpecs(300)],
    ["a region's workbook with its month sheet", regionSpecs],
    [
      "a sheet with every feature",
      async () => [ALL_FEATURES, { name: "Toinen", cells: [["x"]], active: true }],
    ],
    [
      "merged ranges past every cell and style, and a height below them",
      async (): Promise<SheetSpec[]> => [
        {
          name: "Yhdistetyt",
          cells: [["a", null, { formula: "=1+1" }]],
          styles: [
            { range: "A1:B2", fill: "#FFE699" },
            { range: "D5", bold: true },
            { range: "B2:C3", border: true },
          ],
          merges: ["C4:E6", "A2:B3", "G1:H1"],
          rowHeights: [null, null, null, null, null, null, null, null, 30],
        },
      ],
    ],
  ])("%s", (_, specsOf) => {
    let books: Awaited<ReturnType<typeof bothWays>>;
    beforeAll(async () => {
      books = await bothWays(await specsOf());
    }, 60_000);

    it("has the sheets of the ExcelJS-written file, in its order, hidden alike", () => {
      const names = (excel: ExcelJS.Workbook) => excel.worksheets.map((ws) => [ws.name, ws.state]);
      expect(names(books.own)).toEqual(names(books.exceljs));
    });

    it("gives every sheet the same cells, styles, merges, widths, rules, drop-downs, protection and print setup", () => {
      for (const ws of books.exceljs.worksheets)
        expect(sheetModel(books.own.getWorksheet(ws.name)!)).toEqual(sheetModel(ws));
    });

    it("asks for the same recalculation on open and has the same print names", () => {
      expect(books.own.calcProperties.fullCalcOnLoad).toBe(books.exceljs.calcProperties.fullCalcOnLoad);
      const names = (excel: ExcelJS.Workbook) =>
        (excel.definedNames as unknown as { model: unknown[] }).model;
      expect(names(books.own)).toEqual(names(books.exceljs));
    });

    it("has the same charts, drawings and page breaks", async () => {
      expect(await charts(books.ownBytes)).toEqual(await charts(books.exceljsBytes));
      expect(await rowBreaks(books.ownBytes)).toEqual(await rowBreaks(books.exceljsBytes));
    });
  });

  it("is the same bytes for the same specs and date", async () => {
    const specs = [ALL_FEATURES];
    expect((await writeXlsx(specs, DATE)).equals(await writeXlsx(specs, DATE))).toBe(true);
  });

  it("keeps text shaped like an escape (_x0041_) as typed, where ExcelJS reads back the character", async () => {
    const own = await load(await writeXlsx([{ name: "T", cells: [["_x0041_ ja _X0042_"]] }], DATE));
    expect(own.getWorksheet("T")!.getCell("A1").value).toBe("_x0041_ ja _X0042_");
  });
});
