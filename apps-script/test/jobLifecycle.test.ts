import type { RegionSource } from "../src/actions";
import { JOB_SHEET, SheetJobStore } from "../src/national/SheetJobStore";
import { continueNationalJob, startNationalJob } from "../src/national/nationalJobs";
import { jobStatus, stopJob } from "../src/national/runResumable";
import type { Outcome } from "../src/ui/Outcome";
import { CACHE_LIMIT_BYTES, cacheOutcome } from "../src/ui/Outcome";
import { utf8Length } from "../src/ui/utf8Length";
import { createFakeAppsScript } from "./fakeSpreadsheetApp";
import type { World } from "./jobWorld";
import { REGIONS, reading, world } from "./jobWorld";

const MINUTE = 60_000;

async function runToEnd(w: World): Promise<number> {
  let fired = 0;
  while (await w.env.fireNextTrigger(() => continueNationalJob(w.deps()))) fired++;
  return fired;
}

describe("a national job's life", () => {
  describe("stop", () => {
    it("stops a running job after the region in hand, without waiting for the lock the job holds", async () => {
      let stopping: Outcome | undefined;
      let stopTook = 0;
      const w: World = await world({
        readRegion: async (source: RegionSource) => {
          if (w.sources.length === 5) {
            const before = w.env.clock.now();
            // A click on "Stop" in the sidebar: an execution beside the running one.
            stopping = await w.env.execute("ui", () => stopJob(w.deps()));
            stopTook = w.env.clock.now() - before;
          }
          return reading(source.label, "xx", true);
        },
      });
      const outcome = await w.env.execute("ui", () =>
        startNationalJob(w.deps(), "consolidate", { month: "2022-09", lang: null }),
      );

      expect(stopping).toMatchObject({
        ok: true,
        message:
          "Ajo (tilannekuvan 2022-09 kokoaminen) keskeytetään, kun käsiteltävänä oleva alue on valmis.",
      });
      expect(stopTook).toBeLessThan(1000);
      expect(outcome).toMatchObject({
        ok: true,
        message: "Ajo (tilannekuvan 2022-09 kokoaminen) keskeytettiin.",
      });
      expect(w.sources).toHaveLength(5);
      expect([w.env.triggers, w.national.getSheetByName(JOB_SHEET), w.written]).toEqual([[], null, []]);
      expect(jobStatus(w.deps()).last?.message).toBe("Ajo (tilannekuvan 2022-09 kokoaminen) keskeytettiin.");
    });

    it("a stop flag left by an earlier job does not stop the next one", async () => {
      const w = await world();
      w.env.globals.PropertiesService.getDocumentProperties().setProperty(
        "tilannekuva.job.stop",
        "consolidate-1",
      );
      await w.env.execute("ui", () =>
        startNationalJob(w.deps(), "consolidate", { month: "2022-09", lang: null }),
      );
      await runToEnd(w);
      expect(w.written[0]).toHaveLength(REGIONS);
    });
  });

  describe("cut off at Apps Script's six-minute limit", () => {
    it("is carried on by the watchdog trigger made at the start of the execution, and finishes", async () => {
      // The second execution reads the last 7 regions, then dies writing the national sheets.
      const w = await world({ finishDelays: [5 * MINUTE] });
      await w.env.execute("ui", () =>
        startNationalJob(w.deps(), "consolidate", { month: "2022-09", lang: null }),
      );
      await runToEnd(w);

      expect(w.env.kills).toBe(1);
      expect(w.written).toHaveLength(1);
      expect(w.written[0]).toHaveLength(REGIONS);
      expect(jobStatus(w.deps())).toEqual({
        running: null,
        last: expect.objectContaining({ ok: true, message: "Tilannekuva koottu." }),
      });
      expect([w.env.triggers, w.national.getSheetByName(JOB_SHEET)]).toEqual([[], null]);
    });

    it("ends the job in words, leaving nothing behind, when it is cut off every time", async () => {
      const w = await world({ finishDelays: Array(10).fill(6 * MINUTE + 1000) });
      await w.env.execute("ui", () =>
        startNationalJob(w.deps(), "consolidate", { month: "2022-09", lang: null }),
      );
      const fired = await runToEnd(w);

      expect([fired, w.env.kills]).toEqual([5, 4]);
      expect(jobStatus(w.deps()).last).toMatchObject({
        ok: false,
        message:
          "Ajo (tilannekuvan 2022-09 kokoaminen) lopetettiin: Google Apps Script katkaisi sen kuuden minuutin rajalla 4 kertaa peräkkäin.",
      });
      expect([w.env.triggers, w.national.getSheetByName(JOB_SHEET)]).toEqual([[], null]);
    });
  });
});

describe("cacheOutcome", () => {
  it("measures the outcome in UTF-8 bytes, so a long Finnish issue list still fits the 100 KB cache", () => {
    const env = createFakeAppsScript();
    const cache = env.globals.CacheService.getUserCache();
    const issues = Array.from({ length: 200 }, (_, i) => ({
      severity: "error" as const,
      where: `2022-09!J${i + 10}`,
      message: `Tila ”${"ä".repeat(360)}” ei ole sallittu.`,
    }));
    const outcome: Outcome = {
      ok: true,
      status: "done",
      message: "Tarkistettu.",
      issues,
      issueCount: 200,
      details: [],
      sheets: [],
    };
    expect(JSON.stringify(outcome).length).toBeLessThan(90_000);
    cacheOutcome(cache, "k", outcome, 600);
    const cached = cache.get("k");
    expect(cached).not.toBeNull();
    expect(utf8Length(cached!)).toBeLessThanOrEqual(CACHE_LIMIT_BYTES);
    expect(JSON.parse(cached!)).toMatchObject({ message: "Tarkistettu.", issueCount: 200 });
  });

  it("counts bytes as UTF-8 does", () => {
    expect([utf8Length("a"), utf8Length("ä"), utf8Length("€"), utf8Length("😀")]).toEqual([1, 2, 3, 4]);
    expect(utf8Length("a\uD83D")).toBe(Buffer.byteLength("a\uFFFD"));
  });
});

describe("SheetJobStore chunks", () => {
  it("never splits a surrogate pair between two cells", () => {
    const env = createFakeAppsScript();
    const national = env.addSpreadsheet("Kansallinen", { active: true });
    const store = new SheetJobStore(national);
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
    // JSON adds a quote, so the emoji's two halves fall on characters 40,000 and 40,001.
    const value = `${"a".repeat(39_998)}${"😀".repeat(10)}`;
    store.putResult(0, value);
    expect(new SheetJobStore(national).results(1)).toEqual([value]);
  });
});
