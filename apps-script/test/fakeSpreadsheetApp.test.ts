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

  describe("Spreadsheet.copy", () => {
    it("makes a new file, in one call, with every sheet's cells, formats and layout, and the bound script", async () => {
      const env = createFakeAppsScript();
      const app = env.globals.SpreadsheetApp;
      const source = env.addSpreadsheet("Pohja", { locale: "sv_SE", boundScript: "region" });
      source.addEditors(["muokkaaja@example.fi"]);
      const first = source.getSheets()[0]!;
      first.getRange("A1:B2").setValues([
        ["'=teksti", "=1+1"],
        ["2022-09-30", "12"],
      ]);
      first.getRange("B2").setBackground("#ff0000").setFontWeight("bold");
      first.getRange("C1:D1").merge();
      first.getRange("C2").setDataValidation(app.newDataValidation().requireCheckbox().build());
      first.setFrozenRows(1);
      first.setColumnWidth(2, 250);
      const second = source.insertSheet("Toinen");
      second.getRange("A1").setValue("'toinen");
      const rule = app
        .newConditionalFormatRule()
        .whenTextEqualTo("x")
        .setBackground("#00ff00")
        .setRanges([second.getRange("A1:A3")])
        .build();
      second.setConditionalFormatRules([rule]);
      second.insertChart(second.newChart().asBarChart().addRange(first.getRange("A1:B2")).build());
      const protection = second.protect().setWarningOnly(false);
      protection.setUnprotectedRanges([second.getRange("B1:B9")]);
      protection.removeEditors(protection.getEditors());
      second.hideSheet();

      const log = await env.log.measure(() => source.copy("Kopio"));
      expect(log.calls).toEqual(["Spreadsheet.copy"]);

      const copy = env.spreadsheets().at(-1)!;
      expect(copy.getUrl()).not.toBe(source.getUrl());
      expect(app.openByUrl(copy.getUrl()).getName()).toBe("Kopio");
      expect(env.boundScript(copy)).toBe("region");
      expect(env.boundScript(env.addSpreadsheet("Tyhjä"))).toBeNull();
      expect(copy.getSpreadsheetLocale()).toBe("sv_SE");
      expect(copy.getEditors().map((u) => u.getEmail())).toEqual(["analyst@example.fi"]);
      expect(copy.getSheets().map((s) => s.getName())).toEqual(["Sheet1", "Toinen"]);
      for (const a1 of ["A1", "B1", "A2", "B2"])
        expect(env.inspect(copy, "Sheet1", a1)).toEqual(env.inspect(source, "Sheet1", a1));
      expect(env.inspect(copy, "Sheet1", "B1")).toEqual({ formula: "=1+1", value: 2 });
      expect(copy.getSheets()[0]!.getRange("B2").getBackgrounds()).toEqual([["#ff0000"]]);
      expect(
        copy
          .getSheets()[0]!
          .getRange("C1")
          .getMergedRanges()
          .map((r) => r.getA1Notation()),
      ).toEqual(["C1:D1"]);
      expect(copy.getSheets()[0]!.getRange("C2").getDataValidation()?.getCriteriaType()).toBe("CHECKBOX");
      expect(copy.getSheets()[0]!.getFrozenRows()).toBe(1);
      expect(copy.getSheets()[0]!.getColumnWidth(2)).toBe(250);

      const copied = env.sheet(copy, "Toinen");
      expect(copied._hidden).toBe(true);
      expect(copied._rules.map((r) => r._ranges.map((range) => range._sheet))).toEqual([[copied]]);
      expect(copied._charts[0]!._ranges[0]!._sheet).toBe(env.sheet(copy, "Sheet1"));
      expect(copied._protections).toHaveLength(1);
      expect(copied._protections[0]!._unprotected.map((range) => env.a1(range))).toEqual(["B1:B9"]);
      expect(copied._protections[0]!._unprotected[0]!._sheet).toBe(copied);

      copy.getSheets()[0]!.getRange("A1").setValue("'muutettu");
      expect(env.inspect(source, "Sheet1", "A1")).toEqual({ value: "=teksti" });
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
        {
          id: "trigger-1",
          owner: "analyst@example.fi",
          handler: "jatka",
          dueAt: env.clock.now(),
          fired: true,
        },
      ]);
    });
  });
});
