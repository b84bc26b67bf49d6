import type { RegionReading, RegionSource, Workbook } from "../src/actions";
import { nationalActions } from "../src/actions";
import type { AppsScriptEnv } from "../src/host/AppsScriptEnv";
import { SheetsWorkbook } from "../src/host/SheetsWorkbook";
import type { JobDeps } from "../src/national/Job";
import { continueNationalJob, startNationalJob } from "../src/national/nationalJobs";
import { JOB_SHEET, SheetJobStore } from "../src/national/SheetJobStore";
import { CONTINUE_HANDLER, jobStatus, stopJob } from "../src/national/runResumable";
import type { FakeAppsScript } from "./fakeSpreadsheetApp";
import { createFakeAppsScript } from "./fakeSpreadsheetApp";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const REGIONS = 22;
const STEP_MS = 20_000;

/** A reading as the core's readRegion returns it, with text a careless store would turn into formulas. */
function reading(label: string, code: string | null, reporting: boolean): RegionReading {
  return {
    label,
    code,
    name: label,
    reporting,
    templateVersion: "1.0",
    measures: null,
    groups: {},
    change: null,
    late: [],
    assessments: [],
    risks: [
      {
        group: "1",
        severity: "high",
        severityText: "Korkea",
        description: '=HYPERLINK("http://x","y")',
        mitigation: "-1+2",
      },
    ],
    issues: reporting
      ? []
      : [
          {
            code: "unreadable_file",
            severity: "error",
            value: label,
            message: `Tiedostoa ${label} ei voitu lukea.`,
          },
        ],
  };
}

interface World {
  env: FakeAppsScript;
  national: Spreadsheet;
  regionUrls: string[];
  /** What the stand-in writeNationalPicture received, per call. */
  written: RegionReading[][];
  /** Sources the stand-in readRegion was given. */
  sources: RegionSource[];
  deps(): JobDeps;
}

/**
 * A national spreadsheet whose settings list 22 regions (the real core's setup), region files that
 * open, and stand-ins for the core's readRegion (taking 20 s of simulated time) and
 * writeNationalPicture.
 */
async function world(
  options: { failingUrl?: number; readRegion?: (source: RegionSource) => Promise<RegionReading> } = {},
): Promise<World> {
  const env = createFakeAppsScript();
  const { SpreadsheetApp } = env.globals;
  const national = env.addSpreadsheet("Kansallinen", { active: true });
  const nationalBook = new SheetsWorkbook(national, SpreadsheetApp);
  await nationalActions.setupNational(nationalBook, { lang: "fi" });
  const { regions } = await nationalActions.listedRegions(nationalBook);
  const regionUrls = regions.map((region) => env.addSpreadsheet(`Alue ${region.code}`).getUrl());
  if (options.failingUrl !== undefined) env.failToOpen(regionUrls[options.failingUrl]!);
  await nationalActions.writeRegionUrls(
    nationalBook,
    new Map(regions.map((r, i) => [r.code, regionUrls[i]!])),
  );
  const written: RegionReading[][] = [];
  const sources: RegionSource[] = [];
  const services = globalsOf(env);
  const actions = {
    ...nationalActions,
    readRegion: async (source: RegionSource) => {
      sources.push(source);
      env.clock.advance(STEP_MS);
      if (options.readRegion) return options.readRegion(source);
      return reading(source.label, "error" in source.workbook ? null : "xx", !("error" in source.workbook));
    },
    writeNationalPicture: async (target: Workbook, readings: readonly RegionReading[]) => {
      written.push([...readings]);
      await target.writeSheets([{ name: "Yhteenveto", cells: [["Tilannekuva"]] }]);
      return { summary: { issues: [] } } as never;
    },
    consolidatedMessage: () => "Tilannekuva koottu.",
  } as unknown as typeof nationalActions;
  return {
    env,
    national,
    regionUrls,
    written,
    sources,
    deps: () => ({
      env: services,
      spreadsheet: national,
      national: nationalBook,
      actions,
      uiLang: "fi",
      startedAt: env.clock.now(),
    }),
  };
}

describe("consolidateResumable", () => {
  it("reads 15 regions in the first execution, stops before 5 minutes and schedules its continuation", async () => {
    const w = await world();
    const started = w.env.clock.now();

    const outcome = await w.env.execute("ui", () =>
      startNationalJob(w.deps(), "consolidate", { month: "2022-09", lang: null }),
    );

    expect(outcome.status).toBe("continues");
    expect(outcome.message).toBe(
      "15/22 aluetta käsitelty. Ajo jatkuu itsestään taustalla noin minuutin kuluttua; voit sulkea paneelin.",
    );
    expect(w.env.clock.now() - started).toBe(15 * STEP_MS);
    expect(w.env.triggers).toEqual([
      {
        id: "trigger-1",
        owner: "analyst@example.fi",
        handler: CONTINUE_HANDLER,
        dueAt: w.env.clock.now() + 60_000,
        fired: false,
      },
    ]);
    expect(w.written).toEqual([]);
    expect(jobStatus(w.deps()).running).toEqual({
      kind: "consolidate",
      month: "2022-09",
      done: 15,
      total: 22,
      label: "Etelä-Pohjanmaan hyvinvointialue",
    });
    expect(w.env.toasts.map((t) => t.message)).toContain("Alue 5/22 … Varsinais-Suomen hyvinvointialue");
  });

  it("continues from the trigger, writes the national sheets once with every reading in order, and cleans up", async () => {
    const w = await world();
    await w.env.execute("ui", () =>
      startNationalJob(w.deps(), "consolidate", { month: "2022-09", lang: null }),
    );

    const fired = await w.env.fireNextTrigger(() => continueNationalJob(w.deps()));

    expect(fired).toBe(CONTINUE_HANDLER);
    expect(w.written).toHaveLength(1);
    expect(w.written[0]!.map((r) => r.label)).toEqual(w.sources.map((s) => s.label));
    expect(w.written[0]).toHaveLength(REGIONS);
    expect(w.written[0]![3]!.risks[0]).toMatchObject({
      description: '=HYPERLINK("http://x","y")',
      mitigation: "-1+2",
    });
    expect(w.env.triggers).toEqual([]);
    expect(w.national.getSheetByName(JOB_SHEET)).toBeNull();
    expect(jobStatus(w.deps())).toEqual({
      running: null,
      last: expect.objectContaining({
        ok: true,
        status: "done",
        message: "Tilannekuva koottu.",
        sheets: ["Yhteenveto"],
      }),
    });
  });

  it("never runs past six minutes, even when regions are slow to open (5 regions an execution)", async () => {
    const w = await world();
    w.env.runtime.latencyMs["SpreadsheetApp.openByUrl"] = 40_000;
    let executions = 0;
    await w.env.execute("ui", () =>
      startNationalJob(w.deps(), "consolidate", { month: "2022-09", lang: null }),
    );
    executions++;
    while (await w.env.fireNextTrigger(() => continueNationalJob(w.deps()))) executions++;
    expect(executions).toBe(5);
    expect(w.written[0]).toHaveLength(REGIONS);
  });

  it("hands a region that cannot be opened to the core as unreadable, and says why in words", async () => {
    const w = await world({ failingUrl: 2 });
    await w.env.execute("ui", () =>
      startNationalJob(w.deps(), "consolidate", { month: "2022-09", lang: null }),
    );
    while (await w.env.fireNextTrigger(() => continueNationalJob(w.deps())));

    expect(w.sources[2]!.workbook).toEqual({
      error: "Taulukkoa ei voitu avata: sinulla ei ole siihen oikeutta tai osoite on väärä.",
    });
    const last = jobStatus(w.deps()).last!;
    expect(last.details).toEqual([
      "Länsi-Uudenmaan hyvinvointialue: Taulukkoa ei voitu avata: sinulla ei ole siihen oikeutta tai osoite on väärä.",
    ]);
    expect(last.issues).toEqual([
      { severity: "error", where: "", message: "Tiedostoa Länsi-Uudenmaan hyvinvointialue ei voitu lukea." },
    ]);
  });

  it("refuses to start a second job while one is under way, and stops it on request", async () => {
    const w = await world();
    await w.env.execute("ui", () =>
      startNationalJob(w.deps(), "consolidate", { month: "2022-09", lang: null }),
    );

    const second = await startNationalJob(w.deps(), "rollMonth", { month: "2022-10", lang: null });
    const stopped = await stopJob(w.deps());

    expect(second.message).toBe(
      "Toinen Tilannekuva-ajo (tilannekuvan 2022-09 kokoaminen) on kesken: 15/22 aluetta käsitelty. Odota, että se valmistuu, tai keskeytä se.",
    );
    expect(stopped).toMatchObject({
      ok: true,
      message: "Ajo (tilannekuvan 2022-09 kokoaminen) keskeytettiin.",
    });
    expect([w.env.triggers, w.national.getSheetByName(JOB_SHEET)]).toEqual([[], null]);
  });

  it("says so when another execution holds the lock", async () => {
    const w = await world();
    w.env.holdDocumentLockElsewhere();
    const outcome = await startNationalJob(w.deps(), "consolidate", { month: "2022-09", lang: null });
    expect(outcome).toMatchObject({
      ok: false,
      message: "Tilannekuva tekee jo jotain tässä taulukossa. Yritä hetken kuluttua uudelleen.",
    });
  });

  it("retries after an unexpected error, and gives up in words after three", async () => {
    const w = await world({
      readRegion: async () => {
        throw new Error("Service Spreadsheets failed while accessing document with id 123.");
      },
    });
    const first = await w.env.execute("ui", () =>
      startNationalJob(w.deps(), "consolidate", { month: "2022-09", lang: null }),
    );
    expect(first.status).toBe("continues");
    expect(first.message).toMatch(/^Google Sheets ei vastannut ajoissa/);
    for (let i = 0; i < 3; i++) await w.env.fireNextTrigger(() => continueNationalJob(w.deps()));
    expect(jobStatus(w.deps())).toEqual({
      running: null,
      last: expect.objectContaining({
        ok: false,
        status: "failed",
        message:
          "Google Sheets ei vastannut ajoissa tai käyttöraja tuli vastaan. Yritä hetken kuluttua uudelleen.",
      }),
    });
    expect(w.env.triggers).toEqual([]);
  });

  it("says in words that no region is listed with a URL", async () => {
    const env = createFakeAppsScript();
    const national = env.addSpreadsheet("Kansallinen", { active: true });
    const book = new SheetsWorkbook(national, env.globals.SpreadsheetApp);
    await nationalActions.setupNational(book, { lang: "fi" });
    const outcome = await startNationalJob(
      {
        env: { ...globalsOf(env) },
        spreadsheet: national,
        national: book,
        actions: nationalActions,
        uiLang: "fi",
        startedAt: 0,
      },
      "consolidate",
      { month: "2022-09", lang: null },
    );
    expect(outcome).toMatchObject({
      ok: false,
      status: "failed",
      message: expect.stringMatching(/^Asetukset-välilehdellä ei ole yhtään aluetta/),
    });
  });
});

describe("SheetJobStore", () => {
  it("keeps JSON of any size and content as text across executions", () => {
    const env = createFakeAppsScript();
    const national = env.addSpreadsheet("Kansallinen", { active: true });
    const store = new SheetJobStore(national);
    const big = { text: "=SUM(A1) -1+2 0012 1.3.2022 TRUE ".repeat(5000), n: 12 };
    store.create({
      id: "x",
      kind: "consolidate",
      month: "2022-09",
      lang: null,
      uiLang: "fi",
      items: [],
      next: 0,
      startedAt: 0,
      executions: 0,
      failures: 0,
    });
    store.putResult(0, big);
    store.putResult(1, "-1");

    const again = new SheetJobStore(national);
    expect(again.load()?.id).toBe("x");
    expect(again.results(2)).toEqual([big, "-1"]);
    expect(national.getSheetByName(JOB_SHEET)!.isSheetHidden()).toBe(true);
    expect(national.getActiveSheet()!.getName()).toBe("Sheet1");
  });
});

function globalsOf(env: FakeAppsScript): AppsScriptEnv {
  const g = env.globals;
  return {
    spreadsheetApp: g.SpreadsheetApp,
    scriptApp: g.ScriptApp,
    htmlService: g.HtmlService,
    lockService: g.LockService,
    cacheService: g.CacheService,
    session: g.Session,
    now: () => env.clock.now(),
  };
}
