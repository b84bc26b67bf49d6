/**
 * What the pane's consolidation costs in Excel at 300 regions × 5,000 tasks, through the same core calls
 * it makes (loadNationalContext, then readRegion per file outside Excel, then writeNationalPicture), and
 * what creating the region workbooks reads from a consolidated national workbook.
 */
import type { RegionReading } from "../../core/actions";
import {
  consolidate,
  createMonthSheet,
  createRegionWorkbook,
  loadNationalContext,
  readRegion,
  recordRegionListings,
  setupNationalWorkbook,
  setupTemplate,
  writeNationalPicture,
} from "../../core/actions";
import type { RegionListing } from "../../core/sheets/settingsSheet";
import { syntheticRoadmap } from "../../test/bench/_lib/syntheticRoadmap";
import { MemoryWorkbook } from "../../test/support/MemoryWorkbook";
import { OfficeWorkbook } from "../src/host/OfficeWorkbook";
import { DEFAULT_REQUEST_LIMIT_BYTES } from "../src/host/RequestBudget";
import { runCreateRegionWorkbooks } from "../src/taskpane/regionFiles";
import { SnapshotWorkbook } from "../src/taskpane/SnapshotWorkbook";
import type { FakeExcel } from "./fakeExcel";
import { PAYLOAD_LIMIT_BYTES, createFakeExcel } from "./fakeExcel";

const MONTH = "2022-09";
const TASKS = 5000;
const UNITS = 300;

const workbookOver = (fake: FakeExcel): OfficeWorkbook =>
  new OfficeWorkbook(fake.newContext() as unknown as Excel.RequestContext, {
    isSetSupported: (version) => fake.Office.context.requirements.isSetSupported("ExcelApi", version),
  });

const listings = (count: number): RegionListing[] =>
  Array.from({ length: count }, (_, i) => {
    const code = String(i + 1).padStart(2, "0");
    return { code, name: `Alue ${code}`, url: "", editors: [] };
  });

describe("the pane's consolidation at 300 regions × 5,000 tasks", () => {
  let fake: FakeExcel;
  let readings: RegionReading[];

  beforeAll(async () => {
    const roadmap = syntheticRoadmap(TASKS);
    const template = new MemoryWorkbook();
    await setupTemplate(template, { lang: "fi", roadmap });
    await setupNationalWorkbook(template, { lang: "fi" });
    await recordRegionListings(template, listings(UNITS));
    fake = createFakeExcel();
    const national = workbookOver(fake);
    await setupTemplate(national, { lang: "fi", roadmap });
    await setupNationalWorkbook(workbookOver(fake), { lang: "fi" });
    await recordRegionListings(workbookOver(fake), listings(UNITS));

    // One region's reading, as the pane takes it from a file, then the same for every unit.
    const region = new MemoryWorkbook();
    await createRegionWorkbook(template, region, { region: "01" });
    await createMonthSheet(region, { month: MONTH });
    const context = await loadNationalContext(workbookOver(fake), { lang: "fi" });
    const one = await readRegion(
      { label: "01.xlsx", workbook: region },
      {
        month: MONTH,
        programme: context.programme,
        lang: "fi",
      },
    );
    expect(one.reporting).toBe(true);
    readings = listings(UNITS).map(({ code }) => ({
      ...structuredClone(one),
      code,
      label: `${code}.xlsx`,
      // 50 late tasks a region: 15,000 rows in Myöhässä, national sheets of some 12 MB in all.
      late: one.late.slice(0, 50),
    }));
  }, 240_000);

  it("costs a count of syncs bounded by the bytes written, each request under 5 MB", async () => {
    for (const round of ["first", "again"]) {
      fake.resetStats();
      const context = await loadNationalContext(workbookOver(fake), { lang: "fi" });
      await writeNationalPicture(workbookOver(fake), readings, context, { month: MONTH });
      const { syncCount, requestBytes } = fake.stats;
      const total = requestBytes.reduce((a, b) => a + b, 0);
      // list, read ×2 (5,000 roadmap rows), [unprotect,] write, close: 5 or 6 for any number of regions;
      // beyond that one more per request that filled up (two neighbours would not fit in 4 MB).
      const constant = round === "first" ? 5 : 6;
      const fullRequests = Math.ceil(total / (DEFAULT_REQUEST_LIMIT_BYTES / 2));
      expect(syncCount).toBeGreaterThan(constant);
      expect(syncCount).toBeLessThanOrEqual(constant + fullRequests);
      expect(Math.max(...requestBytes)).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      expect(fake.stats.largestResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    }
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(["Yhteenveto", "Myöhässä", "Historia"]));
  }, 240_000);
});

describe("creating region workbooks from a consolidated national workbook", () => {
  it("reads only the sheets that needs, each once, not the national sheets", async () => {
    const fake = createFakeExcel();
    const roadmap = syntheticRoadmap(100);
    await setupTemplate(workbookOver(fake), { lang: "fi", roadmap });
    await setupNationalWorkbook(workbookOver(fake), { lang: "fi" });
    const template = new MemoryWorkbook();
    await setupTemplate(template, { lang: "fi", roadmap });
    const region = new MemoryWorkbook();
    await createRegionWorkbook(template, region, { region: "01" });
    await createMonthSheet(region, { month: MONTH });
    const done = await consolidate(workbookOver(fake), [{ label: "01.xlsx", workbook: region }], {
      month: MONTH,
    });
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(done.sheets));

    const source = workbookOver(fake);
    const snapshot = new SnapshotWorkbook({
      sheetNames: () => source.sheetNames(),
      readSheets: (names) => source.readSheets(names),
    });
    const outcome = await runCreateRegionWorkbooks("fi", () => undefined, snapshot);
    expect(outcome.files).toHaveLength(22);
    expect(snapshot.read.filter((name) => done.sheets.includes(name))).toEqual([]);
    expect(new Set(snapshot.read).size).toBe(snapshot.read.length);
  }, 120_000);
});
