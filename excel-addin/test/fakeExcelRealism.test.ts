/**
 * Where the stand-in Excel used to be kinder than Excel (issue 12): each of these failed against the
 * earlier fake, so a test that passes over it now means something on a real tenant too.
 */
import { PAYLOAD_LIMIT_BYTES, createFakeExcel } from "./fakeExcel";

describe("fakeExcel, as strict as Excel", () => {
  it("tallies the response of a sync that also adds a sheet, and refuses one over 5 MB", async () => {
    const fake = createFakeExcel({ sheets: ["S"] });
    fake.put(
      "S",
      "A1",
      Array.from({ length: 60_000 }, () => ["x".repeat(100)]),
    );
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.add("New");
        context.workbook.worksheets.getItem("S").getRange("A1:A60000").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(fake.stats.largestResponseBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  it("reads formula cells back as their calculated values, not as empty", async () => {
    const fake = createFakeExcel({ sheets: ["S"] });
    const values = await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:F1").formulas = [
        [
          "=1+1",
          '=A1&" kpl"',
          '=HYPERLINK("http://x","y")',
          '=IF(OR(E1=TRUE,A1=""),"",A1*3)',
          true,
          "=SUMPRODUCT(A1:A2)",
        ],
      ];
      const range = sheet.getRange("A1:F1").load("values");
      await context.sync();
      return range.values;
    });
    // The last is a function the stand-in does not calculate: an error value, still not "".
    expect(values).toEqual([[2, "2 kpl", "y", "", true, "#N/A"]]);
  });

  it("refuses text over 32,767 characters and formulas over 8,192", async () => {
    const fake = createFakeExcel({ sheets: ["S"] });
    const write = (value: string) =>
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").formulas = [[value]];
        await context.sync();
      });
    await expect(write("x".repeat(32_768))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(write(`="${"x".repeat(8_200)}"`)).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(write(`'${"x".repeat(32_767)}`)).resolves.toBeUndefined();
  });

  describe("locales", () => {
    it("keeps TRUE typed in Finnish or Swedish Excel as text; the locale's own word is the boolean", () => {
      for (const [locale, yes] of [
        ["fi-FI", "TOSI"],
        ["sv-SE", "SANT"],
      ] as const) {
        const fake = createFakeExcel({ sheets: ["S"], locale });
        fake.type("S", "A1", [["TRUE", yes]]);
        expect([fake.inspect("S", "A1").value, fake.inspect("S", "B1").value]).toEqual(["TRUE", true]);
      }
      const english = createFakeExcel({ sheets: ["S"] });
      english.type("S", "A1", [["TRUE"]]);
      expect(english.inspect("S", "A1").value).toBe(true);
    });

    it("stores formulas typed with local function names in en-US, and the API's formulas stay en-US", async () => {
      const fake = createFakeExcel({ sheets: ["S"], locale: "fi-FI" });
      fake.type("S", "A1", [['=JOS(TOSI;SUMMA(1;2);"")']]);
      expect(fake.inspect("S", "A1").formula).toBe('=IF(TRUE,SUM(1,2),"")');
      const values = await fake.Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("S").getRange("A1:B1");
        range.getCell(0, 1).formulas = [["=SUMMA(1,2)"]];
        range.load("values");
        await context.sync();
        return range.values;
      });
      expect(values).toEqual([[3, "#NAME?"]]);
    });

    it("enters a picked TRUE of an inline list as text in Finnish Excel, and as a boolean from a list of cells", async () => {
      const fake = createFakeExcel({ sheets: ["S"], locale: "fi-FI" });
      fake.put("L", "A1", [[true], [false]]);
      await fake.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        sheet.getRange("A1").dataValidation.rule = { list: { source: "TRUE,FALSE" } };
        sheet.getRange("B1").dataValidation.rule = { list: { source: "=L!$A$1:$A$2" } };
        await context.sync();
      });
      fake.pick("S", "A1", "TRUE");
      fake.pick("S", "B1", "TOSI");
      expect([fake.inspect("S", "A1").value, fake.inspect("S", "B1").value]).toEqual(["TRUE", true]);
    });
  });
});
