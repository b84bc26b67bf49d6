/**
 * The national job that creates the regions' spreadsheets, with the real core and the real SheetsWorkbook
 * host on the fake services: as copies of the region template spreadsheet the national settings name
 * (so each comes with the bound region script), or as blank files when no template is given.
 */
import { loadWorkbookContext } from "../../core/actions";
import type { Lang } from "../../core/i18n/lang";
import { coreActions, nationalActions } from "../src/actions";
import { SheetsWorkbook } from "../src/host/SheetsWorkbook";
import type { JobDeps } from "../src/national/Job";
import { continueNationalJob, startNationalJob } from "../src/national/nationalJobs";
import { jobStatus } from "../src/national/runResumable";
import type { Outcome } from "../src/ui/Outcome";
import type { FakeAppsScript } from "./fakeSpreadsheetApp";
import { createFakeAppsScript } from "./fakeSpreadsheetApp";
import { SHEETS_LOCALES } from "./fake/sheetsLocales";
import { langOfLocale, localeOfLang } from "../src/i18n/langOfLocale";
import { globalsOf } from "./jobWorld";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const REGIONS = 22;
const REGION_SHEETS = ["Ohjeet", "Tiekartta", "Asetukset", "Listat"];
const EDITORS = ["valmistelija@itauusimaa.fi", "johtaja@itauusimaa.fi"];
/** A cell of the template's roadmap that the region's own roadmap must replace. */
const STALE = "Vanha tehtävä pohjataulukosta";

/** Rows of a sheet as values (one getDataRange + getValues). */
const rowsOf = (spreadsheet: Spreadsheet, name: string) =>
  spreadsheet.getSheetByName(name)!.getDataRange().getValues();

/** Row (1-based) of the national settings whose hidden key (column E) or code (column A) is `key`. */
function settingsRow(national: Spreadsheet, column: 0 | 4, key: string): number {
  return rowsOf(national, "Asetukset").findIndex((row) => row[column] === key) + 1;
}

interface World {
  env: FakeAppsScript;
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  national: Spreadsheet;
  template: Spreadsheet | null;
  deps(): JobDeps;
}

/**
 * A national spreadsheet set up by the real core (22 regions, editors for region 01) and, with
 * `template`, a region template spreadsheet with the region script bound to it: set up from the
 * template, set to region 05, its blank "Sheet1" deleted and a real first sheet of its own added, and
 * a stale roadmap cell. `templateUrl` is what goes into the settings row (the template's URL by default).
 */
async function world(
  options: { template?: boolean; templateUrl?: string; uiLang?: Lang } = {},
): Promise<World> {
  const env = createFakeAppsScript();
  const app = env.globals.SpreadsheetApp;
  const national = env.addSpreadsheet("Kansallinen", { active: true });
  const nationalBook = new SheetsWorkbook(national, app);
  await nationalActions.setupNational(nationalBook, { lang: "fi" });
  national
    .getSheetByName("Asetukset")!
    .getRange(settingsRow(national, 0, "01"), 4)
    .setValue(`'${EDITORS.join(", ")}`);

  let template: Spreadsheet | null = null;
  if (options.template) {
    template = env.addSpreadsheet("Alueen pohja", { boundScript: "region" });
    const book = new SheetsWorkbook(template, app);
    expect((await coreActions.setupTemplate(book, { lang: "fi" })).ok).toBe(true);
    expect((await coreActions.createRegionWorkbook(book, book, { region: "05" })).ok).toBe(true);
    template.deleteSheet(template.getSheetByName("Sheet1")!);
    template.insertSheet("Lue tämä", 0).getRange("A1").setValue("'Alueen omat ohjeet");
    template.getSheetByName("Tiekartta")!.getRange(5, 2).setValue(`'${STALE}`);
  }
  const templateUrl = options.templateUrl ?? template?.getUrl();
  if (templateUrl) {
    national
      .getSheetByName("Asetukset")!
      .getRange(settingsRow(national, 4, "regionTemplateUrl"), 2)
      .setValue(`'${templateUrl}`);
  }
  const services = globalsOf(env);
  return {
    env,
    app,
    national,
    template,
    deps: () => ({
      env: services,
      spreadsheet: national,
      national: nationalBook,
      actions: nationalActions,
      uiLang: options.uiLang ?? "fi",
      startedAt: env.clock.now(),
    }),
  };
}

/** Runs the job to its end, execution after execution; returns its outcome and how many executions it took. */
async function createRegions(w: World): Promise<{ outcome: Outcome; executions: number }> {
  await w.env.execute("ui", () => startNationalJob(w.deps(), "createRegions", { month: "", lang: null }));
  let executions = 1;
  while (await w.env.fireNextTrigger(() => continueNationalJob(w.deps()))) executions++;
  return { outcome: jobStatus(w.deps()).last!, executions };
}

/** The spreadsheet URLs the national settings list, by region code. */
function listedUrls(national: Spreadsheet): string[] {
  return rowsOf(national, "Asetukset")
    .filter((row) => /^\d\d$/.test(String(row[0])))
    .map((row) => String(row[2]));
}

describe("creating the regions' spreadsheets", () => {
  describe("with a region template spreadsheet in the national settings", () => {
    it("copies the template for every region, bound script included, across executions", async () => {
      const w = await world({ template: true });
      w.env.runtime.latencyMs["Spreadsheet.copy"] = 60_000;
      const before = w.env.spreadsheets().length;

      const { outcome, executions } = await createRegions(w);

      expect(outcome).toMatchObject({
        ok: true,
        status: "done",
        message: "Luotiin 22/22 alueen taulukkoa. Osoitteet ovat Asetukset-välilehdellä.",
      });
      expect(executions).toBe(5);
      const regions = w.env.spreadsheets().slice(before);
      expect(regions).toHaveLength(REGIONS);
      expect(regions.map((r) => w.env.boundScript(r))).toEqual(Array(REGIONS).fill("region"));
      expect(regions[0]!.getName()).toBe("Tilannekuva – Itä-Uudenmaan hyvinvointialue");
      const calls = w.env.log.byMethod();
      expect(calls["Spreadsheet.copy"]).toBe(REGIONS);
      expect(calls["SpreadsheetApp.create"]).toBeUndefined();
      // The template is opened once per execution, not once per region.
      expect(calls["SpreadsheetApp.openByUrl"]).toBe(executions);
      expect(listedUrls(w.national)).toEqual(regions.map((r) => r.getUrl()));
      expect(w.env.triggers).toEqual([]);
    }, 30_000);

    it("makes each copy the region's workbook, keeps the template's own sheets, and shares it", async () => {
      const w = await world({ template: true });
      const before = w.env.spreadsheets().length;
      await createRegions(w);
      const regions = w.env.spreadsheets().slice(before);

      const first = regions[0]!;
      expect(first.getSheets().map((s) => s.getName())).toEqual(["Lue tämä", ...REGION_SHEETS]);
      expect(w.env.inspect(first, "Lue tämä", "A1")).toEqual({ value: "Alueen omat ohjeet" });
      expect(first.getEditors().map((u) => u.getEmail())).toEqual(["analyst@example.fi", ...EDITORS]);
      expect(regions[1]!.getEditors().map((u) => u.getEmail())).toEqual(["analyst@example.fi"]);
      expect(first.getSpreadsheetLocale()).toBe("fi_FI");
      expect(first.getSpreadsheetTimeZone()).toBe("Europe/Helsinki");

      const codes = rowsOf(w.national, "Asetukset")
        .filter((row) => /^\d\d$/.test(String(row[0])))
        .map((row) => String(row[0]));
      for (const [i, region] of regions.entries()) {
        const context = await loadWorkbookContext(new SheetsWorkbook(region, w.app));
        expect(context.settings).toMatchObject({ role: "region", region: codes[i] });
      }
      // The roadmap is the national one, not the template's.
      expect(rowsOf(w.template!, "Tiekartta").flat()).toContain(STALE);
      const roadmap = rowsOf(first, "Tiekartta");
      expect(roadmap).toEqual(rowsOf(w.national, "Tiekartta"));
      expect(roadmap.flat()).not.toContain(STALE);
      // The template's protections were replaced, not piled up.
      expect(w.env.sheet(w.template!, "Listat")._protections.length).toBeGreaterThan(0);
      for (const name of REGION_SHEETS) {
        expect(w.env.sheet(first, name)._protections).toHaveLength(
          w.env.sheet(w.template!, name)._protections.length,
        );
      }
      // The template itself is untouched.
      expect(w.template!.getSheets().map((s) => s.getName())).toEqual(["Lue tämä", ...REGION_SHEETS]);
      expect((await loadWorkbookContext(new SheetsWorkbook(w.template!, w.app))).settings?.region).toBe("05");
      expect(w.template!.getEditors().map((u) => u.getEmail())).toEqual(["analyst@example.fi"]);
    }, 30_000);

    it("fails every region in words, creates nothing and records no URL when the template cannot be opened", async () => {
      const w = await world({ templateUrl: "https://docs.google.com/spreadsheets/d/ei-ole/edit" });
      const before = w.env.spreadsheets().length;

      const { outcome } = await createRegions(w);

      const reason =
        "Alueiden pohjataulukkoa ei voitu kopioida (Asetukset-välilehden rivi ”Alueiden pohjataulukko (Google Sheets)”). " +
        "Taulukkoa ei voitu avata: sinulla ei ole siihen oikeutta tai osoite on väärä. " +
        "Tarkista osoite, tai tyhjennä rivi, jolloin taulukot luodaan tyhjinä ilman Tilannekuva-valikkoa.";
      expect(outcome).toMatchObject({
        ok: false,
        status: "done",
        message: "Luotiin 0/22 alueen taulukkoa. Osoitteet ovat Asetukset-välilehdellä.",
      });
      expect(outcome.details).toHaveLength(REGIONS);
      expect(outcome.details[0]).toBe(`Itä-Uudenmaan hyvinvointialue: ${reason}`);
      expect(outcome.details.every((d) => d.endsWith(`: ${reason}`))).toBe(true);
      expect(w.env.spreadsheets()).toHaveLength(before);
      expect(listedUrls(w.national)).toEqual(Array(REGIONS).fill(""));
      expect(w.env.triggers).toEqual([]);
    }, 30_000);

    it("says so in the user's language when the template is not shared with them", async () => {
      const w = await world({ template: true, uiLang: "en" });
      w.env.failToOpen(w.template!.getUrl());
      const { outcome } = await createRegions(w);
      expect(outcome.details[0]).toBe(
        "Itä-Uudenmaan hyvinvointialue: The region template spreadsheet could not be copied " +
          "(the row “Region template spreadsheet (Google Sheets)” on the Settings sheet). " +
          "The spreadsheet could not be opened: you have no access to it, or the URL is wrong. " +
          "Check the URL, or empty the row to have blank spreadsheets created, without the Tilannekuva menu.",
      );
      expect(outcome.ok).toBe(false);
    }, 30_000);

    it("fails only the region whose copy failed; running the job again creates just that one", async () => {
      const w = await world({ template: true });
      w.env.failNext("Spreadsheet.copy", "Service Spreadsheets failed while accessing document with id 1x.");
      const before = w.env.spreadsheets().length;

      const { outcome } = await createRegions(w);
      expect(outcome.message).toBe("Luotiin 21/22 alueen taulukkoa. Osoitteet ovat Asetukset-välilehdellä.");
      expect(outcome.details[0]).toMatch(
        /^Itä-Uudenmaan hyvinvointialue: Alueiden pohjataulukkoa ei voitu kopioida .* Google Sheets ei vastannut ajoissa/,
      );
      expect(listedUrls(w.national)[0]).toBe("");

      const again = await createRegions(w);
      expect(again.outcome.message).toBe(
        "Luotiin 1/1 alueen taulukkoa. Osoitteet ovat Asetukset-välilehdellä.",
      );
      const regions = w.env.spreadsheets().slice(before);
      expect(regions).toHaveLength(REGIONS);
      expect(listedUrls(w.national)).toEqual(
        [regions.at(-1)!, ...regions.slice(0, -1)].map((r) => r.getUrl()),
      );
      expect(w.env.boundScript(regions.at(-1)!)).toBe("region");
    }, 30_000);
  });

  describe("without a region template spreadsheet", () => {
    it("creates blank spreadsheets (no script), deletes their leftover first sheet, shares them and records the URLs", async () => {
      const w = await world();
      const before = w.env.spreadsheets().length;

      const { outcome } = await createRegions(w);

      expect(outcome).toMatchObject({ ok: true, status: "done" });
      const regions = w.env.spreadsheets().slice(before);
      expect(regions).toHaveLength(REGIONS);
      expect(regions.map((r) => w.env.boundScript(r))).toEqual(Array(REGIONS).fill(null));
      const calls = w.env.log.byMethod();
      expect(calls["SpreadsheetApp.create"]).toBe(REGIONS);
      expect(calls["Spreadsheet.copy"]).toBeUndefined();
      expect(calls["SpreadsheetApp.openByUrl"]).toBeUndefined();
      expect(regions[0]!.getSheets().map((s) => s.getName())).toEqual(REGION_SHEETS);
      expect(regions[0]!.getEditors().map((u) => u.getEmail())).toEqual(["analyst@example.fi", ...EDITORS]);
      expect((await loadWorkbookContext(new SheetsWorkbook(regions[0]!, w.app))).settings?.region).toBe("01");
      expect(listedUrls(w.national)).toEqual(regions.map((r) => r.getUrl()));
    }, 30_000);
  });

  describe("a region whose steps did not all succeed", () => {
    it("is not listed until every step succeeded; the next run finishes the same file and shares it", async () => {
      const w = await world();
      const before = w.env.spreadsheets().length;
      // Region 01 is the one with editors: sharing it is refused once, as a domain policy would.
      w.env.failNext(
        "Spreadsheet.addEditors",
        "Sharing outside of your domain is not allowed by the administrator.",
      );

      const first = await createRegions(w);
      expect(first.outcome.message).toBe(
        "Luotiin 21/22 alueen taulukkoa. Osoitteet ovat Asetukset-välilehdellä.",
      );
      expect(first.outcome.details[0]).toMatch(
        /^Itä-Uudenmaan hyvinvointialue: .*Sharing outside of your domain.* aja toiminto uudelleen, niin se viimeistellään\. https:/,
      );
      expect(listedUrls(w.national)[0]).toBe("");
      const made = w.env.spreadsheets().slice(before);
      expect(made).toHaveLength(REGIONS);

      const again = await createRegions(w);
      expect(again.outcome).toMatchObject({
        ok: true,
        message: "Luotiin 1/1 alueen taulukkoa. Osoitteet ovat Asetukset-välilehdellä.",
      });
      // No second file: the first one is finished, shared and listed.
      expect(w.env.spreadsheets().slice(before)).toHaveLength(REGIONS);
      expect(listedUrls(w.national)[0]).toBe(made[0]!.getUrl());
      expect(made[0]!.getEditors().map((u) => u.getEmail())).toEqual(["analyst@example.fi", ...EDITORS]);
      expect(made[0]!.getSheets().map((s) => s.getName())).toEqual(REGION_SHEETS);
    }, 30_000);
  });

  describe("locales", () => {
    it("gives each language a locale Sheets lists: fi_FI, sv_SE (there is no sv_FI), en_GB", () => {
      const locales = (["fi", "sv", "en"] as const).map(localeOfLang);
      expect(locales).toEqual(["fi_FI", "sv_SE", "en_GB"]);
      expect(locales.filter((l) => !SHEETS_LOCALES.has(l))).toEqual([]);
      expect(locales.map(langOfLocale)).toEqual(["fi", "sv", "en"]);
    });

    it("creates Swedish region spreadsheets in the sv_SE locale", async () => {
      const w = await world();
      await w.env.execute("ui", () => startNationalJob(w.deps(), "createRegions", { month: "", lang: "sv" }));
      while (await w.env.fireNextTrigger(() => continueNationalJob(w.deps())));
      const regions = listedUrls(w.national).map((url) => w.app.openByUrl(url));
      expect(regions).toHaveLength(REGIONS);
      expect(new Set(regions.map((r) => r.getSpreadsheetLocale()))).toEqual(new Set(["sv_SE"]));
    }, 30_000);
  });
});
