import type { SheetSpec, SpecCell } from "../../core/sheets/SheetSpec";
import { SheetsWorkbook } from "../src/host/SheetsWorkbook";
import type { FakeAppsScript } from "./fakeSpreadsheetApp";
import { createFakeAppsScript } from "./fakeSpreadsheetApp";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A month sheet shaped like the core's: title, header, task rows, and every kind of layout element. */
function monthSheet(taskRows: number, name = "2022-09"): SheetSpec {
  const last = 3 + taskRows;
  const rows: SpecCell[][] = [
    ["Toimeenpanon seuranta 2022-09"],
    [],
    ["Tunnus", "Tila", "Alkaa", "Päättyy", "Kommentti", "Paino", "Kriittinen", "Osuus"],
  ];
  for (let i = 0; i < taskRows; i++) {
    rows.push([
      `1.1.${i}.1`,
      i % 3 === 0 ? "Valmis" : "Ei aloitettu",
      { date: "2022-03-01" },
      { date: "2022-09-30" },
      i % 2 === 0 ? '=HYPERLINK("http://x","y")' : "",
      i,
      i % 2 === 0,
      { formula: `=IF(F${i + 4}=0,"–",F${i + 4}/10)` },
    ]);
  }
  return {
    name,
    cells: rows,
    styles: [
      { range: "A1", bold: true, fontSize: 14 },
      { range: "A3:H3", bold: true, fill: "#DDEBF7", border: true, wrap: true },
      { range: `C4:D${last}`, numberFormat: "d.m.yyyy", align: "center" },
      { range: `H4:H${last}`, numberFormat: "0 %" },
    ],
    columnWidths: [12, 16, 11, 11, 40, 8, 8, 8],
    frozen: { rows: 3, columns: 1 },
    validations: [
      {
        range: `B4:B${last}`,
        values: ["Ei aloitettu", "Käynnissä", "Valmis", "Ei koske"],
        strict: false,
        prompt: "Valitse tila",
      },
      { range: `F4:F${last}`, values: ["1", "2", "3"], strict: true },
    ],
    checkboxes: [`G4:G${last}`],
    conditionalFormats: [
      {
        range: `H4:H${last}`,
        condition: { kind: "atLeast", min: 0.9 },
        fill: "#1E7B34",
        fontColor: "#FFFFFF",
      },
      { range: `H4:H${last}`, condition: { kind: "between", min: 0.5, max: 0.9 }, fill: "#FFE699" },
      { range: `B4:B${last}`, condition: { kind: "textEquals", text: "Valmis" }, fill: "#A9D18E" },
      { range: `B4:B${last}`, condition: { kind: "blank" }, fill: "#D9D9D9" },
    ],
    protection: { editable: [`B4:B${last}`, `E4:E${last}`] },
    merges: ["A1:H1"],
    charts: [{ kind: "bar", title: "Valmius", dataRange: "A3:B10", anchor: "J3", width: 480, height: 300 }],
    tabColor: "#1E7B34",
  };
}

function setUp(): { env: FakeAppsScript; spreadsheet: Spreadsheet; workbook: SheetsWorkbook } {
  const env = createFakeAppsScript();
  const spreadsheet = env.addSpreadsheet("Pohjois-Savo", { active: true });
  return { env, spreadsheet, workbook: new SheetsWorkbook(spreadsheet, env.globals.SpreadsheetApp) };
}

/** Calls of writing `spec` into a fresh spreadsheet (new sheet) or over an identical one (rewrite). */
async function writeCalls(spec: SheetSpec, mode: "new" | "rewrite") {
  const { env, workbook } = setUp();
  if (mode === "rewrite") await workbook.writeSheets([spec]);
  return env.log.measure(() => workbook.writeSheets([spec]));
}

describe("SheetsWorkbook", () => {
  describe("service calls", () => {
    it("reads a region's month sheet in 3 calls and 1 for the time zone its dates need, for 100 rows as for 5,000", async () => {
      const counts = [];
      for (const taskRows of [100, 5000]) {
        const { env, workbook } = setUp();
        await workbook.writeSheets([monthSheet(taskRows), { name: "Asetukset", cells: [["Alue", "01"]] }]);
        const log = await env.log.measure(async () => {
          const grids = await workbook.readSheets(["2022-09"]);
          expect(grids.get("2022-09")).toHaveLength(3 + taskRows);
        });
        counts.push(log.byMethod());
      }
      const expected = {
        "Range.getValues": 1,
        "Sheet.getDataRange": 1,
        "Spreadsheet.getSheetByName": 1,
        "Spreadsheet.getSpreadsheetTimeZone": 1,
      };
      expect(counts).toEqual([expected, expected]);
    });

    it("reads several sheets in 3 calls each, a missing one in 1, and the time zone once for dates", async () => {
      const { env, workbook } = setUp();
      await workbook.writeSheets([monthSheet(10), { name: "Asetukset", cells: [["Alue", "01"]] }]);
      const log = await env.log.measure(() => workbook.readSheets(["Asetukset", "2022-09", "2022-10"]));
      expect(log.total).toBe(3 + 3 + 1 + 1);
    });

    it("lists sheet names in 1 + one call per sheet once, then for free, also after writing", async () => {
      const { env, workbook } = setUp();
      await workbook.writeSheets([
        { name: "Ohjeet", cells: [["x"]] },
        { name: "Tiekartta", cells: [["y"]] },
      ]);
      const first = await env.log.measure(() => workbook.sheetNames());
      await workbook.writeSheets([{ name: "2022-09", cells: [["z"]] }]);
      let names: string[] = [];
      const second = await env.log.measure(async () => (names = await workbook.sheetNames()));
      expect(first.byMethod()).toEqual({ "Sheet.getName": 3, "Spreadsheet.getSheets": 1 });
      expect(second.total).toBe(0);
      expect(names).toEqual(["Sheet1", "Ohjeet", "Tiekartta", "2022-09"]);
    });

    it("writes a new month sheet of 100 rows and one of 5,000 rows in exactly the same 103 calls", async () => {
      const small = await writeCalls(monthSheet(100), "new");
      const large = await writeCalls(monthSheet(5000), "new");
      expect(large.byMethod()).toEqual(small.byMethod());
      expect(small.total).toBe(103);
      expect(small.byMethod()).toEqual({
        // finding the sheet, or a draft of it left half-written, adding it under the draft name, and sizing its grid
        "Spreadsheet.getSheetByName": 2,
        "Spreadsheet.getNumSheets": 1,
        "Spreadsheet.insertSheet": 1,
        "Sheet.getMaxRows": 1,
        "Sheet.getMaxColumns": 1,
        "Sheet.insertRowsAfter": 1,
        "Sheet.deleteRows": 1,
        "Sheet.insertColumnsAfter": 1,
        "Sheet.deleteColumns": 1,
        // every value and formula in one call, every date format in one range list
        "Range.setValues": 1,
        "Sheet.getRangeList": 2,
        "RangeList.setNumberFormat": 1,
        // ranges: the value block, 4 styles, 2 drop-downs, 1 checkbox range, 4 rules, 1 merge, 1 chart
        "Sheet.getRange": 1 + 4 + 2 + 1 + 4 + 1 + 1,
        // 4 styles: one call per property
        "Range.setFontWeight": 2,
        "Range.setFontSize": 1,
        "Range.setBackground": 1,
        "Range.setBorder": 1,
        "Range.setWrap": 1,
        "Range.setNumberFormat": 2,
        "Range.setHorizontalAlignment": 1,
        // widths in runs of equal width: 12 | 16 | 11 11 | 40 | 8 8 8
        "Sheet.setColumnWidths": 5,
        "Sheet.setFrozenRows": 1,
        "Sheet.setFrozenColumns": 1,
        // 2 drop-downs (one with help text) and one checkbox rule shared by its range
        "SpreadsheetApp.newDataValidation": 3,
        "DataValidationBuilder.requireValueInList": 2,
        "DataValidationBuilder.setAllowInvalid": 2,
        "DataValidationBuilder.setHelpText": 1,
        "DataValidationBuilder.requireCheckbox": 1,
        "DataValidationBuilder.build": 3,
        "Range.setDataValidation": 3,
        // 4 conditional format rules, set in one call
        "SpreadsheetApp.newConditionalFormatRule": 4,
        "ConditionalFormatRuleBuilder.whenNumberGreaterThanOrEqualTo": 1,
        "ConditionalFormatRuleBuilder.whenNumberBetween": 1,
        "ConditionalFormatRuleBuilder.whenTextEqualTo": 1,
        "ConditionalFormatRuleBuilder.whenCellEmpty": 1,
        "ConditionalFormatRuleBuilder.setBackground": 4,
        "ConditionalFormatRuleBuilder.setFontColor": 1,
        "ConditionalFormatRuleBuilder.setRanges": 4,
        "ConditionalFormatRuleBuilder.build": 4,
        "Sheet.setConditionalFormatRules": 1,
        "Range.merge": 1,
        // protection with the input ranges left open
        "Sheet.protect": 1,
        "Protection.setWarningOnly": 1,
        "RangeList.getRanges": 1,
        "Protection.setUnprotectedRanges": 1,
        "Protection.getEditors": 1,
        "Protection.removeEditors": 1,
        "Protection.canDomainEdit": 1,
        // one chart
        "Sheet.newChart": 1,
        "EmbeddedChartBuilder.asBarChart": 1,
        "EmbeddedChartBuilder.addRange": 1,
        "EmbeddedChartBuilder.setNumHeaders": 1,
        "EmbeddedChartBuilder.setOption": 4,
        "EmbeddedChartBuilder.setPosition": 1,
        "EmbeddedChartBuilder.build": 1,
        "Sheet.insertChart": 1,
        "Sheet.setTabColor": 1,
        "Sheet.showSheet": 1,
        // the draft takes its name once complete
        "Sheet.setName": 1,
      });
    });

    it("rewrites an existing sheet of 100 rows and one of 5,000 rows in exactly the same 112 calls", async () => {
      const small = await writeCalls(monthSheet(100), "rewrite");
      const large = await writeCalls(monthSheet(5000), "rewrite");
      expect(large.byMethod()).toEqual(small.byMethod());
      expect(small.total).toBe(112);
      const fresh = (await writeCalls(monthSheet(100), "new")).byMethod();
      const rewrite = small.byMethod();
      const emptying = [...new Set([...Object.keys(fresh), ...Object.keys(rewrite)])]
        .map((method) => [method, (rewrite[method] ?? 0) - (fresh[method] ?? 0)] as const)
        .filter(([, n]) => n !== 0);
      expect(Object.fromEntries(emptying)).toEqual({
        "Spreadsheet.getSheetByName": -1,
        "Spreadsheet.getNumSheets": -1,
        "Spreadsheet.insertSheet": -1,
        "Sheet.setName": -1,
        "Sheet.getProtections": 2,
        // A month sheet keeps the editors of its hard protection (here one): a roadmap revision run by
        // the analyst leaves the preparer who created it an editor.
        "Protection.isWarningOnly": 1,
        "Protection.getEditors": 1,
        "Protection.addEditor": 1,
        "Protection.remove": 1,
        "Sheet.getCharts": 1,
        "Sheet.removeChart": 1,
        "Sheet.clear": 1,
        "Sheet.getRange": 1,
        "Range.clearDataValidations": 1,
        "Range.breakApart": 1,
        "Sheet.setColumnWidths": 1,
      });
    });
  });

  describe("what lands in the sheet", () => {
    it("stores text that looks like a formula, number, date or boolean as that text", async () => {
      const { env, spreadsheet, workbook } = setUp();
      const texts = [
        '=HYPERLINK("http://x","y")',
        "+1",
        "-1+2",
        "@SUM(A1)",
        "'quoted",
        "12",
        "0012",
        "1,5",
        "1.3.2022",
        "2022-09",
        "TRUE",
      ];
      await workbook.writeSheets([{ name: "Riskit", cells: texts.map((t) => [t]) }]);

      const stored = texts.map((_, r) => env.inspect(spreadsheet, "Riskit", `A${r + 1}`));
      const grid = (await workbook.readSheets(["Riskit"])).get("Riskit")!;

      expect(stored).toEqual(texts.map((value) => ({ value })));
      expect(grid.map((row) => row[0])).toEqual(texts);
    });

    it("writes formulas as formulas, with ; between arguments as every locale accepts, and days as date cells that read back as that day", async () => {
      const { env, spreadsheet, workbook } = setUp();
      await workbook.writeSheets([monthSheet(2)]);

      expect(env.inspect(spreadsheet, "2022-09", "H4")).toEqual({
        formula: '=IF(F4=0;"–";F4/10)',
        value: "",
        numberFormat: "0 %",
      });
      expect(env.inspect(spreadsheet, "2022-09", "C4")).toEqual({ value: 44621, numberFormat: "d.m.yyyy" });
      const row = (await workbook.readSheets(["2022-09"])).get("2022-09")![3]!;
      // A day reads back as UTC midnight of that day, which the core takes as the day in any zone.
      expect(row[3]).toEqual(new Date(Date.UTC(2022, 8, 30)));
      expect(row[6]).toBe(true);
    });

    it("writes formulas a Finnish (decimal-comma) spreadsheet can parse", async () => {
      const env = createFakeAppsScript();
      const spreadsheet = env.addSpreadsheet("Pohjois-Savo", { active: true, locale: "fi_FI" });
      const workbook = new SheetsWorkbook(spreadsheet, env.globals.SpreadsheetApp);
      await workbook.writeSheets([monthSheet(2)]);

      expect(env.inspect(spreadsheet, "2022-09", "H4").value).not.toBe("#ERROR!");
      expect(env.inspect(spreadsheet, "2022-09", "H4").formula).toBe('=IF(F4=0;"–";F4/10)');
    });

    it("gives date cells without a style a d.m.yyyy format", async () => {
      const { env, spreadsheet, workbook } = setUp();
      await workbook.writeSheets([
        {
          name: "Päivät",
          cells: [
            ["Päivä"],
            [{ date: "2023-01-01" }],
            [{ date: "2023-01-02" }],
            ["x"],
            [{ date: "2023-04-10" }],
          ],
        },
      ]);
      expect([2, 3, 5].map((r) => env.inspect(spreadsheet, "Päivät", `A${r}`).numberFormat)).toEqual([
        "d.m.yyyy",
        "d.m.yyyy",
        "d.m.yyyy",
      ]);
      expect(env.inspect(spreadsheet, "Päivät", "A4").numberFormat).toBeUndefined();
    });

    it("grows the grid to fit 5,000 rows, and never shrinks a larger one", async () => {
      const { env, spreadsheet, workbook } = setUp();
      await workbook.writeSheets([monthSheet(5000)]);
      expect(env.sheet(spreadsheet, "2022-09")._maxRows).toBe(5003);
      expect(env.sheet(spreadsheet, "2022-09")._maxCols).toBe(26);
      await workbook.writeSheets([monthSheet(10)]);
      expect(env.sheet(spreadsheet, "2022-09")._maxRows).toBe(5003);
    });

    it("makes drop-downs that reject or only warn, checkboxes, and band rules in the spec's order", async () => {
      const { env, spreadsheet, workbook } = setUp();
      await workbook.writeSheets([monthSheet(5)]);
      const sheet = env.sheet(spreadsheet, "2022-09");

      const status = sheet._validationAt(3, 1)!;
      const weight = sheet._validationAt(7, 5)!;
      expect([status._values[0], status._allowInvalid, status._helpText]).toEqual([
        ["Ei aloitettu", "Käynnissä", "Valmis", "Ei koske"],
        true,
        "Valitse tila",
      ]);
      expect([weight._allowInvalid, sheet._validationAt(8, 5)]).toEqual([false, undefined]);
      expect(sheet._validationAt(4, 6)!._criteria).toBe("CHECKBOX");
      expect(
        sheet._rules.map((r) => [r._condition, r._background, r._fontColor, env.a1(r._ranges[0]!)]),
      ).toEqual([
        [{ kind: "NUMBER_GREATER_THAN_OR_EQUAL", args: [0.9] }, "#1E7B34", "#FFFFFF", "H4:H8"],
        [{ kind: "NUMBER_BETWEEN", args: [0.5, 0.9] }, "#FFE699", null, "H4:H8"],
        [{ kind: "TEXT_EQ", args: ["Valmis"] }, "#A9D18E", null, "B4:B8"],
        [{ kind: "CELL_EMPTY", args: [] }, "#D9D9D9", null, "B4:B8"],
      ]);
    });

    it("protects the sheet so that other editors can change only the input ranges", async () => {
      const { env, spreadsheet, workbook } = setUp();
      spreadsheet.addEditor("colleague@region.fi");
      await workbook.writeSheets([monthSheet(5)]);
      const [protection] = env.sheet(spreadsheet, "2022-09")._protections;
      expect(protection!._warningOnly).toBe(false);
      expect(protection!._unprotected.map((r) => env.a1(r))).toEqual(["B4:B8", "E4:E8"]);
      expect([...protection!._editors]).toEqual(["analyst@example.fi"]);

      env.runtime.currentUser = "colleague@region.fi";
      const sheet = spreadsheet.getSheetByName("2022-09")!;
      sheet.getRange("B5").setValue("Valmis");
      expect(() => sheet.getRange("A5").setValue("1.9.9.9")).toThrow(/protected cell/);
    });

    it("hides the spec's hidden columns, one hideColumns call for each run of neighbours", async () => {
      const { env, spreadsheet, workbook } = setUp();
      const spec = { name: "Asetukset", cells: [["Kieli", "suomi", null, null, "lang"]], hiddenColumns: [4] };
      const log = await env.log.measure(() => workbook.writeSheets([spec]));
      expect([...env.sheet(spreadsheet, "Asetukset")._hiddenColumns]).toEqual([5]);
      expect(log.byMethod()["Sheet.hideColumns"]).toBe(1);
      const lists = { name: "Listat", cells: [["a", "b", "c", "d", "e", "f"]], hiddenColumns: [3, 1, 2, 5] };
      const again = await env.log.measure(() => workbook.writeSheets([lists]));
      expect([...env.sheet(spreadsheet, "Listat")._hiddenColumns].sort()).toEqual([2, 3, 4, 6]);
      expect(again.byMethod()["Sheet.hideColumns"]).toBe(2);
    });

    it("places charts, merges, frozen panes, widths, tab colour and visibility", async () => {
      const { env, spreadsheet, workbook } = setUp();
      await workbook.writeSheets([monthSheet(5), { name: "Listat", cells: [["x"]], hidden: true }]);
      const sheet = env.sheet(spreadsheet, "2022-09");
      const [chart] = sheet._charts;
      expect([chart!._chartType, env.a1(chart!._ranges[0]!), chart!._position, chart!._options]).toEqual([
        "BAR",
        "A3:B10",
        { row: 3, column: 10, offsetX: 0, offsetY: 0 },
        { title: "Valmius", colors: ["#56B4E9"], width: 480, height: 300 },
      ]);
      expect(sheet._merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 8 }]);
      expect([sheet._frozenRows, sheet._frozenCols, sheet._tabColor, sheet._hidden]).toEqual([
        3,
        1,
        "#1E7B34",
        false,
      ]);
      expect([1, 5, 9].map((c) => sheet._widths.get(c))).toEqual([89, 285, undefined]);
      expect(env.sheet(spreadsheet, "Listat")._hidden).toBe(true);
    });

    it("rewrites a sheet in its tab position, dropping its old protection, chart, merges and validations", async () => {
      const { env, spreadsheet, workbook } = setUp();
      await workbook.writeSheets([monthSheet(5), { name: "Riskit", cells: [["r"]] }]);
      await workbook.writeSheets([{ name: "2022-09", cells: [["uusi"]] }]);
      const sheet = env.sheet(spreadsheet, "2022-09");

      expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(["Sheet1", "2022-09", "Riskit"]);
      expect([
        sheet._protections,
        sheet._charts,
        sheet._merges,
        sheet._rules,
        sheet._validations.size,
        sheet._tabColor,
      ]).toEqual([[], [], [], [], 0, null]);
      expect([sheet._frozenRows, sheet._widths.get(5)]).toEqual([0, 100]);
      expect(env.inspect(spreadsheet, "2022-09", "C4")).toEqual({ value: null });
    });
  });
});
