import { createMonthSheet, createRegionWorkbook, setupTemplate } from "../../core";
import { summaryStoreSheet } from "../../core/brief/summaryStore";
import { nationalSheets } from "../../core/sheets/national/nationalSheets";
import type { SheetSpec } from "../../core/sheets/SheetSpec";
import { templateSheets } from "../../core/sheets/templateSheets";
import { ExcelJsWorkbook } from "../../cli/xlsx/ExcelJsWorkbook";
import { SpecWorkbook } from "../../cli/xlsx/write/SpecWorkbook";
import { syntheticPicture } from "./syntheticPicture";

/**
 * Workbooks to write both ways, with ExcelJS and with the own writer (cli/xlsx/write), and compare:
 * the national workbook as a first consolidation writes it, a region's, and one sheet with every feature
 * a sheet spec has.
 */
/** Every feature a spec has, in one sheet: what the national sheets use and what they may come to use. */
export const ALL_FEATURES: SheetSpec = {
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
export async function regionSpecs(): Promise<SheetSpec[]> {
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

export /** The national sheets of a synthetic picture of `units` regions, its store sheet and the setup sheets. */
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

/** Last month's national workbook as a file: its sheets, and one a user added with text and formats. */
export async function previousFile(): Promise<Uint8Array> {
  const workbook = new ExcelJsWorkbook();
  await workbook.writeSheets([
    ...nationalSpecs(22),
    {
      name: "Omat muistiinpanot",
      cells: [
        ["Kokous", { date: "2022-10-05" }],
        ["Muistio", 3.5],
      ],
      styles: [{ range: "A1:B1", bold: true, fill: "#FFE699" }],
      columnWidths: [30, 12],
    },
  ]);
  return workbook.toBuffer();
}

/** The month's run: the national sheets again (other figures: 300 regions), and sheets new to the file. */
export const MONTH_RUN: SheetSpec[] = [
  ...nationalSpecs(300).slice(0, 9),
  ALL_FEATURES,
  { name: "Piilotettu", cells: [["x", 1]], hidden: true },
];
