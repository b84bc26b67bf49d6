/** A national spreadsheet with 22 listed regions and stand-ins for the core, for the job tests. */
import type { RegionReading, RegionSource, Workbook } from "../src/actions";
import { nationalActions } from "../src/actions";
import type { AppsScriptEnv } from "../src/host/AppsScriptEnv";
import { SheetsWorkbook } from "../src/host/SheetsWorkbook";
import type { JobDeps } from "../src/national/Job";
import type { FakeAppsScript } from "./fakeSpreadsheetApp";
import { createFakeAppsScript } from "./fakeSpreadsheetApp";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const REGIONS = 22;
export const STEP_MS = 20_000;

/** A reading as the core's readRegion returns it, with text a careless store would turn into formulas. */
export function reading(label: string, code: string | null, reporting: boolean): RegionReading {
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

export interface World {
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
export async function world(
  options: {
    failingUrl?: number;
    readRegion?: (source: RegionSource) => Promise<RegionReading>;
    /** Simulated milliseconds each call of writeNationalPicture takes, in order (then none). */
    finishDelays?: number[];
  } = {},
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
      env.clock.advance(options.finishDelays?.shift() ?? 0);
      await target.writeSheets([{ name: "Yhteenveto", cells: [["Tilannekuva"]] }]);
      written.push([...readings]);
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

export function globalsOf(env: FakeAppsScript): AppsScriptEnv {
  const g = env.globals;
  return {
    spreadsheetApp: g.SpreadsheetApp,
    scriptApp: g.ScriptApp,
    htmlService: g.HtmlService,
    lockService: g.LockService,
    cacheService: g.CacheService,
    propertiesService: g.PropertiesService,
    session: g.Session,
    now: () => env.clock.now(),
  };
}
