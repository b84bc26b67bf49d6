import { continueNationalJob, startNationalJob } from "../src/national/nationalJobs";
import { JOB_SHEET, SheetJobStore } from "../src/national/SheetJobStore";
import { CONTINUE_HANDLER, jobStatus, stopJob } from "../src/national/runResumable";
import { createFakeAppsScript } from "./fakeSpreadsheetApp";
import { REGIONS, STEP_MS, globalsOf, world } from "./jobWorld";
import { nationalActions } from "../src/actions";
import { SheetsWorkbook } from "../src/host/SheetsWorkbook";

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
        id: "trigger-2",
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
