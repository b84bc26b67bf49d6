import { monthColumn } from "../sheets/monthLayout";
import { MemoryWorkbook } from "../../test/support/MemoryWorkbook";
import { REGIONAL } from "../programme/builtins";
import {
  consolidate,
  createMonthSheet,
  createRegionWorkbook,
  generateChecklists,
  listRegions,
  loadWorkbookContext,
  mergeHistory,
  recordRegionListings,
  setupNationalWorkbook,
  setupTemplate,
  validateMonth,
} from "./index";
import type { Workbook } from "./Workbook";
import type { Grid } from "../_lib/cells";

/** Sets the status (and optionally comment) of tasks on a month sheet, as a user would type them. */
async function typeStatuses(
  wb: MemoryWorkbook,
  month: string,
  edits: Record<string, { status?: string; comment?: string }>,
) {
  const spec = wb.specOf(month)!;
  const rows = spec.cells.map((row) => [...row]);
  const header = rows.findIndex((row) => row[0] === "Tunnus");
  const statusCol = rows[header]!.indexOf("Tila");
  const commentCol = rows[header]!.indexOf("Kommentti");
  rows.forEach((row, i) => {
    const edit = i > header ? edits[String(row[0])] : undefined;
    if (edit?.status !== undefined) row[statusCol] = edit.status;
    if (edit?.comment !== undefined) row[commentCol] = edit.comment;
  });
  await wb.writeSheets([{ ...spec, cells: rows }]);
}

async function regionWorkbook(code: string): Promise<MemoryWorkbook> {
  const template = new MemoryWorkbook();
  await setupTemplate(template, { lang: "fi" });
  const region = new MemoryWorkbook();
  const result = await createRegionWorkbook(template, region, { region: code });
  expect(result.ok).toBe(true);
  return region;
}

describe("actions", () => {
  it("sets up the template with the built-in roadmap", async () => {
    const wb = new MemoryWorkbook();
    const result = await setupTemplate(wb, { lang: "fi" });
    expect(result.sheets).toEqual(["Ohjeet", "Tiekartta", "Asetukset", "Listat"]);
    expect(await wb.sheetNames()).toEqual(["Ohjeet", "Tiekartta", "Asetukset", "Listat"]);
  });

  it("creates a month sheet once, carrying over statuses and comments", async () => {
    const wb = await regionWorkbook("05");
    const first = await createMonthSheet(wb, { month: "2022-08" });
    expect(first.ok).toBe(true);
    await typeStatuses(wb, "2022-08", {
      "1.1.1.1": { status: "valmis", comment: '=HYPERLINK("http://x","y")' },
      "1.1.1.3": { status: "Pågår" },
      "1.1.2.1": { status: "hmm?" },
    });
    const second = await createMonthSheet(wb, { month: "2022-09" });
    expect(second.message).toContain("2022-08");
    const again = await createMonthSheet(wb, { month: "2022-09" });
    expect(again.sheets).toEqual([]);
    const issues = (await validateMonth(wb, { month: "2022-09" })).issues;
    expect(issues.map((i) => [i.code, i.cell])).toContainEqual([
      "unknown_status",
      expect.stringMatching(/^D\d+$/),
    ]);
    const grid = (await wb.readSheets(["2022-09"])).get("2022-09")!;
    const row = grid.find((r) => r[0] === "1.1.1.1")!;
    expect(row[monthColumn("status")]).toBe("Valmis");
    expect(row[monthColumn("comment")]).toBe('=HYPERLINK("http://x","y")');
    expect(grid.find((r) => r[0] === "1.1.2.1")![monthColumn("status")]).toBe("hmm?");
  });

  it("consolidates regions and names bad files", async () => {
    const regions: { label: string; workbook: Workbook | { error: string } }[] = [];
    for (const code of ["01", "02"]) {
      const wb = await regionWorkbook(code);
      await createMonthSheet(wb, { month: "2022-09" });
      await typeStatuses(wb, "2022-09", {
        "1.1.1.1": { status: "Valmis" },
        "1.1.1.3": { status: "Käynnissä" },
      });
      regions.push({ label: `${code}.xlsx`, workbook: wb });
    }
    regions.push({ label: "broken.xlsx", workbook: { error: "not a zip" } });
    const national = new MemoryWorkbook();
    const result = await consolidate(national, regions, { month: "2022-09" });
    expect(result.summary?.reporting).toEqual({ count: 2, of: 22 });
    expect(result.summary?.issues.map((i) => i.code)).toContain("unreadable_file");
    expect(await national.sheetNames()).toEqual(
      expect.arrayContaining([
        "Yhteenveto",
        "Valmisteluryhmät",
        "Myöhässä",
        "Riskit",
        "Tarkistukset",
        "Historia",
      ]),
    );
    expect(REGIONAL.units).toHaveLength(22);
  });

  it("generates checklists", async () => {
    const wb = await regionWorkbook("01");
    const result = await generateChecklists(wb, {});
    expect(result.sheets).toEqual(["Viimeiset 100", "Ensimmäiset 100"]);
    const grids: Map<string, Grid> = await wb.readSheets(result.sheets);
    expect(grids.get("Viimeiset 100")!.length).toBe(4 + 20);
  });
});

describe("mergeHistory", () => {
  it("adds the months another national workbook has and keeps this one's", async () => {
    const region = await regionWorkbook("03");
    for (const month of ["2022-07", "2022-08"]) await createMonthSheet(region, { month });
    const older = new MemoryWorkbook();
    await consolidate(older, [{ label: "03.xlsx", workbook: region }], { month: "2022-07" });
    const current = new MemoryWorkbook();
    await consolidate(current, [{ label: "03.xlsx", workbook: region }], { month: "2022-08" });
    const result = await mergeHistory(current, older);
    expect(result.message).toBe("Historiaan lisättiin 1 kuukausi; siinä on nyt 2 kuukautta.");
    const grid = (await current.readSheets(["Historia"])).get("Historia")!;
    const months = grid.slice(1).map((row) => row[0]);
    expect(months.filter((m) => m === "2022-07")).toHaveLength(22);
    expect(months.filter((m) => m === "2022-08")).toHaveLength(22);
  });
});

describe("a programme's units from the national settings", () => {
  it("consolidates over the regions the national workbook lists, not the built-in 22", async () => {
    const national = new MemoryWorkbook();
    await setupNationalWorkbook(national, { lang: "fi" });
    await recordRegionListings(national, []);
    const listed = (await listRegions(national)).slice(0, 3);
    const settingsName = "Asetukset";
    const spec = national.specOf(settingsName)!;
    // A ministry trims the list to three regions: delete the other rows of the regions table.
    const header = spec.cells.findIndex((row) => row[0] === "Koodi");
    await national.writeSheets([{ ...spec, cells: spec.cells.slice(0, header + 1 + 3) }]);
    expect(await listRegions(national)).toEqual(listed);
    const region = await regionWorkbook(listed[1]!.code);
    await createMonthSheet(region, { month: "2022-09" });
    const result = await consolidate(national, [{ label: "r.xlsx", workbook: region }], { month: "2022-09" });
    expect(result.summary?.reporting).toEqual({ count: 1, of: 3 });
    expect(result.summary?.regions.map((r) => r.code)).toEqual(listed.map((r) => r.code));
  });
});

describe("the region template spreadsheet setting", () => {
  it("is read from the national settings and kept when the region listing is rewritten", async () => {
    const national = new MemoryWorkbook();
    await setupNationalWorkbook(national, { lang: "sv" });
    const spec = national.specOf("Inställningar")!;
    // The key is in the hidden column E.
    const row = spec.cells.findIndex((r) => r[4] === "regionTemplateUrl");
    const cells = spec.cells.map((r, i) =>
      i === row ? [r[0]!, "https://docs.google.com/spreadsheets/d/abc", null, null, r[4]!] : r,
    );
    await national.writeSheets([{ ...spec, cells }]);
    await recordRegionListings(national, [
      { code: "01", name: "x", url: "https://example.invalid/01", editors: [] },
    ]);
    const context = await loadWorkbookContext(national);
    expect(context.settings?.regionTemplateUrl).toBe("https://docs.google.com/spreadsheets/d/abc");
    expect(context.settings?.regions.find((r) => r.code === "01")?.url).toBe("https://example.invalid/01");
  });
});

describe.each(["fi", "sv", "en"] as const)("the whole cycle in %s", (lang) => {
  it("writes only sheets every host accepts (names, ranges, formulas)", async () => {
    const template = new MemoryWorkbook();
    await setupTemplate(template, { lang });
    const region = new MemoryWorkbook();
    await createRegionWorkbook(template, region, { region: "07", lang });
    await createMonthSheet(region, { month: "2022-08", lang });
    await createMonthSheet(region, { month: "2022-09", lang });
    await generateChecklists(region, { lang });
    const national = new MemoryWorkbook();
    const result = await consolidate(national, [{ label: "07.xlsx", workbook: region }], {
      month: "2022-09",
      lang,
    });
    expect(result.ok).toBe(true);
    expect((await national.sheetNames()).length).toBeGreaterThanOrEqual(10);
  });
});

describe("the national actors' programme", () => {
  it("consolidates actors' workbooks into a fresh national workbook against their own roadmap", async () => {
    const template = new MemoryWorkbook();
    await setupTemplate(template, { programmeId: "national-actors" });
    const stm = new MemoryWorkbook();
    expect((await createRegionWorkbook(template, stm, { region: "STM" })).ok).toBe(true);
    await createMonthSheet(stm, { month: "2022-09" });
    await typeStatuses(stm, "2022-09", { "K.1": { status: "Käynnissä" } });
    const result = await consolidate(new MemoryWorkbook(), [{ label: "stm.xlsx", workbook: stm }], {
      month: "2022-09",
    });
    expect(result.summary?.programme).toBe("national-actors");
    expect(result.summary?.reporting).toEqual({ count: 1, of: 8 });
    expect(result.summary?.regions.find((r) => r.code === "STM")?.measures?.schedule.started).toEqual({
      count: 1,
      of: 3,
      share: 1 / 3,
    });
  });
});
