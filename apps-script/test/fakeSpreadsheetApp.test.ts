import { createFakeAppsScript } from "./fakeSpreadsheetApp";

/** The fake must behave like Sheets where a careless host gets hurt, or the host tests prove nothing. */
describe("fake SpreadsheetApp", () => {
  function fresh() {
    const env = createFakeAppsScript();
    const spreadsheet = env.addSpreadsheet("Testi", { active: true });
    return { env, spreadsheet, sheet: spreadsheet.getSheetByName("Sheet1")! };
  }

  describe("setValues reads strings like typed input", () => {
    it("turns =, +n and -n+m into formulas and numbers, and keeps @ and an apostrophe's rest as text", () => {
      const { env, spreadsheet, sheet } = fresh();
      const inputs = ["=1+1", "+1", "-1+2", "'=x", "@SUM(A1)", "-", "'", "''quoted"];
      sheet.getRange(1, 1, inputs.length, 1).setValues(inputs.map((v) => [v]));
      const stored = inputs.map((_, r) => env.inspect(spreadsheet, "Sheet1", `A${r + 1}`));
      expect(stored).toEqual([
        { formula: "=1+1", value: 2 },
        { value: 1 },
        { formula: "=-1+2", value: 1 },
        { value: "=x" },
        { value: "@SUM(A1)" },
        { value: "-" },
        { value: "" },
        { value: "'quoted" },
      ]);
    });

    it("turns numbers, percentages, booleans and dates into values, as a fi_FI spreadsheet does", () => {
      const { sheet } = fresh();
      const inputs = [
        "12",
        "0012",
        "1,5",
        "1e5",
        "50 %",
        "TRUE",
        "false",
        "2022-09-30",
        "1.3.2022",
        "1.2.1.1",
        "1.5",
      ];
      sheet.getRange(1, 1, 1, inputs.length).setValues([inputs]);
      expect(sheet.getRange(1, 1, 1, inputs.length).getValues()[0]).toEqual([
        12,
        12,
        1.5,
        100000,
        0.5,
        true,
        false,
        new Date(2022, 8, 30),
        new Date(2022, 2, 1),
        "1.2.1.1",
        "1.5",
      ]);
    });

    it("keeps a string as it is, apostrophe too, in a plain-text cell", () => {
      const { env, spreadsheet, sheet } = fresh();
      sheet.getRange("A1").setNumberFormat("@").setValue("'=x");
      expect(env.inspect(spreadsheet, "Sheet1", "A1")).toEqual({ value: "'=x", numberFormat: "@" });
    });

    it('hands over empty cells as "" and date-formatted numbers as Dates', () => {
      const { sheet } = fresh();
      sheet.getRange("B2").setValue(44834).setNumberFormat("d.m.yyyy");
      expect(sheet.getRange("A1:B2").getValues()).toEqual([
        ["", ""],
        ["", new Date(2022, 8, 30)],
      ]);
    });
  });

  describe("limits", () => {
    it("throws for ranges outside the 1,000 × 26 grid and for data of the wrong shape", () => {
      const { sheet } = fresh();
      expect(() => sheet.getRange(1, 1, 1001, 1)).toThrow(
        "The coordinates of the range are outside the dimensions of the sheet.",
      );
      expect(() => sheet.getRange("AA1")).toThrow("outside the dimensions");
      expect(() => sheet.getRange("A1:B2").setValues([["x"]])).toThrow(
        /number of rows in the data does not match/,
      );
    });

    it("counts every call on every service object, builders included", () => {
      const { env, spreadsheet } = fresh();
      const app = env.globals.SpreadsheetApp;
      const log = env.log.measure(() => {
        spreadsheet.getSheetByName("Sheet1")!.getRange("A1").getValue();
        app.newDataValidation().requireCheckbox().build();
      });
      return expect(log.then((l) => l.calls)).resolves.toEqual([
        "Spreadsheet.getSheetByName",
        "Sheet.getRange",
        "Range.getValue",
        "SpreadsheetApp.newDataValidation",
        "DataValidationBuilder.requireCheckbox",
        "DataValidationBuilder.build",
      ]);
    });

    it("kills an execution that runs past six minutes of simulated time", async () => {
      const env = createFakeAppsScript({ latencyMs: { "Range.getValues": 61_000 } });
      const spreadsheet = env.addSpreadsheet("Hidas");
      const range = spreadsheet.getSheets()[0]!.getRange("A1");
      await expect(
        env.execute("ui", () => {
          for (let i = 0; i < 10; i++) range.getValues();
        }),
      ).rejects.toThrow("Exceeded maximum execution time");
    });
  });

  describe("triggers and the Ui", () => {
    it("fires a one-off trigger once, keeps it listed until deleted, and refuses the Ui inside it", async () => {
      const env = createFakeAppsScript();
      const { ScriptApp, SpreadsheetApp } = env.globals;
      ScriptApp.newTrigger("jatka").timeBased().after(60_000).create();
      const seen: string[] = [];
      const fired = await env.fireNextTrigger((handler) => {
        seen.push(handler);
        expect(() => SpreadsheetApp.getUi()).toThrow("Cannot call SpreadsheetApp.getUi() from this context.");
      });
      expect([fired, seen, await env.fireNextTrigger(() => undefined)]).toEqual(["jatka", ["jatka"], null]);
      expect(env.triggers).toEqual([
        { id: "trigger-1", handler: "jatka", dueAt: env.clock.now(), fired: true },
      ]);
    });
  });
});
