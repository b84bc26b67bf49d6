import { dateCellDay } from "../../core/_lib/day";
import { SheetsWorkbook } from "../src/host/SheetsWorkbook";
import { raw } from "./fake/counting";
import { SHEETS_LOCALES } from "./fake/sheetsLocales";
import { createFakeAppsScript } from "./fakeSpreadsheetApp";

/**
 * Where the fake follows the Apps Script reference on points a real deployment would trip over: each
 * of these is a behaviour a host test relies on.
 */
describe("fake Apps Script, as the reference describes it", () => {
  it("lists only the current user's triggers, runs a trigger as its creator, and lets no one else delete it", async () => {
    const env = createFakeAppsScript();
    const { ScriptApp } = env.globals;
    ScriptApp.newTrigger("jatka").timeBased().after(60_000).create();
    env.runtime.currentUser = "toinen@example.fi";
    expect(ScriptApp.getProjectTriggers()).toEqual([]);
    ScriptApp.newTrigger("oma").timeBased().after(120_000).create();
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(["oma"]);
    const runAs: string[] = [];
    await env.fireNextTrigger(() => runAs.push(env.runtime.currentUser));
    expect(runAs).toEqual(["analyst@example.fi"]);
    expect(env.runtime.currentUser).toBe("toinen@example.fi");
    expect(env.triggers.map((t) => [t.handler, t.owner])).toEqual([
      ["jatka", "analyst@example.fi"],
      ["oma", "toinen@example.fi"],
    ]);
  });

  it("finds a sheet by name whatever its case, and refuses a second name differing only in case", () => {
    const env = createFakeAppsScript();
    const spreadsheet = env.addSpreadsheet("Testi");
    spreadsheet.insertSheet("Tiekartta");
    expect(spreadsheet.getSheetByName("TIEKARTTA")?.getName()).toBe("Tiekartta");
    expect(spreadsheet.getSheetByName("tiekartta")?.getName()).toBe("Tiekartta");
    expect(() => spreadsheet.insertSheet("tiekarttA")).toThrow("already exists");
  });

  it("holds at most 50,000 characters in a cell, and no half of a surrogate pair", () => {
    const env = createFakeAppsScript();
    const sheet = env.addSpreadsheet("Testi").getSheets()[0]!;
    sheet.getRange("A1").setValues([["x".repeat(50_000)]]);
    expect(() => sheet.getRange("A2").setValues([["x".repeat(50_001)]])).toThrow(
      "more than the maximum of 50000 characters",
    );
    sheet.getRange("A3:B3").setValues([["'a\uD83D", "'\uDE00b"]]);
    expect(sheet.getRange("A3:B3").getValues()).toEqual([["a\uFFFD", "\uFFFDb"]]);
  });

  it("hands date cells over as midnight in the spreadsheet's time zone, east of Helsinki too", () => {
    const env = createFakeAppsScript();
    const spreadsheet = env.addSpreadsheet("Tokio");
    spreadsheet.setSpreadsheetTimeZone("Asia/Tokyo");
    const sheet = spreadsheet.getSheets()[0]!;
    sheet.getRange("A1").setValues([["2022-09-30"]]);
    const date = sheet.getRange("A1").getValues()[0]![0] as Date;
    expect(date.toISOString()).toBe("2022-09-29T15:00:00.000Z");
    spreadsheet.setSpreadsheetTimeZone("Europe/Helsinki");
    expect((sheet.getRange("A1").getValue() as Date).toISOString()).toBe("2022-09-29T21:00:00.000Z");
  });

  it("drops range protections and the editors of sheet protections in Spreadsheet.copy", () => {
    const env = createFakeAppsScript();
    const source = env.addSpreadsheet("Pohja");
    source.addEditors(["muokkaaja@example.fi"]);
    const sheet = source.getSheets()[0]!;
    const whole = sheet.protect().setWarningOnly(false);
    whole.addEditor("muokkaaja@example.fi");
    sheet.getRange("A1:B2").protect().setDescription("alue");
    const copy = source.copy("Kopio");
    const copied = copy.getSheets()[0]!;
    const SHEET = env.globals.SpreadsheetApp.ProtectionType.SHEET;
    const RANGE = env.globals.SpreadsheetApp.ProtectionType.RANGE;
    expect(copied.getProtections(RANGE)).toEqual([]);
    const kept = copied.getProtections(SHEET);
    expect(kept.map((p) => p.getEditors().map(String))).toEqual([["analyst@example.fi"]]);
  });

  it("takes only the spreadsheet locales Sheets lists: fi_FI and sv_SE, no sv_FI", () => {
    const env = createFakeAppsScript();
    const spreadsheet = env.addSpreadsheet("Testi");
    expect(["fi_FI", "sv_SE", "en_GB", "en_US"].every((l) => SHEETS_LOCALES.has(l))).toBe(true);
    expect(() => spreadsheet.setSpreadsheetLocale("sv_FI")).toThrow("Invalid argument: locale");
    spreadsheet.setSpreadsheetLocale("sv_SE");
    expect(spreadsheet.getSpreadsheetLocale()).toBe("sv_SE");
  });

  it("limits a cached value to 100 KB counted in UTF-8 bytes, not characters", () => {
    const env = createFakeAppsScript();
    const cache = env.globals.CacheService.getUserCache();
    cache.put("ascii", "a".repeat(100 * 1024));
    expect(() => cache.put("finnish", "ä".repeat(60 * 1024))).toThrow("Argument too large");
  });

  describe("an execution cut off at six minutes", () => {
    it("runs no catch or finally of the script: nothing they do reaches a service", async () => {
      const env = createFakeAppsScript({ latencyMs: { "Range.getValues": 61_000 } });
      const spreadsheet = env.addSpreadsheet("Hidas");
      const sheet = spreadsheet.getSheets()[0]!;
      const lock = env.globals.LockService.getScriptLock();
      await expect(
        env.execute("ui", () => {
          lock.tryLock(1000);
          try {
            for (let i = 0; i < 10; i++) sheet.getRange("A1").getValues();
          } catch {
            sheet.getRange("B1").setValue("catch");
          } finally {
            sheet.getRange("C1").setValue("finally");
          }
        }),
      ).rejects.toThrow("Exceeded maximum execution time");
      expect(raw(sheet).getRange("B1:C1").getValues()).toEqual([["", ""]]);
      expect(env.kills).toBe(1);
      // Its lock went with it.
      expect(env.globals.LockService.getScriptLock().hasLock()).toBe(false);
    });
  });
});

describe("SheetsWorkbook in a spreadsheet east of Helsinki", () => {
  it("reads a date cell as its own day, not the day before", async () => {
    const env = createFakeAppsScript();
    const spreadsheet = env.addSpreadsheet("Tokio");
    spreadsheet.setSpreadsheetTimeZone("Asia/Tokyo");
    spreadsheet
      .getSheets()[0]!
      .getRange("A1:B1")
      .setValues([["2022-09-30", "1.1.2023"]]);
    const workbook = new SheetsWorkbook(spreadsheet, env.globals.SpreadsheetApp);
    const [row] = (await workbook.readSheets(["Sheet1"])).get("Sheet1")!;
    expect(row!.map((d) => dateCellDay(d as Date))).toEqual(["2022-09-30", "2023-01-01"]);
  });
});
