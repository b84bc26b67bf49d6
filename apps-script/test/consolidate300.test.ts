/**
 * PRODUCT.md §8: a programme larger than the 22 regions resumes across executions instead of failing.
 * The national consolidation job runs over 300 region spreadsheets with the real core and the real
 * SheetsWorkbook host, once under a clock that runs out (so it continues from its trigger, execution
 * after execution) and once uninterrupted on an identical world; the national sheets must not differ.
 */
import type { Grid } from "../../core/_lib/cells";
import type { Workbook } from "../../core/actions";
import {
  createMonthSheet,
  createRegionWorkbook,
  recordRegionListings,
  setupNationalWorkbook,
  setupTemplate,
} from "../../core/actions";
import { MONTH_TABLE_COLUMNS } from "../../core/sheets/monthLayout";
import type { RegionListing } from "../../core/sheets/settingsSheet";
import type { SheetSpec } from "../../core/sheets/SheetSpec";
import { syntheticRoadmap } from "../../test/bench/_lib/syntheticRoadmap";
import { MemoryWorkbook } from "../../test/support/MemoryWorkbook";
import { nationalActions } from "../src/actions";
import { SheetsWorkbook } from "../src/host/SheetsWorkbook";
import type { JobDeps } from "../src/national/Job";
import { continueNationalJob, startNationalJob } from "../src/national/nationalJobs";
import { JOB_SHEET } from "../src/national/SheetJobStore";
import { jobStatus } from "../src/national/runResumable";
import type { Outcome } from "../src/ui/Outcome";
import { EXECUTION_LIMIT_MS } from "./fake/counting";
import type { FakeAppsScript } from "./fakeSpreadsheetApp";
import { createFakeAppsScript } from "./fakeSpreadsheetApp";
import { globalsOf } from "./jobWorld";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const UNITS = 300;
const TASKS = 20;
const MONTH = "2022-09";
const NATIONAL_SHEETS = ["Yhteenveto", "Valmisteluryhmät", "Myöhässä", "Riskit", "Tarkistukset", "Historia"];

/** Units "01" … "300": the built-in 22 codes among them, so the national settings list exactly 300. */
function listing(index: number, url = ""): RegionListing {
  const code = String(index + 1).padStart(2, "0");
  return { code, name: `Alue ${code}`, url, editors: [] };
}

/** The status a region's preparer typed for a task: varied by region and task, the same in every world. */
function typedStatus(region: number, task: number): string | null {
  const statuses = ["Valmis", "Käynnissä", null, "Ei aloitettu", "valmis", "Ei koske"];
  return statuses[(region * 7 + task * 3) % statuses.length] ?? null;
}

/** A region's sheets as a MemoryWorkbook makes them, with statuses typed on the month sheet. */
async function regionSpecs(national: Workbook, index: number, unit: RegionListing): Promise<SheetSpec[]> {
  const region = new MemoryWorkbook();
  expect((await createRegionWorkbook(national, region, { region: unit.code })).ok).toBe(true);
  const created = await createMonthSheet(region, { month: MONTH });
  if (!created.ok) throw new Error(created.message);
  const month = region.specOf(MONTH)!;
  const header = month.cells.findIndex((row) => row[0] === "Tunnus");
  const status = MONTH_TABLE_COLUMNS.indexOf("status");
  const cells = month.cells.map((row, r) =>
    r > header && r <= header + TASKS
      ? row.map((cell, c) => (c === status ? typedStatus(index, r - header) : cell))
      : row,
  );
  return (await region.sheetNames()).map((name) =>
    name === MONTH ? { ...month, cells } : region.specOf(name)!,
  );
}

interface World {
  env: FakeAppsScript;
  national: Spreadsheet;
  book: SheetsWorkbook;
  deps(): JobDeps;
}

/** A national spreadsheet listing 300 units with their spreadsheets' URLs, and those 300 spreadsheets. */
async function world(): Promise<World> {
  const env = createFakeAppsScript();
  const app = env.globals.SpreadsheetApp;
  const national = env.addSpreadsheet("Kansallinen", { active: true });
  const book = new SheetsWorkbook(national, app);
  await setupTemplate(book, { lang: "fi", roadmap: syntheticRoadmap(TASKS) });
  await setupNationalWorkbook(book, { lang: "fi" });
  const regions = Array.from({ length: UNITS }, (_, i) =>
    listing(i, env.addSpreadsheet(`Alue ${listing(i).code}`).getUrl()),
  );
  await recordRegionListings(book, regions);
  const files = env.spreadsheets().slice(1);
  for (const [index, unit] of regions.entries()) {
    const specs = await regionSpecs(book, index, unit);
    await new SheetsWorkbook(files[index]!, app).writeSheets(specs);
  }
  const services = globalsOf(env);
  return {
    env,
    national,
    book,
    deps: () => ({
      env: services,
      spreadsheet: national,
      national: book,
      actions: nationalActions,
      uiLang: "fi",
      startedAt: env.clock.now(),
    }),
  };
}

/** One execution: its outcome and how long it ran in simulated time. */
interface Execution {
  outcome: Outcome | null;
  ms: number;
}

/**
 * Runs the consolidation job as Apps Script would: started from the sidebar, then each continuation
 * trigger fired in turn (the clock moving to it) until none is left.
 */
async function consolidateAll(w: World): Promise<Execution[]> {
  const executions: Execution[] = [];
  const timed = async (work: () => Promise<Outcome | null>) => {
    const start = w.env.clock.now();
    const outcome = await work();
    executions.push({ outcome, ms: w.env.clock.now() - start });
  };
  await w.env.execute("ui", () =>
    timed(() => startNationalJob(w.deps(), "consolidate", { month: MONTH, lang: null })),
  );
  let fired: string | null = "started";
  while (fired && executions.length < 50) {
    fired = await w.env.fireNextTrigger(() => timed(() => continueNationalJob(w.deps())));
  }
  return executions;
}

async function nationalValues(w: World): Promise<Map<string, Grid>> {
  return new SheetsWorkbook(w.national, w.env.globals.SpreadsheetApp).readSheets(NATIONAL_SHEETS);
}

describe("consolidating 300 region spreadsheets", () => {
  let interrupted: { world: World; executions: Execution[] };
  let uninterrupted: { world: World; executions: Execution[] };

  beforeAll(async () => {
    const slow = await world();
    // Every call takes a little time and opening a region a few seconds: an execution reads only some.
    slow.env.runtime.defaultLatencyMs = 50;
    slow.env.runtime.latencyMs["SpreadsheetApp.openByUrl"] = 3_000;
    interrupted = { world: slow, executions: await consolidateAll(slow) };
    // The same world where no call takes time: the clock never runs out.
    const fast = await world();
    uninterrupted = { world: fast, executions: await consolidateAll(fast) };
  }, 60_000);

  it("resumes across executions, none running past six minutes", () => {
    const { executions } = interrupted;
    expect(executions.length).toBeGreaterThan(1);
    for (const execution of executions) expect(execution.ms).toBeLessThanOrEqual(EXECUTION_LIMIT_MS);
    expect(executions.map((e) => e.outcome?.status)).toEqual([
      ...executions.slice(1).map(() => "continues"),
      "done",
    ]);
    expect(executions.every((e) => e.outcome?.ok)).toBe(true);
    // Each execution read only some regions, and the next one went on from there.
    const done = executions.slice(0, -1).map((e) => e.outcome?.progress?.done ?? 0);
    expect(done).toEqual([...done].sort((x, y) => x - y));
    expect(new Set(done).size).toBe(done.length);
    // The last "continues" may have read every region and left only the national sheets.
    expect(Math.max(...done)).toBeLessThanOrEqual(UNITS);
    expect(done.every((d) => d > 0)).toBe(true);
  });

  it("runs uninterrupted in one execution", () => {
    expect(uninterrupted.executions.map((e) => [e.ms, e.outcome?.status])).toEqual([[0, "done"]]);
  });

  it("writes the same national sheets either way", async () => {
    const a = await nationalValues(interrupted.world);
    const b = await nationalValues(uninterrupted.world);
    expect([...a.keys()]).toEqual(NATIONAL_SHEETS);
    for (const name of NATIONAL_SHEETS)
      expect({ name, values: a.get(name) }).toEqual({ name, values: b.get(name) });
    const last = (run: { executions: Execution[] }) => run.executions.at(-1)?.outcome?.message;
    expect(last(interrupted)).toBe(last(uninterrupted));
    expect(last(interrupted)).toMatch(/^Tilannekuva 2022-09 koottu: 300\/300 aluetta raportoi/);
  });

  it("cleans up its triggers and the hidden job sheet", () => {
    for (const { world: w } of [interrupted, uninterrupted]) {
      expect(w.env.triggers).toEqual([]);
      expect(w.national.getSheetByName(JOB_SHEET)).toBeNull();
      expect(jobStatus(w.deps())).toEqual({
        running: null,
        last: expect.objectContaining({ status: "done" }),
      });
    }
  });
});
