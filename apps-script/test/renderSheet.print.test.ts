/** Issue 9 on Google Sheets (the fake): the filter, the active sheet and the strict status list, counted. */
import { REGIONAL, unitRoadmap } from "../../core/programme/builtins";
import { buildMonthSheet } from "../../core/sheets/buildMonthSheet";
import { SheetsWorkbook } from "../src/host/SheetsWorkbook";
import { raw } from "./fake/counting";
import { createFakeAppsScript } from "./fakeSpreadsheetApp";

const unit = REGIONAL.units.find((u) => u.code === "05")!;
const roadmap = unitRoadmap(REGIONAL, unit.code);
const spec = buildMonthSheet({ programme: REGIONAL, unit, roadmap, month: "2022-09", lang: "fi" });

function setUp() {
  const env = createFakeAppsScript();
  const spreadsheet = env.addSpreadsheet("Varsinais-Suomi", { active: true });
  return { env, spreadsheet, workbook: new SheetsWorkbook(spreadsheet, env.globals.SpreadsheetApp) };
}

describe("renderSheet: issue 9 on Google Sheets", () => {
  it("puts a filter over the task table, rejects statuses outside the list and opens the month", async () => {
    const { env, spreadsheet, workbook } = setUp();
    const log = await env.log.measure(() => workbook.writeSheets([spec]));
    const sheet = raw(env.sheet(spreadsheet, "2022-09"));
    expect(sheet._filter?._rect).toEqual({ row: 8, col: 0, rows: roadmap.length + 1, cols: 14 });
    const status = sheet._validationAt(9, 3)!;
    expect(status._allowInvalid).toBe(false);
    expect(status._helpText).toBe("Valitse luettelosta: Ei aloitettu, Käynnissä, Valmis, Ei koske.");
    expect(raw(spreadsheet).getActiveSheet()?.getName()).toBe("2022-09");
    const calls = log.byMethod();
    expect([calls["Sheet.getFilter"], calls["Range.createFilter"], calls["Sheet.activate"]]).toEqual([
      1, 1, 1,
    ]);
  });

  it("rewrites a month sheet that has a filter: the old filter goes first (Sheets allows one)", async () => {
    const { env, spreadsheet, workbook } = setUp();
    await workbook.writeSheets([spec]);
    const log = await env.log.measure(() => workbook.writeSheets([spec]));
    expect(raw(env.sheet(spreadsheet, "2022-09"))._filter).not.toBeNull();
    expect(log.byMethod()["Filter.remove"]).toBe(1);
  });
});

describe("SheetsWorkbook.closeSheets", () => {
  it("protects an earlier month with no cell left to fill and greys its tab, leaving its content", async () => {
    const { env, spreadsheet, workbook } = setUp();
    await workbook.writeSheets([spec]);
    const sheet = raw(env.sheet(spreadsheet, "2022-09"));
    const before = sheet.getRange("D10").getValue();
    expect(sheet._protections.flatMap((p) => p.getUnprotectedRanges())).not.toHaveLength(0);
    await workbook.closeSheets(["2022-09", "ei ole"]);
    expect(sheet.getRange("D10").getValue()).toBe(before);
    expect(sheet._protections).toHaveLength(1);
    expect(sheet._protections[0]!.getUnprotectedRanges()).toHaveLength(0);
    expect(sheet._tabColor).toBe("#808080");
  });
});
