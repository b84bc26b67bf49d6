import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildProjects } from "../scripts/build";
import { claspCommand, DEPLOY_DIR, writeClaspJson } from "../scripts/push";
import type { Bundle } from "./bundleHarness";
import { buildIntoTemp, call, loadBundle, loadSidebar } from "./bundleHarness";
import type { FakeAppsScript } from "./fakeSpreadsheetApp";
import { createFakeAppsScript } from "./fakeSpreadsheetApp";
import { formatDayFi } from "../../core/_lib/day";
import { CHANGED, REVISED } from "../../test/roadmap/_support/revision";

const APPS_SCRIPT = resolve(__dirname, "..");

const REGION_GLOBALS = [
  "onOpen",
  "onInstall",
  "showTilannekuvaSidebar",
  "sidebarRun",
  "sidebarOutcome",
  "menuSetupTemplate",
  "menuCreateMonthSheet",
  "menuValidateMonth",
  "menuGenerateChecklists",
  "menuUpdateRoadmap",
];
const NATIONAL_GLOBALS = [
  "onOpen",
  "onInstall",
  "showTilannekuvaSidebar",
  "sidebarRun",
  "sidebarOutcome",
  "menuSetupNational",
  "menuConsolidate",
  "menuRollMonth",
  "menuCreateRegionSpreadsheets",
  "menuUpdateRoadmap",
  "menuPushRoadmap",
  "menuStopJob",
  "continueTilannekuvaJob",
  // The light entry's (src/poll.ts), declared after the others.
  "sidebarStatus",
];

let code: (project: string) => string;

beforeAll(async () => {
  ({ code } = await buildIntoTemp());
}, 60_000);

function region(locale = "fi_FI"): {
  env: FakeAppsScript;
  bundle: Bundle;
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
} {
  const env = createFakeAppsScript({
    htmlFiles: { Sidebar: readFileSync(join(APPS_SCRIPT, "src", "sidebar", "Sidebar.html"), "utf8") },
  });
  const spreadsheet = env.addSpreadsheet("Alueen seuranta", { active: true, locale });
  return { env, spreadsheet, bundle: loadBundle(code("region"), env) };
}

function national(locale = "fi_FI") {
  const env = createFakeAppsScript({
    htmlFiles: { Sidebar: readFileSync(join(APPS_SCRIPT, "src", "sidebar", "Sidebar.html"), "utf8") },
  });
  const spreadsheet = env.addSpreadsheet("Kansallinen tilannekuva", { active: true, locale });
  return { env, spreadsheet, bundle: loadBundle(code("national"), env) };
}

const lastAlert = (env: FakeAppsScript) => env.ui.alerts.at(-1)?.prompt ?? "";

/** The revised roadmap (version 1.1) pasted on an "Uusi tiekartta" sheet, as the letter's attachment. */
function pasteRevision(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const rows = [
    ["Versio", "1.1", "", "", "", ""],
    ["Tunnus", "Valmisteluryhmä", "Osatehtävä", "Alkaa", "Päättyy", "Kriittinen"],
    ...REVISED.map((t) => [
      t.id,
      t.group ?? "",
      t.subtask,
      t.start ? formatDayFi(t.start) : "",
      t.end ? formatDayFi(t.end) : "",
      t.critical ? "Kyllä" : "Ei",
    ]),
  ];
  spreadsheet.insertSheet("Uusi tiekartta").getRange(1, 1, rows.length, 6).setValues(rows);
}

describe("Code.js, the built bundle", () => {
  describe("shape", () => {
    it.each([
      ["region", REGION_GLOBALS],
      ["national", NATIONAL_GLOBALS],
    ])(
      "the %s bundle has no import or export and declares its entry points as top-level functions",
      (project, globals) => {
        const source = code(project);
        expect(source).not.toMatch(/^\s*(import|export)\b/m);
        expect([...source.matchAll(/^function (\w+)\(\) \{$/gm)].map((m) => m[1])).toEqual(globals);
        const { env } = region();
        const bundle = loadBundle(source, env);
        expect(globals.filter((name) => typeof bundle[name] !== "function")).toEqual([]);
      },
    );

    it("is minified and stays under 400 KB, since Apps Script reads it on every execution", () => {
      const sizes = ["region", "national"].map((project) => Buffer.byteLength(code(project), "utf8"));
      // 896 KB and 917 KB before minifying; 590 KB and 627 KB minified while zod was imported as the
      // `z` object (`import { z }`), which carries every zod locale: `import * as z` lets esbuild
      // keep only what the schemas use (about 290 KB and 330 KB).
      expect(sizes.every((bytes) => bytes < 400 * 1024)).toBe(true);
      expect(code("region").split("\n").length).toBeLessThan(1000);
    });

    it("leaves the national code out of the region bundle, so it calls nothing its two scopes do not allow", () => {
      const national = [
        "openByUrl",
        "newTrigger",
        "getProjectTriggers",
        "addEditors",
        "setSpreadsheetLocale",
      ];
      const forbidden = ["openById", "UrlFetchApp", "DriveApp", "GmailApp", "MailApp"];
      expect(national.filter((name) => code("region").includes(name))).toEqual([]);
      expect(
        forbidden.filter((name) => code("region").includes(name) || code("national").includes(name)),
      ).toEqual([]);
      expect(national.filter((name) => !code("national").includes(name))).toEqual([]);
    });
  });

  describe("onOpen", () => {
    it("adds the Tilannekuva menu, in Finnish, whose items all name functions of the bundle", async () => {
      const { env, bundle } = region();
      await call(env, bundle, "onOpen", { authMode: "LIMITED" });
      expect(env.ui.menus).toEqual([
        {
          title: "Tilannekuva",
          items: [
            { caption: "Avaa Tilannekuva", functionName: "showTilannekuvaSidebar" },
            { separator: true },
            { caption: "Luo kuukauden välilehti", functionName: "menuCreateMonthSheet" },
            { caption: "Tarkista kuukauden välilehti", functionName: "menuValidateMonth" },
            { caption: "Luo 100+100-tarkistuslistat", functionName: "menuGenerateChecklists" },
            { separator: true },
            { caption: "Ota pohja käyttöön", functionName: "menuSetupTemplate" },
            { caption: "Päivitä tiekartta", functionName: "menuUpdateRoadmap" },
          ],
        },
      ]);
    });

    it("speaks the spreadsheet's locale (sv, en), or the user's when it cannot read the spreadsheet", async () => {
      const sv = national("sv_SE");
      await call(sv.env, sv.bundle, "onOpen", {});
      const en = region("en_GB");
      await call(en.env, en.bundle, "onOpen", {});
      const none = region("de_DE");
      none.env.setActive(null);
      none.env.setUserLocale("sv");
      await call(none.env, none.bundle, "onOpen", {});
      const captions = (env: FakeAppsScript) =>
        env.ui.menus[0]!.items.flatMap((i) => ("caption" in i ? [i.caption] : []));
      expect(captions(sv.env)).toEqual([
        "Öppna Tilannekuva",
        "Sammanställ lägesbilden",
        "Skapa månadsfliken för alla områden",
        "Skapa områdenas arbetsböcker",
        "Uppdatera färdplanen",
        "Uppdatera färdplanen för alla områden",
        "Ta den nationella arbetsboken i bruk",
        "Avbryt",
      ]);
      expect(captions(en.env)[1]).toBe("Create the month sheet");
      expect(captions(none.env)[1]).toBe("Skapa månadsfliken");
      expect(
        [sv, en, none].every(({ env, bundle }) =>
          env.ui.menus[0]!.items.every(
            (i) => !("functionName" in i) || typeof bundle[i.functionName] === "function",
          ),
        ),
      ).toBe(true);
    });

    it("costs a constant few service calls (onOpen runs on every opening)", async () => {
      const { env, bundle } = region();
      const log = await env.log.measure(() => call(env, bundle, "onOpen", {}));
      expect(log.byMethod()).toEqual({
        "Menu.addItem": 6,
        "Menu.addSeparator": 2,
        "Menu.addToUi": 1,
        "Spreadsheet.getSpreadsheetLocale": 1,
        "SpreadsheetApp.getActive": 1,
        "SpreadsheetApp.getUi": 1,
        "Ui.createMenu": 1,
      });
    });
  });

  describe("region project, every menu handler end to end", () => {
    it("applies a roadmap revision pasted on the Uusi tiekartta sheet (Päivitä tiekartta)", async () => {
      const { env, bundle, spreadsheet } = region();
      await call(env, bundle, "menuSetupTemplate");
      await call(env, bundle, "sidebarRun", { action: "setRegion", region: "05" });
      await call(env, bundle, "menuCreateMonthSheet");
      await call(env, bundle, "menuUpdateRoadmap");
      expect(lastAlert(env)).toContain("Uusi tiekartta");
      pasteRevision(spreadsheet);
      await call(env, bundle, "menuUpdateRoadmap");
      expect(lastAlert(env)).toContain(
        "Tiekartta päivitettiin versioon 1.1: 2 uutta ja 2 poistunutta tehtävää",
      );
      const month = spreadsheet.getSheetByName("2022-09")!.getDataRange().getValues();
      expect(month.some((row) => row[0] === CHANGED.added[0])).toBe(true);
    });

    it("sets up the template, the region, this month's sheet, checks it and makes the checklists", async () => {
      const { env, bundle, spreadsheet } = region();
      await call(env, bundle, "menuSetupTemplate");
      expect(lastAlert(env)).toBe("Pohja on valmis: Ohjeet, Tiekartta, Asetukset, Listat.");

      await call(env, bundle, "menuValidateMonth");
      expect(lastAlert(env)).toBe(
        "Tämä työkirja ei ole alueen työkirja: asetuksista puuttuu alue. Luo ensin alueen työkirja.",
      );

      const set = await call(env, bundle, "sidebarRun", { action: "setRegion", region: "05" });
      expect(set).toMatchObject({
        ok: true,
        message: "Työkirja on valmis: Varsinais-Suomen hyvinvointialue.",
      });

      // The data month is last month (3.10.2022 → 2022-09), as in the Excel pane.
      await call(env, bundle, "menuCreateMonthSheet");
      expect(lastAlert(env)).toBe(
        "Välilehti 2022-09 luotiin. Aiempaa kuukautta ei ollut; kaikki tehtävät alkavat tilasta Ei aloitettu.",
      );
      await call(env, bundle, "menuValidateMonth");
      expect(lastAlert(env)).toBe("Välilehti 2022-09 tarkistettu: 0 virhettä, 0 varoitusta.");
      await call(env, bundle, "menuGenerateChecklists");
      expect(lastAlert(env)).toBe("Tarkistuslistat luotiin: Viimeiset 100, Ensimmäiset 100.");

      expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual([
        "Sheet1",
        "Ohjeet",
        "Tiekartta",
        "Asetukset",
        "Listat",
        "2022-09",
        "2022-09 arvio",
        "Viimeiset 100",
        "Ensimmäiset 100",
      ]);
    }, 30_000);

    it("shows a failure of Google's services in words, in a dialog", async () => {
      const { env, bundle } = region();
      env.failNext("Range.setValues", "Service Spreadsheets failed while accessing document with id 1x.");
      await call(env, bundle, "menuSetupTemplate");
      expect(lastAlert(env)).toBe(
        "Google Sheets ei vastannut ajoissa tai käyttöraja tuli vastaan. Yritä hetken kuluttua uudelleen.",
      );
      env.failNext(
        "Sheet.clear",
        "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.",
      );
      await call(env, bundle, "menuSetupTemplate");
      expect(lastAlert(env)).toMatch(/^Välilehti on suojattu/);
    });
  });

  describe("national project, end to end", () => {
    it("sets up, creates and shares 22 region spreadsheets across executions, rolls the month over and consolidates", async () => {
      const { env, bundle, spreadsheet } = national();
      await call(env, bundle, "menuSetupNational");
      expect(lastAlert(env)).toBe("Pohja on valmis: Ohjeet, Tiekartta, Asetukset, Listat.");
      const settings = spreadsheet.getSheetByName("Asetukset")!;
      const codes = settings
        .getDataRange()
        .getValues()
        .map((row) => row[0]);
      settings
        .getRange(codes.indexOf("01") + 1, 4)
        .setValue("'valmistelija@itauusimaa.fi, johtaja@itauusimaa.fi");

      env.runtime.latencyMs["SpreadsheetApp.create"] = 30_000;
      await call(env, bundle, "menuCreateRegionSpreadsheets");
      expect(lastAlert(env)).toMatch(/^10\/22 aluetta käsitelty\. Ajo jatkuu itsestään taustalla/);
      let executions = 1;
      while (await env.fireNextTrigger((handler) => bundle[handler]!())) executions++;
      expect(executions).toBe(3);
      const regions = env.spreadsheets().slice(1);
      expect(regions).toHaveLength(22);
      expect(regions[0]!.getName()).toBe("Tilannekuva – Itä-Uudenmaan hyvinvointialue");
      expect(regions[0]!.getEditors().map((u) => u.getEmail())).toEqual([
        "analyst@example.fi",
        "valmistelija@itauusimaa.fi",
        "johtaja@itauusimaa.fi",
      ]);
      expect(regions[0]!.getSheets().map((s) => s.getName())).toEqual([
        "Ohjeet",
        "Tiekartta",
        "Asetukset",
        "Listat",
      ]);
      const listed = settings
        .getDataRange()
        .getValues()
        .filter((row) => /^\d\d$/.test(String(row[0])));
      expect(listed.map((row) => row[2])).toEqual(regions.map((r) => r.getUrl()));

      env.runtime.latencyMs["SpreadsheetApp.create"] = 0;
      await call(env, bundle, "menuRollMonth");
      expect(lastAlert(env)).toMatch(/^Välilehti 2022-09: 22\/22 alueen taulukko käsitelty\./);

      const outcome = await call(env, bundle, "sidebarRun", { action: "consolidate", month: "2022-09" });
      expect(outcome).toMatchObject({
        ok: true,
        status: "done",
        message: expect.stringMatching(/^Tilannekuva 2022-09 koottu: 22\/22 aluetta raportoi/),
      });
      expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(
        expect.arrayContaining([
          "Yhteenveto",
          "Valmisteluryhmät",
          "Myöhässä",
          "Riskit",
          "Tarkistukset",
          "Historia",
        ]),
      );
      expect(env.toasts.map((t) => t.message)).toContain("Alue 5/22 … Varsinais-Suomen hyvinvointialue");
      expect(env.triggers).toEqual([]);

      // Issue #10: the discussion brief and the data for analysts, each in a dialog to download.
      const brief = await call(env, bundle, "sidebarRun", { action: "brief", month: "2022-09" });
      expect(brief).toMatchObject({
        ok: true,
        message: "Keskustelumuistio 2022-09: 22 aluetta, sivu kullekin.",
      });
      const briefDialog = env.ui.dialogs.at(-1)!;
      expect(briefDialog).toMatchObject({ title: "Keskustelumuistio", width: 900, height: 640 });
      const link =
        /<a href="data:text\/html;charset=utf-8,([^"]*)" download="keskustelumuistio-2022-09\.html">/.exec(
          briefDialog.html,
        );
      const briefHtml = decodeURIComponent(
        link![1]!.replace(/&#(\d+);/g, (_, c: string) => String.fromCharCode(+c)),
      );
      expect(briefHtml.match(/<section class="page"/g)).toHaveLength(22);
      expect(briefDialog.html).toContain('<iframe sandbox="" title="Esikatselu" srcdoc="');

      const csv = await call(env, bundle, "sidebarRun", { action: "longCsv" });
      expect(csv).toMatchObject({ ok: true, message: expect.stringContaining("kuukaudet 2022-09") });
      const csvDialog = env.ui.dialogs.at(-1)!;
      expect(csvDialog.title).toBe("Aineisto analyyseihin (CSV)");
      const csvHref =
        /href="data:text\/csv;charset=utf-8,([^"]*)" download="tilannekuva-aineisto-2022-09\.csv"/.exec(
          csvDialog.html,
        )![1]!;
      // The byte-order mark travels percent-encoded as UTF-8, so the downloaded file starts EF BB BF.
      expect(csvHref.startsWith("%EF%BB%BFmonth%2Cregion%2C")).toBe(true);
      expect(csvDialog.html).not.toContain("<iframe");

      // A revision: applied to the national workbook from its "Uusi tiekartta" sheet, then pushed.
      pasteRevision(spreadsheet);
      await call(env, bundle, "menuUpdateRoadmap");
      expect(lastAlert(env)).toContain(
        "Tiekartta päivitettiin versioon 1.1: 2 uutta ja 2 poistunutta tehtävää",
      );
      expect(
        spreadsheet.getSheetByName("Tiekartan versiot")!.getDataRange().getValues()[3]!.slice(0, 3),
      ).toEqual(["2022-10", "1.0", "1.1"]);
      await call(env, bundle, "menuPushRoadmap");
      while (await env.fireNextTrigger((handler) => bundle[handler]!()));
      expect(env.toasts.at(-1)?.message).toBe("Tiekartta 1.1: 22/22 alueen taulukko päivitetty.");
      const regionSettings = regions[4]!.getSheetByName("Asetukset")!.getDataRange().getValues();
      expect(regionSettings.some((row) => row.includes("1.1"))).toBe(true);
      const regionMonth = regions[4]!.getSheetByName("2022-09")!.getDataRange().getValues();
      expect(regionMonth.some((row) => row[0] === CHANGED.added[0])).toBe(true);
    }, 60_000);

    it("creates the regions' spreadsheets as copies of the region template, so they carry the region script", async () => {
      const { env, bundle, spreadsheet } = national();
      const template = env.addSpreadsheet("Alueen pohja", { active: true, boundScript: "region" });
      await call(env, loadBundle(code("region"), env), "menuSetupTemplate");
      template.deleteSheet(template.getSheetByName("Sheet1")!);
      env.setActive(spreadsheet);
      await call(env, bundle, "menuSetupNational");
      const settings = spreadsheet.getSheetByName("Asetukset")!;
      const keys = settings
        .getDataRange()
        .getValues()
        .map((row) => row[4]);
      expect(settings.getRange(keys.indexOf("regionTemplateUrl") + 1, 1).getValue()).toBe(
        "Alueiden pohjataulukko (Google Sheets)",
      );
      settings.getRange(keys.indexOf("regionTemplateUrl") + 1, 2).setValue(template.getUrl());

      await call(env, bundle, "menuCreateRegionSpreadsheets");
      while (await env.fireNextTrigger((handler) => bundle[handler]!()));
      expect(lastAlert(env)).toMatch(/^Luotiin 22\/22 alueen taulukkoa\./);
      const regions = env.spreadsheets().slice(2);
      expect(regions).toHaveLength(22);
      expect(regions.every((r) => env.boundScript(r) === "region")).toBe(true);
      expect(regions[0]!.getSheets().map((s) => s.getName())).toEqual([
        "Ohjeet",
        "Tiekartta",
        "Asetukset",
        "Listat",
      ]);
      expect(env.log.byMethod()["SpreadsheetApp.create"]).toBeUndefined();
    }, 60_000);

    it("says in words what is missing when the settings list no region spreadsheets", async () => {
      const { env, bundle } = national();
      await call(env, bundle, "menuConsolidate");
      expect(lastAlert(env)).toBe(
        "Asetukset-välilehdellä ei ole yhtään aluetta, jolla on taulukon osoite. Luo ensin alueiden taulukot tai kirjoita osoitteet.",
      );
      await call(env, bundle, "menuStopJob");
      expect(lastAlert(env)).toBe("Mikään ajo ei ole käynnissä.");
    });
  });

  describe("sidebar", () => {
    async function openSidebar(
      setup: ReturnType<typeof region>,
      server?: (name: string, args: unknown[]) => Promise<unknown> | undefined,
    ) {
      await call(setup.env, setup.bundle, "showTilannekuvaSidebar");
      const html = setup.env.ui.sidebars.at(-1)!.html;
      const sidebar = loadSidebar(
        html,
        (name, args) => server?.(name, args) ?? call(setup.env, setup.bundle, name, ...args),
      );
      await sidebar.idle();
      return { html, sidebar };
    }

    it("has a Päivitä tiekartta button in both projects, and the national one pushes to the regions", async () => {
      const { sidebar: regional } = await openSidebar(region());
      expect(regional.button("Päivitä tiekartta")).toBeTruthy();
      const { sidebar } = await openSidebar(national());
      expect(sidebar.button("Päivitä tiekartta")).toBeTruthy();
      sidebar.button("Päivitä tiekartta kaikille alueille").click();
      await sidebar.idle();
      expect(sidebar.calls.at(-1)).toEqual({
        name: "sidebarRun",
        args: [expect.objectContaining({ action: "pushRoadmap" })],
      });
      expect(sidebar.alert()).toMatch(/^Kansallisessa työkirjassa ei ole tiekarttaa\./);
    });

    it("is one self-contained page with its language and the bootstrap filled in", async () => {
      const { html } = await openSidebar(region("sv_SE"));
      expect(html).toMatch(/^<!doctype html>\n<html lang="sv">/i);
      expect(html).toContain(
        'var BOOT = {"project":"region","lang":"sv","months":{"current":"2022-10","previous":"2022-09","data":"2022-09"},"actions":{"fi":{"createMonthSheet":"Luo kuukauden välilehti",',
      );
      expect(html).not.toMatch(/<script src|<link |https?:\/\/(?!www\.w3)/);
    });

    it("runs an action from its button and shows the core's message; a language chosen relabels it and travels along", async () => {
      const setup = region();
      const { sidebar } = await openSidebar(setup);
      sidebar.button("Ota pohja käyttöön").click();
      await sidebar.idle();
      expect(sidebar.status()).toBe("Pohja on valmis: Ohjeet, Tiekartta, Asetukset, Listat.");

      const lang = sidebar.document.getElementById("lang")!;
      lang.value = "sv";
      lang.dispatch("change");
      sidebar.button("Ange området i detta kalkylark").click();
      await sidebar.idle();
      expect(sidebar.calls.at(-1)).toEqual({
        name: "sidebarRun",
        args: [expect.objectContaining({ action: "setRegion", region: "01", lang: "sv" })],
      });
      expect(sidebar.status()).toBe("Arbetsboken är klar: Östra Nylands välfärdsområde.");
      expect(sidebar.document.documentElement.getAttribute("lang")).toBe("sv");
    });

    it("shows every failure in words: a server error, missing permission, a lost answer, a missing month", async () => {
      const setup = region();
      let mode = "error";
      const { sidebar } = await openSidebar(setup, async (name) => {
        if (name === "sidebarRun" && mode === "error")
          throw new Error("Exception: Service Spreadsheets timed out while accessing document");
        if (name === "sidebarRun" && mode === "auth")
          throw new Error("Authorization is required to perform that action.");
        if (name === "sidebarRun" && mode === "lost") return null;
        if (name === "sidebarOutcome") return null;
        return undefined;
      });
      sidebar.button("Luo kuukauden välilehti").click();
      await sidebar.idle();
      expect(sidebar.alert()).toBe(
        "Toiminto epäonnistui: Service Spreadsheets timed out while accessing document",
      );

      mode = "auth";
      sidebar.button("Luo kuukauden välilehti").click();
      await sidebar.idle();
      expect(sidebar.alert()).toMatch(/^Tilannekuva tarvitsee ensin käyttöoikeutesi\./);

      mode = "lost";
      sidebar.button("Tarkista kuukauden välilehti").click();
      await sidebar.advance(120_000);
      expect(sidebar.alert()).toBe(
        "Yhteys katkesi ennen kuin tulos saatiin. Tarkista tilanne taulukosta tai yritä uudelleen.",
      );
      expect(sidebar.calls.filter((c) => c.name === "sidebarOutcome")).toHaveLength(31);

      sidebar.document.getElementById("month")!.value = "";
      sidebar.button("Luo kuukauden välilehti").click();
      expect(sidebar.alert()).toBe("Valitse kuukausi.");
    });

    it("fetches the outcome when google.script.run hands over no value (an async server function)", async () => {
      const setup = region();
      let runs = 0;
      const { sidebar } = await openSidebar(setup, (name, args) =>
        name === "sidebarRun"
          ? call(setup.env, setup.bundle, name, ...args).then(() => (runs++, undefined))
          : undefined,
      );
      sidebar.button("Ota pohja käyttöön").click();
      await sidebar.idle();
      expect([runs, sidebar.calls.map((c) => c.name)]).toEqual([1, ["sidebarRun", "sidebarOutcome"]]);
      expect(sidebar.status()).toBe("Pohja on valmis: Ohjeet, Tiekartta, Asetukset, Listat.");
    });

    it("offers the discussion brief for the chosen month and the CSV in the national sidebar", async () => {
      const setup = national();
      const done = {
        ok: true,
        status: "done",
        message: "",
        issues: [],
        issueCount: 0,
        details: [],
        sheets: [],
      };
      const { sidebar } = await openSidebar(setup, (name) =>
        name === "sidebarRun" ? Promise.resolve(done) : undefined,
      );
      sidebar.document.getElementById("briefMonth")!.value = "2022-08";
      sidebar.button("Keskustelumuistio").click();
      expect(sidebar.calls.at(-1)).toEqual({
        name: "sidebarRun",
        args: [expect.objectContaining({ action: "brief", month: "2022-08" })],
      });
      await sidebar.idle();
      sidebar.button("Aineisto analyyseihin (CSV)").click();
      expect(sidebar.calls.at(-1)).toEqual({
        name: "sidebarRun",
        args: [expect.objectContaining({ action: "longCsv" })],
      });
    });

    it("shows a national job's progress as “Alue 5/22 …” while it runs", async () => {
      const setup = national();
      let release: () => void = () => undefined;
      const { sidebar } = await openSidebar(setup, (name) => {
        if (name === "sidebarStatus")
          return Promise.resolve({
            running: {
              kind: "consolidate",
              month: "2022-09",
              done: 4,
              total: 22,
              label: "Varsinais-Suomen hyvinvointialue",
            },
            last: null,
          });
        if (name === "sidebarRun")
          return new Promise(
            (resolve) =>
              (release = () =>
                resolve({
                  ok: true,
                  status: "done",
                  message: "Valmis.",
                  issues: [],
                  issueCount: 0,
                  details: [],
                  sheets: [],
                })),
          );
        return undefined;
      });
      sidebar.button("Kokoa tilannekuva").click();
      await sidebar.advance(2_000);
      expect(sidebar.status()).toBe("Alue 5/22 … Varsinais-Suomen hyvinvointialue");
      expect(sidebar.button("Kokoa tilannekuva").disabled).toBe(true);
      expect(sidebar.button("Keskeytä").disabled).toBe(false);
      release();
      await sidebar.idle();
      expect(sidebar.status()).toBe("Valmis.");
    });

    it("follows a national job that continues in the background until its outcome arrives", async () => {
      const setup = national();
      const { env, bundle } = setup;
      await call(env, bundle, "menuSetupNational");
      await call(env, bundle, "menuCreateRegionSpreadsheets");
      env.runtime.latencyMs["SpreadsheetApp.openByUrl"] = 30_000;
      const { sidebar } = await openSidebar(setup);

      sidebar.button("Kokoa tilannekuva").click();
      await sidebar.idle();
      expect(sidebar.status()).toBe(
        "10/22 aluetta käsitelty. Ajo jatkuu itsestään taustalla noin minuutin kuluttua; voit sulkea paneelin.\nAjo jatkuu taustalla. Tämä näkymä päivittyy itsestään.",
      );
      await sidebar.advance(10_000);
      expect(sidebar.status()).toBe(
        "Alue 11/22 … Etelä-Karjalan hyvinvointialue\nAjo jatkuu taustalla. Tämä näkymä päivittyy itsestään.",
      );

      while (await env.fireNextTrigger((handler) => bundle[handler]!()));
      await sidebar.advance(10_000);
      expect(sidebar.status()).toMatch(/^Tilannekuva 2022-09 koottu: 0\/22 aluetta raportoi, 22 virhettä/);
      expect(sidebar.document.byText("p", "Havainnot: 22")).toBeDefined();
      // Each finding says in words whether it is an error or a warning, not by colour alone.
      const status = sidebar.document.getElementById("status")!;
      const findings = status
        .descendants()
        .filter((e) => e.tagName === "li" && e.getAttribute("class") === "error");
      expect(findings).toHaveLength(22);
      expect(findings[0]!.textContent).toMatch(/^Virhe: /);
      // The outcome, below every section, is brought into view.
      expect(status.scrolledIntoView).toBeGreaterThan(0);
    }, 60_000);
  });
});

describe("Apps Script projects", () => {
  it.each([
    [
      "region",
      [
        "https://www.googleapis.com/auth/spreadsheets.currentonly",
        "https://www.googleapis.com/auth/script.container.ui",
        // Session.getEffectiveUser, to keep the user running an action an editor of a protection
        "https://www.googleapis.com/auth/userinfo.email",
      ],
    ],
    [
      "national",
      [
        "https://www.googleapis.com/auth/spreadsheets",
        "https://www.googleapis.com/auth/script.container.ui",
        "https://www.googleapis.com/auth/script.scriptapp",
        "https://www.googleapis.com/auth/userinfo.email",
      ],
    ],
  ])(
    "the %s manifest asks for exactly its declared scopes, runs on V8 in Helsinki time",
    (project, scopes) => {
      const manifest = JSON.parse(
        readFileSync(join(APPS_SCRIPT, "projects", project, "appsscript.json"), "utf8"),
      );
      expect(manifest).toEqual({
        timeZone: "Europe/Helsinki",
        dependencies: {},
        exceptionLogging: "STACKDRIVER",
        runtimeVersion: "V8",
        oauthScopes: scopes,
      });
    },
  );

  // clasp is a separate install (`npm run gas:install`) for those who deploy; CI installs it and runs this.
  const claspInstalled = existsSync(join(DEPLOY_DIR, "node_modules", "@google", "clasp"));
  (claspInstalled || process.env.CI ? it : it.skip)(
    "clasp 3 would push exactly Code.js, Sidebar.html and appsscript.json of each project, the shell without Sidebar.html (offline, no login)",
    async () => {
      const root = mkdtempSync(join(tmpdir(), "tilannekuva-clasp-"));
      await buildProjects({ outDir: join(root, "dist") });
      copyFileSync(join(APPS_SCRIPT, ".claspignore"), join(root, ".claspignore"));
      writeFileSync(join(root, "dist", "region", "Code.js.map"), "{}");
      mkdirSync(join(root, "dist", "region", "notes"));
      writeFileSync(join(root, "dist", "region", "notes", "todo.gs"), "function x() {}");
      const [node, clasp] = claspCommand();
      const status = (project: "region" | "national" | "region-library" | "region-shell") => {
        const config = writeClaspJson(project, "1FakeScriptIdForTheTest_0123456789", root);
        const out = execFileSync(node!, [clasp!, "-P", config, "show-file-status", "--json"], {
          cwd: root,
          env: { ...process.env, HOME: root, clasp_config_auth: join(root, "no-credentials") },
          encoding: "utf8",
        });
        return JSON.parse(out) as { filesToPush: string[]; untrackedFiles: string[] };
      };
      const region = status("region");
      const national = status("national");
      expect(region.filesToPush.sort()).toEqual([
        "dist/region/Code.js",
        "dist/region/Sidebar.html",
        "dist/region/appsscript.json",
      ]);
      expect(region.untrackedFiles.sort()).toEqual(["dist/region/Code.js.map", "dist/region/notes/"]);
      expect(national.filesToPush.sort()).toEqual([
        "dist/national/Code.js",
        "dist/national/Sidebar.html",
        "dist/national/appsscript.json",
      ]);
      // The library carries the sidebar (its HtmlService opens its own files); the shell, its two files.
      expect(status("region-library").filesToPush.sort()).toEqual([
        "dist/region-library/Code.js",
        "dist/region-library/Sidebar.html",
        "dist/region-library/appsscript.json",
      ]);
      expect(status("region-shell").filesToPush.sort()).toEqual([
        "dist/region-shell/Code.js",
        "dist/region-shell/appsscript.json",
      ]);
      rmSync(root, { recursive: true, force: true });
    },
    60_000,
  );
});
