/**
 * The national workbook's sheets (issue 9) through the Office.js stand-in: native charts over the
 * charts sheet's tables, row heights for wrapped rows, and a constant number of syncs whatever the
 * number of regions.
 */
import { nationalSheets } from "../../core/sheets/national/nationalSheets";
import { CHART_COLOURS } from "../../core/sheets/chartColours";
import { NATIONAL_LABELS as N } from "../../core/sheets/nationalLabels";
import { syntheticPicture } from "../../test/support/syntheticPicture";
import { OfficeWorkbook } from "../src/host/OfficeWorkbook";
import type { FakeExcel } from "./fakeExcel";
import { createFakeExcel } from "./fakeExcel";
import { printSetupOf } from "./fakeExcel/pageLayout";

function workbookOver(fake: FakeExcel): OfficeWorkbook {
  const context = fake.newContext() as unknown as Excel.RequestContext;
  return new OfficeWorkbook(context, {
    isSetSupported: (version) => fake.Office.context.requirements.isSetSupported("ExcelApi", version),
  });
}

async function written(units: number, times = 1): Promise<{ fake: FakeExcel; syncs: number }> {
  const fake = createFakeExcel();
  const specs = nationalSheets(syntheticPicture(units));
  for (let i = 1; i < times; i++) await workbookOver(fake).writeSheets(specs);
  fake.resetStats();
  await workbookOver(fake).writeSheets(specs);
  return { fake, syncs: fake.stats.syncCount };
}

describe("national sheets in Excel (Office.js stand-in)", () => {
  it("adds the charts over their tables: measures by region, national trend, groups, a group trend per measure", async () => {
    const { fake } = await written(22);
    const spec = nationalSheets(syntheticPicture(22))[1]!;
    const charts = fake.sheet(N.chartsSheet.fi)!.charts;
    expect(charts.map((c) => [c.type, c.title, c.source, c.seriesBy, c.topLeft])).toEqual(
      spec.charts!.map((c) => [
        { bar: "BarClustered", line: "Line", column: "ColumnClustered" }[c.kind],
        c.title,
        `${N.chartsSheet.fi}!${c.dataRange}`,
        "Columns",
        c.anchor,
      ]),
    );
    expect(charts.map((c) => c.title)).toEqual([
      N.chartShares.fi,
      N.trendTitle.fi,
      N.groupsChartTitle.fi,
      "Kehitys valmisteluryhmittäin: Aloitettu (aikataulu)",
      "Kehitys valmisteluryhmittäin: Valmis (aikataulu)",
      "Kehitys valmisteluryhmittäin: Aloitettu (valmius)",
      "Kehitys valmisteluryhmittäin: Valmis (valmius)",
    ]);
    // The same series colours as the other hosts: four measures, then five groups in each group trend.
    expect(charts.map((c) => c.seriesColours?.length)).toEqual([4, 4, 4, 5, 5, 5, 5]);
    expect(charts[0]!.seriesColours).toEqual(CHART_COLOURS.slice(0, 4));
    // 18 reporting regions of 22 plus the header: one series per measure, one category per region.
    expect(charts[0]!.source).toBe("Kaaviot!A5:E23");
  });

  it("replaces the charts on a second consolidation instead of piling them up", async () => {
    const { fake } = await written(22, 2);
    expect(fake.sheet(N.chartsSheet.fi)!.charts).toHaveLength(7);
  });

  it("breaks the charts sheet's pages above the trend and every second group trend, once on a rewrite", async () => {
    const { fake } = await written(22, 2);
    const spec = nationalSheets(syntheticPicture(22))[1]!;
    const titles = spec.print!.rowBreaks!.map((row) => spec.cells[row - 1]![0]);
    expect(titles).toEqual([
      N.trendTitle.fi,
      "Kehitys valmisteluryhmittäin: Aloitettu (aikataulu)",
      "Kehitys valmisteluryhmittäin: Aloitettu (valmius)",
    ]);
    expect(printSetupOf(fake.model.find(N.chartsSheet.fi)!).rowBreaks).toEqual(spec.print!.rowBreaks);
  });

  it("gives wrapped rows their height", async () => {
    const { fake } = await written(22);
    const spec = nationalSheets(syntheticPicture(22))[0]!;
    // Row 13 is the region table's header, whose labels wrap onto two or three lines.
    expect(spec.rowHeights![12]).toBeGreaterThan(15);
    expect(fake.sheet("Yhteenveto")!.rowHeights.get(12)).toBe(spec.rowHeights![12]);
  });

  it("costs the same syncs for 1, 22 and 300 regions", async () => {
    const syncs = await Promise.all([1, 22, 300].map(async (units) => (await written(units)).syncs));
    expect(new Set(syncs).size).toBe(1);
  });
});
