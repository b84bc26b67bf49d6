import type { SheetSpec, SpecCell } from "../../core/sheets/SheetSpec";
import { OfficeWorkbook } from "../src/host/OfficeWorkbook";
import type { FakeExcel } from "./fakeExcel";
import { PAYLOAD_LIMIT_BYTES, createFakeExcel } from "./fakeExcel";

function workbookOver(fake: FakeExcel): OfficeWorkbook {
  const context = fake.newContext() as unknown as Excel.RequestContext;
  return new OfficeWorkbook(context, {
    isSetSupported: (version) => fake.Office.context.requirements.isSetSupported("ExcelApi", version),
  });
}

/** A fresh fake, and the sync count of one call on it. */
async function syncsOf(
  fake: FakeExcel,
  call: (workbook: OfficeWorkbook) => Promise<unknown>,
): Promise<number> {
  fake.resetStats();
  await call(workbookOver(fake));
  return fake.stats.syncCount;
}

function table(rows: number, columns: number, sheet = "S"): SpecCell[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => (c === 0 ? `${sheet}-${r}` : r * columns + c)),
  );
}

const sheetOf = (name: string, rows: number, columns = 8): SheetSpec => ({
  name,
  cells: table(rows, columns, name),
  styles: [{ range: "A1:H1", bold: true, fill: "#DDEBF7" }],
  columnWidths: [12, 30, 10],
  frozen: { rows: 1, columns: 0 },
  validations: [
    { range: `B2:B${rows + 1}`, values: ["Ei aloitettu", "Käynnissä", "Valmis", "Ei koske"], strict: true },
  ],
});

describe("OfficeWorkbook", () => {
  describe("sheetNames", () => {
    it("lists the sheets in tab order in one sync", async () => {
      const fake = createFakeExcel({ sheets: ["Ohje", "Tiekartta", "2022-09"] });
      const workbook = workbookOver(fake);
      await expect(workbook.sheetNames()).resolves.toEqual(["Ohje", "Tiekartta", "2022-09"]);
      expect(fake.stats.syncCount).toBe(1);
    });
  });

  describe("readSheets", () => {
    it("costs 2 syncs (list, dimensions with the first rows) for 1 sheet and for 300 small sheets", async () => {
      const one = createFakeExcel({ sheets: ["S0"] });
      one.type("S0", "A1", table(5, 3));
      const many = createFakeExcel({ sheets: Array.from({ length: 300 }, (_, i) => `S${i}`) });
      for (let i = 0; i < 300; i++) many.type(`S${i}`, "A1", table(5, 3));

      expect(await syncsOf(one, (wb) => wb.readSheets(["S0"]))).toBe(2);
      expect(await syncsOf(many, (wb) => wb.readSheets(many.sheetNames()))).toBe(2);
    });

    it("costs 3 syncs (list, first rows, the rest) for 100 rows and for 5,000 rows", async () => {
      const small = createFakeExcel({ sheets: ["S"] });
      small.type("S", "A1", table(100, 10));
      const large = createFakeExcel({ sheets: ["S"] });
      large.type("S", "A1", table(5000, 10));

      expect(await syncsOf(small, (wb) => wb.readSheets(["S"]))).toBe(3);
      expect(await syncsOf(large, (wb) => wb.readSheets(["S"]))).toBe(3);
      const grid = (await workbookOver(large).readSheets(["S"])).get("S");
      expect(grid).toHaveLength(5000);
      expect(grid?.[4999]?.[9]).toBe(4999 * 10 + 9);
    });

    it("pads a used range that starts below and right of A1 so the grid starts at A1", async () => {
      const fake = createFakeExcel({ sheets: ["S"] });
      fake.type("S", "C3", [
        ["Tunnus", "Tila"],
        ["1.1", "Valmis"],
      ]);
      const grid = (await workbookOver(fake).readSheets(["S"])).get("S");
      expect(grid).toEqual([
        ["", "", "", ""],
        ["", "", "", ""],
        ["", "", "Tunnus", "Tila"],
        ["", "", 1.1, "Valmis"],
      ]);
    });

    it("leaves out sheets that do not exist and gives an empty grid for an empty sheet", async () => {
      const fake = createFakeExcel({ sheets: ["Empty"] });
      const sheets = await workbookOver(fake).readSheets(["Empty", "Missing"]);
      expect([...sheets.keys()]).toEqual(["Empty"]);
      expect(sheets.get("Empty")).toEqual([]);
      expect(fake.stats.syncCount).toBe(2);
    });
  });

  describe("writeSheets round trips", () => {
    it("costs 3 syncs for 100 rows and for 5,000 rows", async () => {
      expect(await syncsOf(createFakeExcel(), (wb) => wb.writeSheets([sheetOf("S", 100)]))).toBe(3);
      expect(await syncsOf(createFakeExcel(), (wb) => wb.writeSheets([sheetOf("S", 5000)]))).toBe(3);
    });

    it("hides the spec's hidden columns (range.columnHidden) within the same 3 syncs", async () => {
      const fake = createFakeExcel();
      const spec = { ...sheetOf("Asetukset", 10), hiddenColumns: [4] };
      expect(await syncsOf(fake, (wb) => wb.writeSheets([spec]))).toBe(3);
      expect([...fake.model.find("Asetukset")!.hiddenColumns]).toEqual([4]);
      const lists = { ...sheetOf("Listat", 10), hiddenColumns: [3, 1, 2] };
      expect(await syncsOf(fake, (wb) => wb.writeSheets([lists]))).toBe(3);
      expect([...fake.model.find("Listat")!.hiddenColumns].sort()).toEqual([1, 2, 3]);
    });

    it("costs 3 syncs for 1 sheet and for 300 sheets", async () => {
      const many = Array.from({ length: 300 }, (_, i) => sheetOf(`S${i}`, 20));
      expect(await syncsOf(createFakeExcel(), (wb) => wb.writeSheets([sheetOf("S0", 20)]))).toBe(3);
      const fake = createFakeExcel();
      expect(await syncsOf(fake, (wb) => wb.writeSheets(many))).toBe(3);
      expect(fake.sheetNames()).toHaveLength(301);
    });

    it("costs 4 syncs when rewriting 300 protected sheets (learn, unprotect, write, close)", async () => {
      const many = Array.from({ length: 300 }, (_, i) => ({
        ...sheetOf(`S${i}`, 20),
        protection: { editable: ["B2:B21"] },
        charts: [{ kind: "column" as const, title: "T", dataRange: "A1:C5", anchor: "J2" }],
      }));
      const fake = createFakeExcel();
      await workbookOver(fake).writeSheets(many);
      expect(await syncsOf(fake, (wb) => wb.writeSheets(many))).toBe(4);
      expect(fake.sheet("S299")?.charts).toHaveLength(1);
    });

    it("keeps every request under 5 MB, sending early only when a sheet is too big for one request", async () => {
      const longText = "Pitkä kuvaus tehtävästä, jossa on paljon tekstiä ".repeat(4);
      const cells: SpecCell[][] = Array.from({ length: 25_000 }, (_, r) => [`1.${r}`, longText, r]);
      const fake = createFakeExcel();
      const syncs = await syncsOf(fake, (wb) => wb.writeSheets([{ name: "Big", cells }]));

      expect(fake.stats.largestRequestBytes).toBeGreaterThan(3 * 1024 * 1024);
      expect(fake.stats.largestRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      expect(syncs).toBeGreaterThan(3);
      expect(fake.inspect("Big", "B25000").value).toBe(longText);
      expect(fake.inspect("Big", "A25000").value).toBe("1.24999");
    });

    it("writes each sheet's cells as one block", async () => {
      const fake = createFakeExcel();
      await workbookOver(fake).writeSheets([{ name: "S", cells: table(5000, 10) }]);
      // One request carries the whole block: more than 5,000 rows' worth of bytes in one sync.
      expect(Math.max(...fake.stats.requestBytes)).toBeGreaterThan(5000 * 10 * 3);
    });
  });

  describe("writeSheets content", () => {
    const injections = [
      '=HYPERLINK("http://x","y")',
      "+1",
      "-1+2",
      "@SUM(A1)",
      "'already quoted",
      "1.2",
      "9/2021",
      "TRUE",
      "50 %",
      "#N/A",
      " 7",
      "Valmis",
    ];

    it("keeps every plain string as literal text: the fake shows no formula and the same text", async () => {
      const fake = createFakeExcel();
      await workbookOver(fake).writeSheets([{ name: "S", cells: injections.map((text) => [text]) }]);
      injections.forEach((text, r) => {
        const cell = fake.inspect("S", `A${r + 1}`);
        expect({ text, formula: cell.formula, value: cell.value }).toEqual({
          text,
          formula: undefined,
          value: text,
        });
      });
    });

    it("writes formulas as formulas, numbers and booleans as they are, dates as serials shown as dates", async () => {
      const fake = createFakeExcel();
      await workbookOver(fake).writeSheets([
        { name: "S", cells: [[{ formula: "=SUM(B1:C1)" }, 2, true, { date: "2023-01-01" }, null, "x"]] },
      ]);
      expect(fake.inspect("S", "A1").formula).toBe("=SUM(B1:C1)");
      expect(fake.inspect("S", "B1")).toEqual({ value: 2 });
      expect(fake.inspect("S", "C1")).toEqual({ value: true });
      expect(fake.inspect("S", "D1")).toEqual({ value: 44927, numberFormat: "d.m.yyyy" });
      expect(fake.inspect("S", "E1").value).toBeNull();
    });

    it("clears a sheet it rewrites: old cells, formats, merges, validations, charts and protection go", async () => {
      const fake = createFakeExcel();
      const first: SheetSpec = {
        name: "S",
        cells: table(30, 5),
        merges: ["A1:C1"],
        conditionalFormats: [{ range: "B2:B30", condition: { kind: "blank" }, fill: "#FF0000" }],
        charts: [{ kind: "line", title: "Old", dataRange: "A1:B5", anchor: "H2" }],
        protection: { editable: ["B2:B30"] },
      };
      await workbookOver(fake).writeSheets([first]);
      expect(fake.sheet("S")?.protected).toBe(true);

      await workbookOver(fake).writeSheets([{ name: "S", cells: [["new"]] }]);
      const sheet = fake.sheet("S")!;
      expect(fake.inspect("S", "A1").value).toBe("new");
      expect(fake.inspect("S", "B2").value).toBeNull();
      expect(sheet.merges).toEqual([]);
      expect(sheet.conditionalFormats).toEqual([]);
      expect(sheet.validations).toEqual([]);
      expect(sheet.charts).toEqual([]);
      expect(sheet.protected).toBe(false);
      expect(sheet.frozen).toEqual({ rows: 0, columns: 0 });
    });

    it("adds new sheets after the existing ones in the order given", async () => {
      const fake = createFakeExcel({ sheets: ["Ohje", "B"] });
      await workbookOver(fake).writeSheets([
        { name: "C", cells: [] },
        { name: "B", cells: [["b"]] },
        { name: "A", cells: [] },
      ]);
      expect(fake.sheetNames()).toEqual(["Ohje", "B", "C", "A"]);
    });

    it("renders styles, widths, frozen panes, merges, conditional formats, charts, tab colour and visibility", async () => {
      const fake = createFakeExcel();
      await workbookOver(fake).writeSheets([
        {
          name: "S",
          cells: table(10, 4),
          styles: [
            {
              range: "A1:D1",
              bold: true,
              fill: "#1E7B34",
              fontColor: "#FFFFFF",
              align: "center",
              border: true,
            },
            { range: "C2:C10", numberFormat: "0 %" },
          ],
          columnWidths: [10, 10, 40],
          frozen: { rows: 1, columns: 2 },
          merges: ["A12:D12"],
          conditionalFormats: [
            { range: "C2:C10", condition: { kind: "between", min: 0.75, max: 0.9 }, fill: "#A9D18E" },
            {
              range: "C2:C10",
              condition: { kind: "atLeast", min: 0.9 },
              fill: "#1E7B34",
              fontColor: "#FFFFFF",
            },
            { range: "B2:B10", condition: { kind: "textEquals", text: 'Valmis "x"' }, fill: "#A9D18E" },
            { range: "D2:D10", condition: { kind: "blank" }, fill: "#D9D9D9" },
          ],
          charts: [
            { kind: "bar", title: "Valmiusaste", dataRange: "A1:C10", anchor: "F2", width: 480, height: 320 },
          ],
          tabColor: "#1E7B34",
        },
        { name: "Hidden", cells: [["x"]], hidden: true },
      ]);
      const sheet = fake.sheet("S")!;
      expect(sheet.cell(0, 1)?.format).toMatchObject({
        bold: true,
        fill: "#1E7B34",
        fontColor: "#FFFFFF",
        align: "Center",
      });
      expect(sheet.cell(0, 1)?.format?.borders).toEqual({
        top: "Continuous",
        bottom: "Continuous",
        left: "Continuous",
        right: "Continuous",
      });
      expect(fake.inspect("S", "C5").numberFormat).toBe("0 %");
      expect([sheet.columnWidths.get(0), sheet.columnWidths.get(1), sheet.columnWidths.get(2)]).toEqual([
        57.5, 57.5, 215,
      ]);
      expect(sheet.frozen).toEqual({ rows: 1, columns: 2 });
      expect(sheet.merges).toEqual([{ row: 11, column: 0, rows: 1, columns: 4 }]);
      expect(sheet.conditionalFormats.map((cf) => [cf.type, cf.rule, cf.fill])).toEqual([
        ["CellValue", { formula1: "0.75", formula2: "0.9", operator: "Between" }, "#A9D18E"],
        ["CellValue", { formula1: "0.9", operator: "GreaterThanOrEqual" }, "#1E7B34"],
        ["Custom", { formula: '=B2="Valmis ""x"""' }, "#A9D18E"],
        ["Custom", { formula: "=ISBLANK(D2)" }, "#D9D9D9"],
      ]);
      expect(sheet.charts).toEqual([
        expect.objectContaining({
          type: "BarClustered",
          source: "S!A1:C10",
          seriesBy: "Columns",
          title: "Valmiusaste",
          topLeft: "F2",
          width: 360,
          height: 240,
        }),
      ]);
      expect(sheet.tabColor).toBe("#1E7B34");
      expect(fake.sheet("Hidden")?.visibility).toBe("Hidden");
    });

    it("protects the sheet with only the editable ranges unlocked", async () => {
      const fake = createFakeExcel();
      await workbookOver(fake).writeSheets([
        { name: "S", cells: table(5, 3), protection: { editable: ["C2:C5"] } },
      ]);
      const sheet = fake.sheet("S")!;
      expect(sheet.protected).toBe(true);
      expect(sheet.cell(1, 2)?.format?.locked).toBe(false);
      expect(sheet.cell(1, 1)?.format?.locked).toBeUndefined();
    });
  });

  describe("writeSheets validations", () => {
    it("writes a short list inline, strict as Stop and non-strict as Warning, checkboxes over two boolean cells", async () => {
      const fake = createFakeExcel();
      await workbookOver(fake).writeSheets([
        {
          name: "S",
          cells: [],
          validations: [
            { range: "B2:B9", values: ["Vihreä", "Keltainen", "Punainen"], strict: true, prompt: "Valitse" },
            { range: "C2:C9", values: ["Korkea", "Keskitaso", "Matala"], strict: false },
          ],
          checkboxes: ["D2:D9"],
        },
      ]);
      const rules = fake
        .sheet("S")!
        .validations.map((v) => [v.rule, (v.errorAlert as { style: string }).style]);
      expect(rules).toEqual([
        [{ list: { inCellDropDown: true, source: "Vihreä,Keltainen,Punainen" } }, "Stop"],
        [{ list: { inCellDropDown: true, source: "Korkea,Keskitaso,Matala" } }, "Warning"],
        [{ list: { inCellDropDown: true, source: "='_lists'!$A$1:$A$2" } }, "Warning"],
      ]);
      expect([fake.inspect("_lists", "A1").value, fake.inspect("_lists", "A2").value]).toEqual([true, false]);
    });

    it("puts a list over 255 characters on the hidden _lists sheet and reuses its column later", async () => {
      const regions = Array.from({ length: 22 }, (_, i) => `Hyvinvointialue numero ${i + 1}`);
      const fake = createFakeExcel();
      const spec = (name: string): SheetSpec => ({
        name,
        cells: [],
        validations: [{ range: "A2:A9", values: regions, strict: true }],
      });
      await workbookOver(fake).writeSheets([spec("S1")]);
      // learn, read the lists sheet, write, close
      expect(await syncsOf(fake, (wb) => wb.writeSheets([spec("S2")]))).toBe(4);

      expect(fake.sheet("_lists")?.visibility).toBe("Hidden");
      expect(fake.inspect("_lists", "A22").value).toBe("Hyvinvointialue numero 22");
      expect(fake.inspect("_lists", "B1").value).toBeNull();
      for (const name of ["S1", "S2"]) {
        expect(fake.sheet(name)!.validations[0]?.rule).toEqual({
          list: { inCellDropDown: true, source: "='_lists'!$A$1:$A$22" },
        });
      }
    });

    it("skips drop-downs on an Excel without ExcelApi 1.8 and says so in a notice", async () => {
      const fake = createFakeExcel({ apiVersion: "1.7" });
      const workbook = workbookOver(fake);
      await workbook.writeSheets([{ ...sheetOf("S", 5), checkboxes: ["D2:D5"] }]);
      expect(fake.inspect("S", "A1").value).toBe("S-0");
      expect(workbook.notices).toEqual([
        { feature: "validations", sheet: "S", requirement: "ExcelApi 1.8" },
        { feature: "checkboxes", sheet: "S", requirement: "ExcelApi 1.8" },
      ]);
    });
  });
});
