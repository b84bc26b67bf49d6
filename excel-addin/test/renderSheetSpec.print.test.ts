/** Issue 9 through Office.js (the fake): print setup, filter before protection, sorting allowed over the unlocked body, strict status list, active sheet. */
import { REGIONAL, unitRoadmap } from "../../core/programme/builtins";
import { buildMonthSheet } from "../../core/sheets/buildMonthSheet";
import { OfficeWorkbook } from "../src/host/OfficeWorkbook";
import type { FakeExcel } from "./fakeExcel";
import { createFakeExcel } from "./fakeExcel";
import { autoFilterOf, printSetupOf } from "./fakeExcel/pageLayout";

const unit = REGIONAL.units.find((u) => u.code === "05")!;
const roadmap = unitRoadmap(REGIONAL, unit.code);
const spec = buildMonthSheet({ programme: REGIONAL, unit, roadmap, month: "2022-09", lang: "fi" });
const last = 9 + roadmap.length;

function workbookOver(fake: FakeExcel): OfficeWorkbook {
  const context = fake.newContext() as unknown as Excel.RequestContext;
  return new OfficeWorkbook(context, {
    isSetSupported: (version) => fake.Office.context.requirements.isSetSupported("ExcelApi", version),
  });
}

describe("renderSheetSpec: issue 9 on Office.js", () => {
  let fake: FakeExcel;
  beforeAll(async () => {
    fake = createFakeExcel({ sheets: ["Ohjeet"] });
    await workbookOver(fake).writeSheets([spec]);
  }, 60_000);
  const sheet = () => fake.model.find("2022-09")!;

  it("sets A4 landscape, one page wide, the header rows, the print area and the footer", () => {
    expect(printSetupOf(sheet())).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      titleRows: "$9:$9",
      printArea: `A1:H${last}`,
      footers: { left: REGIONAL.name.fi, center: `${unit.name.fi} · 2022-09`, right: "Sivu &P / &N" },
    });
  });

  it("filters the task table, then protects the sheet allowing filter and sort over its unlocked body", () => {
    expect(autoFilterOf(sheet())).toEqual({ row: 8, column: 0, rows: roadmap.length + 1, columns: 14 });
    expect(sheet().protected).toBe(true);
    expect(sheet().protectionOptions).toEqual({
      allowFormatColumns: true,
      allowFormatRows: true,
      allowAutoFilter: true,
      allowSort: true,
    });
    // Excel sorts no range with a locked cell: every cell of the body is unlocked, the header is not.
    const locked = (row: number, column: number) => sheet().cell(row, column)?.format?.locked !== false;
    for (let column = 0; column < 14; column++) {
      expect([column, locked(9, column), locked(last - 1, column), locked(8, column)]).toEqual([
        column,
        false,
        false,
        true,
      ]);
    }
  });

  it("guards the ids and context, unlocked for sorting, with a rule no typed value passes", () => {
    const guards = sheet().validations.filter((v) => JSON.stringify(v.rule).includes("custom"));
    expect(guards.map((v) => [v.bounds.column, v.bounds.columns, v.bounds.row, v.bounds.rows])).toEqual([
      [0, 3, 9, roadmap.length],
      [7, 7, 9, roadmap.length],
    ]);
    for (const guard of guards) {
      expect(guard.rule).toEqual({ custom: { formula: "=FALSE" } });
      expect(guard.errorAlert).toMatchObject({ showAlert: true, style: "Stop" });
    }
  });

  it("stops a status outside the list with a message that says what to pick, and prompts", () => {
    const status = sheet().validations.find((v) => v.bounds.column === 3)!;
    expect(status.errorAlert).toEqual({
      showAlert: true,
      style: "Stop",
      title: "",
      message: "Arvoa ei hyväksytä. Valitse yksi näistä: Ei aloitettu, Käynnissä, Valmis, Ei koske.",
    });
    expect(status.prompt).toEqual({
      showPrompt: true,
      title: "",
      message: "Valitse luettelosta: Ei aloitettu, Käynnissä, Valmis, Ei koske.",
    });
  });

  it("leaves the user on the new month sheet", () => {
    expect(fake.model.activeSheet?.name).toBe("2022-09");
  });

  it("without ExcelApi 1.9 writes the sheet without print setup and filter rather than failing", async () => {
    const old = createFakeExcel({ sheets: ["Ohjeet"], apiVersion: "1.8" });
    await workbookOver(old).writeSheets([spec]);
    const written = old.model.find("2022-09")!;
    expect(printSetupOf(written)).toEqual({ footers: {} });
    expect(autoFilterOf(written)).toBeUndefined();
    expect(written.protected).toBe(true);
  }, 60_000);
});

describe("OfficeWorkbook.closeSheets", () => {
  it("locks an earlier month whole and greys its tab in one sync, leaving its content", async () => {
    const fake = createFakeExcel({ sheets: ["Ohjeet"] });
    await workbookOver(fake).writeSheets([spec]);
    const before = fake.inspect("2022-09", "D10").value;
    expect(fake.model.find("2022-09")!.cell(9, 3)!.format?.locked).toBe(false);
    fake.resetStats();
    await workbookOver(fake).closeSheets(["2022-09"]);
    expect(fake.stats.syncCount).toBe(1);
    const closed = fake.model.find("2022-09")!;
    expect(closed.tabColor).toBe("#808080");
    expect(closed.protected).toBe(true);
    expect(fake.inspect("2022-09", "D10").value).toBe(before);
    // Only `false` is stored: the fill-in cell is locked again.
    expect(closed.cell(9, 3)!.format?.locked).toBeUndefined();
  }, 60_000);
});
