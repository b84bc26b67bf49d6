/**
 * "Päivitä tiekartta kaikille alueille" in the national spreadsheet (issue #11): the national roadmap goes
 * to every region spreadsheet listed in the national settings, as a resumable job like consolidation.
 * Real core on the fake Sheets: region spreadsheets made by the core's own actions.
 */
import type { Grid } from "../../core/_lib/cells";
import { REGIONAL } from "../../core/programme/builtins";
import { diffRoadmaps, isEmptyDiff } from "../../core/roadmap/diffRoadmaps";
import { parseRoadmap } from "../../core/roadmap/parseRoadmap";
import { readMonthSheet } from "../../core/sheets/readMonthSheet";
import { readSettings } from "../../core/sheets/settingsSheet";
import { CHANGED, REVISED, REVISED_VERSION } from "../../test/roadmap/_support/revision";
import { coreActions, nationalActions } from "../src/actions";
import { SheetsWorkbook } from "../src/host/SheetsWorkbook";
import type { JobDeps } from "../src/national/Job";
import { continueNationalJob, startNationalJob } from "../src/national/nationalJobs";
import { CONTINUE_HANDLER, jobStatus } from "../src/national/runResumable";
import { JOB_SHEET } from "../src/national/SheetJobStore";
import { createFakeAppsScript } from "./fakeSpreadsheetApp";
import { globalsOf } from "./jobWorld";

jest.setTimeout(120_000);

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
const MONTH = "2022-09";

/** Statuses and comments typed into the first task rows of a region's month sheet. */
function typeEntries(sheet: GoogleAppsScript.Spreadsheet.Sheet, seed: number): void {
  const values = sheet.getDataRange().getValues();
  const header = values.findIndex((row) => row[0] === "Tunnus");
  const status = values[header]!.indexOf("Tila") + 1;
  const comment = values[header]!.indexOf("Kommentti") + 1;
  for (let i = 1; i <= 12; i++) {
    sheet.getRange(header + 1 + i, status).setValue(["Käynnissä", "Valmis", "Ei koske"][(i + seed) % 3]);
    sheet.getRange(header + 1 + i, comment).setValue(`Alue ${seed}, rivi ${i}`);
  }
}

/**
 * A national spreadsheet set up by the core, the revision applied to it, and `count` region
 * spreadsheets (listed with their URLs) mid-month with typed entries, still on the old roadmap.
 */
async function world(count: number, options: { failing?: number } = {}) {
  const env = createFakeAppsScript();
  const app = env.globals.SpreadsheetApp;
  const national = env.addSpreadsheet("Kansallinen", { active: true });
  const nationalBook = new SheetsWorkbook(national, app);
  await nationalActions.setupNational(nationalBook, { lang: "fi" });
  const { regions } = await nationalActions.listedRegions(nationalBook);
  const listed = regions.slice(0, count);
  const spreadsheets: Spreadsheet[] = [];
  for (const [index, region] of listed.entries()) {
    const spreadsheet = env.addSpreadsheet(`Alue ${region.code}`);
    const book = new SheetsWorkbook(spreadsheet, app);
    await coreActions.setupTemplate(book, { lang: "fi" });
    await coreActions.createRegionWorkbook(book, book, { region: region.code });
    await coreActions.createMonthSheet(book, { month: MONTH });
    typeEntries(spreadsheet.getSheetByName(MONTH)!, index);
    spreadsheets.push(spreadsheet);
  }
  await nationalActions.writeRegionUrls(
    nationalBook,
    new Map(listed.map((r, i) => [r.code, spreadsheets[i]!.getUrl()])),
  );
  const applied = await nationalActions.updateRoadmap(nationalBook, {
    roadmap: REVISED,
    version: REVISED_VERSION,
    month: MONTH,
  });
  expect(applied.ok).toBe(true);
  if (options.failing !== undefined) env.failToOpen(spreadsheets[options.failing]!.getUrl());
  const deps = (): JobDeps => ({
    env: globalsOf(env),
    spreadsheet: national,
    national: nationalBook,
    actions: nationalActions,
    uiLang: "fi",
    startedAt: env.clock.now(),
  });
  /** Runs the job from the menu and then every trigger it leaves: the number of executions. */
  const run = async () => {
    const first = await env.execute("ui", () =>
      startNationalJob(deps(), "pushRoadmap", { month: "", lang: null }),
    );
    let executions = 1;
    while (await env.fireNextTrigger(() => continueNationalJob(deps()))) executions++;
    return { first, executions };
  };
  const contents = async () => {
    const all: Record<string, Grid>[] = [];
    for (const spreadsheet of spreadsheets) {
      const book = new SheetsWorkbook(spreadsheet, app);
      all.push(Object.fromEntries(await book.readSheets(await book.sheetNames())));
    }
    return all;
  };
  return { env, national, spreadsheets, listed, deps, run, contents };
}

async function sheetsOf(spreadsheet: Spreadsheet, app: GoogleAppsScript.Spreadsheet.SpreadsheetApp) {
  const book = new SheetsWorkbook(spreadsheet, app);
  return book.readSheets(["Tiekartta", "Asetukset", MONTH]);
}

describe("pushing the national roadmap to the region spreadsheets", () => {
  it("resumes across executions when the clock runs out, and ends as one uninterrupted run does", async () => {
    const interrupted = await world(6);
    const before = await interrupted.contents();
    // Each region takes 100 s to open: three an execution, then the job carries on from a trigger.
    interrupted.env.runtime.latencyMs["SpreadsheetApp.openByUrl"] = 100_000;
    const cut = await interrupted.run();
    expect(cut.first).toMatchObject({ status: "continues", progress: { done: 3, total: 6 } });
    // Three regions each in the first two, the national outcome in the third (no time left for it).
    expect(cut.executions).toBe(3);
    const whole = await world(6);
    const straight = await whole.run();
    expect(straight.executions).toBe(1);
    expect(straight.first).toMatchObject({
      ok: true,
      status: "done",
      message: "Tiekartta 1.1: 6/6 alueen taulukko päivitetty.",
      details: [],
    });
    expect(jobStatus(interrupted.deps()).last).toMatchObject({
      ok: true,
      message: "Tiekartta 1.1: 6/6 alueen taulukko päivitetty.",
    });
    const after = await interrupted.contents();
    expect(after).toEqual(await whole.contents());
    expect(after).not.toEqual(before);
    expect([interrupted.env.triggers, interrupted.national.getSheetByName(JOB_SHEET)]).toEqual([[], null]);
  });

  it("gives every region the national roadmap and version, and keeps every entry of its month sheet", async () => {
    const w = await world(3);
    const app = w.env.globals.SpreadsheetApp;
    const old = await Promise.all(w.spreadsheets.map((s) => sheetsOf(s, app)));
    await w.run();
    for (const [i, spreadsheet] of w.spreadsheets.entries()) {
      const grids = await sheetsOf(spreadsheet, app);
      const roadmap = parseRoadmap(grids.get("Tiekartta")!, { groups: REGIONAL.groups }).value;
      expect(isEmptyDiff(diffRoadmaps(roadmap, REVISED))).toBe(true);
      expect(readSettings(grids.get("Asetukset")!).templateVersion).toBe(REVISED_VERSION);
      const read = (grid: Grid) =>
        readMonthSheet(grid, { sheet: MONTH, roadmap: REVISED, programme: REGIONAL }).value.rows;
      const now = new Map(read(grids.get(MONTH)!).map((row) => [row.id, row]));
      const was = read(old[i]!.get(MONTH)!);
      expect(was.filter((row) => row.comment !== "").length).toBe(12);
      for (const row of was) expect(now.get(row.id)).toEqual(row);
      // A new task starts blank (Sheets reads a blank cell as "").
      for (const id of CHANGED.added) expect(now.get(id)?.status || null).toBeNull();
    }
  });

  it("names a region whose spreadsheet cannot be opened and updates the others", async () => {
    const w = await world(4, { failing: 1 });
    const { first } = await w.run();
    expect(first).toMatchObject({
      ok: false,
      status: "done",
      message: "Tiekartta 1.1: 3/4 alueen taulukko päivitetty.",
      details: [
        `${w.listed[1]!.name}: Taulukkoa ei voitu avata: sinulla ei ole siihen oikeutta tai osoite on väärä.`,
      ],
    });
    const app = w.env.globals.SpreadsheetApp;
    const versions = [];
    for (const [i, spreadsheet] of w.spreadsheets.entries()) {
      if (i === 1) continue;
      versions.push(readSettings((await sheetsOf(spreadsheet, app)).get("Asetukset")!).templateVersion);
    }
    expect(versions).toEqual([REVISED_VERSION, REVISED_VERSION, REVISED_VERSION]);
  });

  it("makes the same calls for every further region", async () => {
    const calls = [];
    for (const count of [1, 2, 3]) {
      const w = await world(count);
      const log = await w.env.log.measure(() => w.run());
      calls.push(log.byMethod());
    }
    const methods = [...new Set(calls.flatMap((c) => Object.keys(c)))].sort();
    const step = (a: Record<string, number>, b: Record<string, number>) =>
      Object.fromEntries(methods.map((m) => [m, (b[m] ?? 0) - (a[m] ?? 0)]));
    expect(step(calls[1]!, calls[2]!)).toEqual(step(calls[0]!, calls[1]!));
    expect(step(calls[0]!, calls[1]!)["SpreadsheetApp.openByUrl"]).toBe(1);
  });

  it("refuses in words when the national workbook has no roadmap, and schedules nothing", async () => {
    const env = createFakeAppsScript();
    const national = env.addSpreadsheet("Kansallinen", { active: true });
    const book = new SheetsWorkbook(national, env.globals.SpreadsheetApp);
    const outcome = await startNationalJob(
      {
        env: globalsOf(env),
        spreadsheet: national,
        national: book,
        actions: nationalActions,
        uiLang: "fi",
        startedAt: 0,
      },
      "pushRoadmap",
      { month: "", lang: null },
    );
    expect(outcome).toMatchObject({
      ok: false,
      status: "failed",
      message: expect.stringMatching(/^Kansallisessa työkirjassa ei ole tiekarttaa\./),
    });
    expect(env.triggers.filter((t) => t.handler === CONTINUE_HANDLER)).toEqual([]);
  });
});
