/**
 * OfficeWorkbook where a real tenant differs from a friendly stand-in (issue 12): Excel's cell and
 * formula limits, responses over 5 MB, sheets a user protected with a password, and Finnish Excel's
 * booleans in the checklists. Each test failed before the fix it names.
 */
import { createRegionWorkbook, generateChecklists, setupTemplate } from "../../core/actions";
import { OfficeWorkbook } from "../src/host/OfficeWorkbook";
import { SheetPasswordProtectedError } from "../src/host/prepareExistingSheets";
import { FormulaTooLongError, MAX_CELL_CHARS } from "../src/host/specCellInput";
import type { FakeExcel, FakeLocale } from "./fakeExcel";
import { PAYLOAD_LIMIT_BYTES, createFakeExcel } from "./fakeExcel";

function workbookOver(fake: FakeExcel): OfficeWorkbook {
  return new OfficeWorkbook(fake.newContext() as unknown as Excel.RequestContext, {
    isSetSupported: (version) => fake.Office.context.requirements.isSetSupported("ExcelApi", version),
  });
}

describe("OfficeWorkbook limits", () => {
  it("cuts region text over a cell's 32,767 characters visibly instead of failing the write", async () => {
    const fake = createFakeExcel({ sheets: ["S"] });
    await workbookOver(fake).writeSheets([{ name: "S", cells: [["x".repeat(40_000), "ok"]] }]);
    const value = String(fake.inspect("S", "A1").value);
    expect(value).toHaveLength(MAX_CELL_CHARS);
    expect(value.endsWith("…")).toBe(true);
    expect(fake.inspect("S", "B1").value).toBe("ok");
  });

  it("refuses a formula over 8,192 characters by name, writing nothing", async () => {
    const fake = createFakeExcel({ sheets: ["S"] });
    fake.resetStats();
    const formula = `="${"x".repeat(8_200)}"`;
    await expect(
      workbookOver(fake).writeSheets([{ name: "S", cells: [[{ formula }]] }]),
    ).rejects.toMatchObject({ name: FormulaTooLongError.name });
    expect(fake.inspect("S", "A1").value).toBeNull();
  });
});

describe("OfficeWorkbook.readSheets of a 5.2 MB month sheet", () => {
  // 5,000 tasks with a 700-character comment each: one response would be refused by Excel on the web.
  const comment = "Kommentti, jossa kerrotaan viivästyksen syistä ja jatkotoimista. "
    .repeat(11)
    .slice(0, 700);
  const rows = Array.from({ length: 5000 }, (_, i) => [`1.${i}`, "Käynnissä", comment, `Vastuu ${i}`]);
  let fake: FakeExcel;

  beforeAll(() => {
    fake = createFakeExcel({ sheets: ["2022-09", "Asetukset"] });
    fake.put("2022-09", "A1", [["Tunnus", "Tila", "Kommentti", "Vastuuhenkilö"], ...rows]);
    fake.put("Asetukset", "A1", [["Alue", "05"]]);
  });

  it("reads it whole in parts, each response under 5 MB, in a few syncs", async () => {
    fake.resetStats();
    const grids = await workbookOver(fake).readSheets(["2022-09", "Asetukset", "Puuttuu"]);
    expect([...grids.keys()]).toEqual(["2022-09", "Asetukset"]);
    const grid = grids.get("2022-09")!;
    expect(grid).toHaveLength(5001);
    expect(grid[5000]).toEqual(["1.4999", "Käynnissä", comment, "Vastuu 4999"]);
    expect(fake.stats.largestResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    // list, dimensions and first rows, then the remaining 5.2 MB in two parts
    expect(fake.stats.syncCount).toBe(4);
  });

  it("reads it again in halves when a response is refused anyway", async () => {
    fake.resetStats();
    const small = new OfficeWorkbook(fake.newContext() as unknown as Excel.RequestContext, {
      requestLimitBytes: 8 * 1024 * 1024,
    });
    const grid = (await small.readSheets(["2022-09"])).get("2022-09")!;
    expect(grid[5000]?.[3]).toBe("Vastuu 4999");
    expect(fake.stats.largestResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });
});

describe("OfficeWorkbook and sheets a user protected with a password", () => {
  it("names the sheet and writes nothing, leaving the other sheets protected", async () => {
    const fake = createFakeExcel({ sheets: ["A", "B"] });
    await workbookOver(fake).writeSheets([
      { name: "A", cells: [["a"]], protection: { editable: [] } },
      { name: "B", cells: [["b"]] },
    ]);
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("B").protection.protect({}, "salainen");
      await context.sync();
    });
    const error: unknown = await workbookOver(fake)
      .writeSheets([
        { name: "A", cells: [["uusi a"]], protection: { editable: [] } },
        { name: "B", cells: [["uusi b"]] },
      ])
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: SheetPasswordProtectedError.name, sheets: ["B"] });
    expect([fake.inspect("A", "A1").value, fake.inspect("B", "A1").value]).toEqual(["a", "b"]);
    expect([fake.sheet("A")?.protected, fake.sheet("B")?.protected]).toEqual([true, true]);
  });
});

describe("the 100+100 checklists in Finnish and Swedish Excel", () => {
  // The Tehty column is a Kyllä/Ei list in the sheet's language (issue 9), not TRUE/FALSE: a picked
  // boolean would be text in Finnish or Swedish Excel, and the days-left formula would never see it.
  it.each<[FakeLocale, "fi" | "sv" | "en", string]>([
    ["fi-FI", "fi", "Kyllä"],
    ["sv-SE", "sv", "Ja"],
    ["en-US", "en", "Yes"],
  ])(
    "in %s, ticking a task done with the sheet's %s yes from the drop-down clears its days left",
    async (locale, lang, yes) => {
      const fake = createFakeExcel({ locale });
      await setupTemplate(workbookOver(fake), { lang });
      const region = workbookOver(fake);
      expect((await createRegionWorkbook(region, region, { region: "05" })).ok).toBe(true);
      expect((await generateChecklists(workbookOver(fake), { lang, today: "2022-10-01" })).ok).toBe(true);
      const isDoneList = (v: { rule: unknown }) =>
        String((v.rule as { list?: { source?: unknown } }).list?.source ?? "").includes(yes);
      const sheet = fake.model.sheets.find((s) => s.validations.some(isDoneList))!;
      const box = sheet.validations.find(isDoneList)!.bounds;
      const row = box.row + 1;
      const daysLeft = async () =>
        fake.Excel.run(async (context) => {
          const range = context.workbook.worksheets.getItem(sheet.name).getRange(`E${row}`).load("values");
          await context.sync();
          return range.values[0]![0];
        });
      // Inside the last-100-days window, so the days left is a number until the task is done.
      fake.model.today = new Date(2022, 9, 1);
      expect(typeof (await daysLeft())).toBe("number");
      fake.pick(sheet.name, `F${row}`, yes);
      expect(fake.inspect(sheet.name, `F${row}`).value).toBe(yes);
      expect(await daysLeft()).toBe("");
    },
  );
});
