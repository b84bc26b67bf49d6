/**
 * The national workbook's sheets (issue 9) through the Apps Script stand-in: native charts built with
 * `sheet.newChart()` and inserted, rows fitted to wrapped text, and service calls that do not grow
 * with the number of regions.
 */
import { nationalSheets } from "../../core/sheets/national/nationalSheets";
import { CHART_COLOURS } from "../../core/sheets/chartColours";
import { NATIONAL_LABELS as N } from "../../core/sheets/nationalLabels";
import { syntheticPicture } from "../../test/support/syntheticPicture";
import { SheetsWorkbook } from "../src/host/SheetsWorkbook";
import { createFakeAppsScript } from "./fakeSpreadsheetApp";

async function written(units: number, times = 1) {
  const env = createFakeAppsScript();
  const spreadsheet = env.addSpreadsheet("Kansallinen", { active: true });
  const workbook = new SheetsWorkbook(spreadsheet, env.globals.SpreadsheetApp);
  const specs = nationalSheets(syntheticPicture(units));
  for (let i = 1; i < times; i++) await workbook.writeSheets(specs);
  const log = await env.log.measure(() => workbook.writeSheets(specs));
  return { env, spreadsheet, specs, calls: log.byMethod() };
}

describe("national sheets in Google Sheets (Apps Script stand-in)", () => {
  it("inserts the seven charts over their tables, counted as seven newChart and insertChart calls", async () => {
    const { env, spreadsheet, specs, calls } = await written(22);
    const sheet = env.sheet(spreadsheet, N.chartsSheet.fi);
    const spec = specs[1]!;
    expect(sheet._charts.map((c) => [c._chartType, env.a1(c._ranges[0]!), c._options["title"]])).toEqual(
      spec.charts!.map((c) => [{ bar: "BAR", line: "LINE", column: "COLUMN" }[c.kind], c.dataRange, c.title]),
    );
    // Measures by region, the national trend, the groups, and the groups' trend once per measure.
    expect([calls["Sheet.newChart"], calls["Sheet.insertChart"]]).toEqual([7, 7]);
    for (const chart of sheet._charts.slice(3))
      expect(chart._options["colors"]).toEqual(CHART_COLOURS.slice(0, 5));
  });

  it("replaces the charts on a second consolidation", async () => {
    const { env, spreadsheet } = await written(22, 2);
    expect(env.sheet(spreadsheet, N.chartsSheet.fi)._charts).toHaveLength(7);
  });

  it("asks Sheets once per sheet to fit rows with wrapped text", async () => {
    const { env, spreadsheet, calls } = await written(22);
    expect(env.sheet(spreadsheet, "Yhteenveto")._autoResizedRows).toEqual([[1, 36]]);
    expect(calls["Sheet.autoResizeRows"]).toBe(7);
  });

  it("makes the same service calls for 100 and 300 regions", async () => {
    // Below 100 some tables are still empty or differ in which columns share a width; from there on
    // only rows are added, and rows cost nothing.
    const [small, large] = [(await written(100)).calls, (await written(300)).calls];
    expect(large).toEqual(small);
  });
});
