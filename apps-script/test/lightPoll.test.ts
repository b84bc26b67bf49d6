/**
 * The sidebar's 2-second poll (`sidebarStatus`) evaluates only the light entry of Code.js. Apps Script
 * evaluates every file of a project on every execution, so the poll's cost is what Code.js runs at its
 * top level: here the light entry and the entry points' stubs, while the rest (zod, the core) sits in
 * a function body that V8 only pre-parses until an entry point other than the poll calls it.
 */
import { rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import vm from "node:vm";
import type { Job } from "../src/national/Job";
import { SheetJobStore } from "../src/national/SheetJobStore";
import { LAST_OUTCOME_KEY } from "../src/national/jobStatus";
import { buildIntoTemp, call, loadBundle } from "./bundleHarness";
import type { FakeAppsScript } from "./fakeSpreadsheetApp";
import { createFakeAppsScript } from "./fakeSpreadsheetApp";

let outDir: string;
let code: (project: string) => string;

beforeAll(async () => {
  ({ outDir, code } = await buildIntoTemp());
}, 60_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const LOADER = "var loadTilannekuva_ = function () {\n";

/** Code.js without the body of the function that holds the rest: what every execution evaluates. */
function topLevel(source: string): string {
  const start = source.indexOf(LOADER);
  const end = source.indexOf("\n};\n", start);
  expect(start).toBeGreaterThan(0);
  return source.slice(0, start + LOADER.length) + source.slice(end);
}

function job(regions: number): Job {
  return {
    id: "j1",
    kind: "consolidate",
    month: "2022-09",
    lang: null,
    uiLang: "fi",
    items: Array.from({ length: regions }, (_, i) => ({
      key: String(i + 1).padStart(2, "0"),
      label: `Alue ${i + 1} – hyvinvointialue`,
      url: `https://docs.google.com/spreadsheets/d/alue${i + 1}/edit`,
      editors: [`valmistelija${i + 1}@alue.fi`],
    })),
    next: Math.min(4, regions - 1),
    startedAt: 0,
    executions: 1,
    failures: 0,
  };
}

function nationalSpreadsheet(): {
  env: FakeAppsScript;
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
} {
  const env = createFakeAppsScript();
  return { env, spreadsheet: env.addSpreadsheet("Kansallinen", { active: true }) };
}

describe("the sidebar's poll (sidebarStatus)", () => {
  it("evaluates a few kilobytes of the 330 KB Code.js: the light entry and the stubs", () => {
    const national = code("national");
    expect(Buffer.byteLength(topLevel(national))).toBeLessThan(8 * 1024);
    expect(Buffer.byteLength(national)).toBeGreaterThan(40 * Buffer.byteLength(topLevel(national)));
    // The light entry holds none of zod or the core.
    expect(topLevel(national)).not.toMatch(/ZodError|safeParse|Tiekartta/);
  });

  it("reports a running job without evaluating the rest of the project, for 1 region as for 300", async () => {
    for (const regions of [1, 300]) {
      const { env, spreadsheet } = nationalSpreadsheet();
      new SheetJobStore(spreadsheet).create(job(regions));
      const bundle = loadBundle(code("national"), env);
      const log = await env.log.measure(() => call(env, bundle, "sidebarStatus"));
      expect(await call(env, bundle, "sidebarStatus")).toEqual({
        running: {
          kind: "consolidate",
          month: "2022-09",
          done: Math.min(4, regions - 1),
          total: regions,
          label: regions === 1 ? "Alue 1 – hyvinvointialue" : "Alue 5 – hyvinvointialue",
        },
        last: null,
      });
      expect(log.byMethod()).toEqual({
        "SpreadsheetApp.getActive": 1,
        "Spreadsheet.getSheetByName": 1,
        "Sheet.getLastColumn": 1,
        "Sheet.getRange": 1,
        "Range.getValues": 1,
      });
      expect(bundle["Tilannekuva"]).toBeUndefined();
    }
  });

  it("hands over the outcome of a job that ended in the background, in 4 calls, still without the rest", async () => {
    const { env } = nationalSpreadsheet();
    const outcome = { ok: true, status: "done", message: "Tilannekuva 2022-09 koottu.", issues: [] };
    env.caches.getDocumentCache()!.put(LAST_OUTCOME_KEY, JSON.stringify(outcome), 600);
    const bundle = loadBundle(code("national"), env);
    const log = await env.log.measure(() => call(env, bundle, "sidebarStatus"));
    expect(log.byMethod()).toEqual({
      "SpreadsheetApp.getActive": 1,
      "Spreadsheet.getSheetByName": 1,
      "CacheService.getDocumentCache": 1,
      "Cache.get": 1,
    });
    expect(await call(env, bundle, "sidebarStatus")).toEqual({ running: null, last: outcome });
    expect(bundle["Tilannekuva"]).toBeUndefined();
    // Any other entry point evaluates the rest, once.
    await call(env, bundle, "sidebarOutcome", "none");
    expect(typeof bundle["Tilannekuva"]).toBe("object");
  });

  it("costs a fraction of the time an execution that evaluates the whole project takes", () => {
    // Each run compiles a source V8 has not seen (a new first line), in a new global scope, as a new
    // Apps Script execution would; medians of interleaved runs, so a busy machine slows both alike.
    // Every execution pays V8's pre-parse of the whole file (`parse`: compiled, nothing run); what a
    // poll runs beyond that must be a small part of what an execution evaluating the project runs.
    const { env } = nationalSpreadsheet();
    const run = (i: number, entry: "sidebarStatus" | "tilannekuva_" | null) => {
      const context = vm.createContext({ ...env.globals });
      const started = performance.now();
      const script = new vm.Script(`// execution ${i} ${entry}\n${code("national")}`);
      if (entry) {
        script.runInContext(context);
        (context as Record<string, () => unknown>)[entry]!();
      }
      return performance.now() - started;
    };
    const parse: number[] = [];
    const poll: number[] = [];
    const whole: number[] = [];
    for (let i = 0; i < 7; i++) {
      parse.push(run(i, null));
      poll.push(run(i, "sidebarStatus"));
      whole.push(run(i, "tilannekuva_"));
    }
    const median = (times: number[]) => times.sort((a, b) => a - b)[3]!;
    // On this machine about 19 ms to parse, 1–2 ms more for a poll, 25 ms more for the whole project.
    expect(median(poll) - median(parse)).toBeLessThan((median(whole) - median(parse)) / 4);
  });
});
