import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createMonthSheet, createRegionWorkbook, setupTemplate } from "../../../core";
import { templateSheets } from "../../../core/sheets/templateSheets";
import { nationalSheets } from "../../../core/sheets/national/nationalSheets";
import { summaryStoreSheet } from "../../../core/brief/summaryStore";
import type { SheetSpec } from "../../../core/sheets/SheetSpec";
import { syntheticPicture } from "../../../test/support/syntheticPicture";
import { ExcelJsWorkbook } from "../ExcelJsWorkbook";
import { SpecWorkbook } from "./SpecWorkbook";
import { writeXlsx } from "./writeXlsx";

const DATE = new Date(Date.UTC(2022, 9, 3, 12));

/** Every feature a spec has, in one sheet: what the national sheets use and what they may come to use. */
const ALL_FEATURES: SheetSpec = {
  // No apostrophe: ExcelJS does not double it in the print area's defined name, and cannot read its own.
  name: "Kaikki ominaisuudet & muuta",
  cells: [
    ["Otsikko", null, null, "  välilyönnit  ", "rivi\nvaihto", '<tag> & "lainaus"'],
    [1, 0.25, -3.5, true, false, { date: "2022-09-30" }],
    [{ formula: "=A2*2" }, { formula: '=IF(B2>0.5,"iso","pieni")' }, "=ei kaava", "+1", "@x", "-1"],
    ["Valmis", "Kesken", "", null, "Ei koske", "x"],
    ["yhdistetty", "peitetty", "peitetty", null, null, null],
  ],
  styles: [
    { range: "A1:F1", bold: true, fontSize: 14, fill: "#1F4E79", fontColor: "#FFFFFF", wrap: true },
    { range: "B2:C2", numberFormat: "0 %", align: "right", border: true },
    { range: "A4:F4", italic: true, align: "center" },
    { range: "B4", bold: false, fill: "#E8E8E8" },
    { range: "A5:C5", border: true, fill: "#FFE699" },
    { range: "B5", fontColor: "#C00000" },
    { range: "F2", numberFormat: "d.m.yyyy", align: "left" },
    { range: "A6:B6", numberFormat: "@" },
  ],
  merges: ["A5:C5"],
  // Not 9: ExcelJS leaves a width of 9 out (its default), where the own writer keeps it.
  columnWidths: [12, 30.25, 9.5, 18, 22, 14],
  hiddenColumns: [4, 7],
  rowHeights: [30, null, null, 45.5, null, 20],
  frozen: { rows: 1, columns: 2 },
  validations: [
    {
      range: "A4:B4",
      values: ["Valmis", "Kesken", "Ei koske"],
      strict: true,
      prompt: "Valitse tila",
      error: "Ei listassa",
    },
    { range: "C4:C10", values: ["pilkku, sisällä", "toinen"], strict: false },
    {
      range: "D4",
      values: Array.from({ length: 60 }, (_, i) => `Pitkä vaihtoehto numero ${i + 1}`),
      strict: true,
    },
    { range: "E4", values: ["pilkku, sisällä", "toinen"], strict: true },
    { range: "F4", values: [], strict: true },
  ],
  checkboxes: ["D2:D3"],
  conditionalFormats: [
    {
      range: "B2:C2",
      condition: { kind: "between", min: 0.9, max: 1 },
      fill: "#00441B",
      fontColor: "#FFFFFF",
    },
    { range: "B2:C2", condition: { kind: "atLeast", min: 0.5 }, fill: "#74C476" },
    { range: "A4:F4", condition: { kind: "textEquals", text: 'Sano "ei"' }, fill: "#E34A33" },
    { range: "A4:F4", condition: { kind: "blank" }, fill: "#F4B6B6" },
  ],
  protection: { editable: ["A4:B4", "D2:D3"] },
  print: {
    orientation: "landscape",
    paper: "A4",
    fitWide: 1,
    fitTall: 2,
    repeatRows: { from: 1, to: 1 },
    footer: { left: "Ohjelma & co", center: "Kansallinen · 2022-09" },
    pageLabel: "Sivu {page} / {pages}",
    area: "A1:F6",
    rowBreaks: [4],
  },
  autoFilter: "A3:F4",
  tabColor: "#2E75B6",
};

/** A region's workbook, built through the actions on a SpecWorkbook: month sheet, template sheets, lists. */
async function regionSpecs(): Promise<SheetSpec[]> {
  const written = new Map<string, SheetSpec>();
  const record = (workbook: SpecWorkbook): SpecWorkbook => {
    const write = workbook.writeSheets.bind(workbook);
    workbook.writeSheets = async (specs) => {
      for (const spec of specs) written.set(spec.name, spec);
      await write(specs);
    };
    return workbook;
  };
  const template = new SpecWorkbook();
  await setupTemplate(template, { lang: "fi" });
  const region = record(new SpecWorkbook());
  await createRegionWorkbook(template, region, { region: "01" });
  await createMonthSheet(region, { month: "2022-09" });
  const order = await region.sheetNames();
  return order.map((name) => written.get(name)!);
}

function nationalSpecs(units: number): SheetSpec[] {
  const picture = syntheticPicture(units);
  const setup = templateSheets(
    picture.programme,
    {
      programmeId: picture.programme.id,
      role: "national",
      region: null,
      lang: "fi",
      templateVersion: picture.programme.templateVersion,
      regions: picture.programme.units.map((u) => ({ code: u.code, name: u.name.fi, url: "", editors: [] })),
    },
    "fi",
  );
  return [...nationalSheets(picture), summaryStoreSheet(picture.summary, "fi"), ...setup];
}

async function viaExcelJs(specs: readonly SheetSpec[]): Promise<Uint8Array> {
  const workbook = new ExcelJsWorkbook();
  await workbook.writeSheets(specs);
  return workbook.toBuffer();
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(bytes as unknown as ArrayBuffer);
  return excel;
}

type Internals = {
  dataValidations: { model: Record<string, unknown> };
  conditionalFormattings: unknown[];
  sheetProtection: unknown;
};

/** What a user of the file gets from one sheet, as ExcelJS reads it back. */
function sheetModel(ws: ExcelJS.Worksheet): unknown {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const style = cell.style;
      cells.push([
        cell.address,
        cell.type,
        cell.type === ExcelJS.ValueType.Merge ? cell.master.address : cell.value,
        style.numFmt,
        style.font,
        style.fill,
        style.alignment,
        style.border,
        style.protection,
      ]);
    }),
  );
  const rows: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row) => rows.push([row.number, row.height, row.hidden]));
  const columns = Array.from({ length: ws.columnCount }, (_, c) => {
    const column = ws.getColumn(c + 1);
    return [c, column.width, column.hidden];
  });
  const view = ws.views?.[0];
  const { pageSetup } = ws;
  const internals = ws as unknown as Internals;
  return {
    name: ws.name,
    state: ws.state,
    cells,
    rows,
    columns,
    merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(),
    view: {
      state: view?.state ?? "normal",
      xSplit: view && "xSplit" in view ? view.xSplit : undefined,
      ySplit: view && "ySplit" in view ? view.ySplit : undefined,
      selected: (view as { tabSelected?: boolean } | undefined)?.tabSelected ?? false,
    },
    validations: internals.dataValidations.model,
    conditionalFormats: internals.conditionalFormattings,
    protection: internals.sheetProtection,
    autoFilter: ws.autoFilter,
    tabColor: ws.properties.tabColor,
    print: ws.headerFooter?.oddFooter
      ? {
          paperSize: pageSetup.paperSize,
          orientation: pageSetup.orientation,
          fitToPage: pageSetup.fitToPage,
          fitToWidth: pageSetup.fitToWidth,
          fitToHeight: pageSetup.fitToHeight,
          printArea: pageSetup.printArea,
          printTitlesRow: pageSetup.printTitlesRow,
          footer: ws.headerFooter?.oddFooter,
        }
      : null,
  };
}

async function charts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((f) => /^xl\/(charts|drawings)\/.*\.xml$/.test(f));
  return Promise.all(parts.sort().map(async (f) => `${f}\n${await zip.file(f)!.async("string")}`));
}

/** The page breaks of each worksheet part, which ExcelJS does not read back. */
async function rowBreaks(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  const breaks = await Promise.all(
    parts.map(async (f) =>
      [...(await zip.file(f)!.async("string")).matchAll(/<brk id="(\d+)"/g)].map((m) => m[1]),
    ),
  );
  return breaks.map((ids) => ids.join(",")).sort();
}

/** The two files side by side: ExcelJS's and the own writer's, read back by ExcelJS. */
async function bothWays(specs: readonly SheetSpec[]) {
  const [exceljsBytes, ownBytes] = [await viaExcelJs(specs), writeXlsx(specs, DATE)];
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

  it("is the same bytes for the same specs and date", () => {
    const specs = [ALL_FEATURES];
    expect(writeXlsx(specs, DATE).equals(writeXlsx(specs, DATE))).toBe(true);
  });

  it("keeps text shaped like an escape (_x0041_) as typed, where ExcelJS reads back the character", async () => {
    const own = await load(writeXlsx([{ name: "T", cells: [["_x0041_ ja _X0042_"]] }], DATE));
    expect(own.getWorksheet("T")!.getCell("A1").value).toBe("_x0041_ ja _X0042_");
  });
});
