import { PAYLOAD_LIMIT_BYTES, createFakeExcel } from "./fakeExcel";

// The fake must bite where Excel bites, or the OfficeWorkbook tests prove nothing.
describe("fakeExcel", () => {
  it("turns text with a formula lead into a formula, as Excel does", async () => {
    const fake = createFakeExcel({ sheets: ["S"] });
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:A5").formulas = [
        ["=1+1"],
        ["+1"],
        ["-1+2"],
        ["@SUM(B1)"],
        ["'=x"],
      ];
      await context.sync();
    });
    expect(fake.inspect("S", "A1").formula).toBe("=1+1");
    expect(fake.inspect("S", "A2").formula).toBe("=+1");
    expect(fake.inspect("S", "A3").formula).toBe("=-1+2");
    expect(fake.inspect("S", "A4").formula).toBe("=SUM(B1)");
    expect(fake.inspect("S", "A5")).toEqual({ value: "=x", quotePrefix: true });
  });

  it("turns number-like text into numbers", async () => {
    const fake = createFakeExcel({ sheets: ["S"] });
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:C1").values = [["1.2", "TRUE", "-3"]];
    });
    expect([1, 2, 3].map((c) => fake.inspect("S", `${"ABC"[c - 1]}1`).value)).toEqual([1.2, true, -3]);
  });

  it("throws PropertyNotLoaded for a property read before load and sync", async () => {
    const fake = createFakeExcel({ sheets: ["S"] });
    await fake.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["S"]);
      expect(() => sheets.items[0]!.visibility).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" }),
      );
    });
  });

  it("counts syncs and refuses a request over 5 MB", async () => {
    const fake = createFakeExcel({ sheets: ["S"] });
    const big = Array.from({ length: 60_000 }, () => ["x".repeat(100)]);
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:A60000").values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.stats.syncCount).toBe(1);
    expect(fake.stats.largestRequestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  it("fails a sync that uses a missing sheet or chains on a null object, and gives a null object for getItemOrNullObject", async () => {
    const fake = createFakeExcel({ sheets: ["S"] });
    await fake.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope").load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      // The reference does not promise that a call on a null object gives a null object.
      missing.getUsedRangeOrNullObject(true).load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidObjectPath" });
      context.workbook.worksheets.getItem("Nope").getRange("A1").values = [["x"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("refuses writes to locked cells of a protected sheet", async () => {
    const fake = createFakeExcel({ sheets: ["S"] });
    await expect(
      fake.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        sheet.getRange("B1").format.protection.locked = false;
        sheet.protection.protect();
        sheet.getRange("B1").values = [["ok"]];
        await context.sync();
        sheet.getRange("A1").values = [["no"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.inspect("S", "B1").value).toBe("ok");
  });
});
