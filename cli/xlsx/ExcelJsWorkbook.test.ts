import ExcelJS from "exceljs";
import type { SheetSpec } from "../../core/sheets/SheetSpec";
import { ExcelJsWorkbook } from "./ExcelJsWorkbook";

/** Writes the specs, saves to .xlsx bytes and loads them with plain ExcelJS: what a user's file holds. */
async function writeAndReopen(
  specs: readonly SheetSpec[],
  workbook = new ExcelJsWorkbook(),
): Promise<ExcelJS.Workbook> {
  await workbook.writeSheets(specs);
  const reopened = new ExcelJS.Workbook();
  await reopened.xlsx.load((await workbook.toBuffer()) as unknown as ArrayBuffer);
  return reopened;
}

function sheetOf(excel: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const worksheet = excel.getWorksheet(name);
  if (!worksheet) throw new Error(`no sheet ${name}`);
  return worksheet;
}

/** The conditional formats ExcelJS read (missing from its typings). */
function conditionalFormatsOf(worksheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (worksheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
}

/** ExcelJS's per-cell validation model (it is missing from ExcelJS's typings). */
function validationAt(worksheet: ExcelJS.Worksheet, a1: string): ExcelJS.DataValidation | undefined {
  return (worksheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
    .dataValidations.model[a1];
}

const STATUSES = ["Ei aloitettu", "Käynnissä", "Valmis", "Ei koske"];

describe("ExcelJsWorkbook", () => {
  describe("text", () => {
    it("writes text starting with = + - @ as string cells, not formulas", async () => {
      const texts = ['=HYPERLINK("http://x","y")', "+1", "-1+2", "@SUM(A1)", "=1+1"];
      const excel = await writeAndReopen([{ name: "Teksti", cells: texts.map((t) => [t]) }]);

      const cells = texts.map((_, r) => sheetOf(excel, "Teksti").getCell(`A${r + 1}`));

      expect(cells.map((c) => c.type)).toEqual(texts.map(() => ExcelJS.ValueType.String));
      expect(cells.map((c) => c.formula)).toEqual(texts.map(() => undefined));
      expect(cells.map((c) => c.value)).toEqual(texts);
    });

    it("writes an empty string as an empty cell, as Excel and Sheets do", async () => {
      const excel = await writeAndReopen([{ name: "Teksti", cells: [["", "x"]] }]);
      expect(sheetOf(excel, "Teksti").getCell("A1").type).toBe(ExcelJS.ValueType.Null);
    });
  });

  describe("formulas and dates", () => {
    it("writes formulas without the = and asks Excel to compute them on open", async () => {
      const workbook = new ExcelJsWorkbook();
      const excel = await writeAndReopen(
        [{ name: "Laskenta", cells: [[1, { formula: "=A1*2" }]] }],
        workbook,
      );

      expect(sheetOf(excel, "Laskenta").getCell("B1").formula).toBe("A1*2");
      // ExcelJS does not read calcPr back, so this checks what it is told to write.
      expect(workbook.excel.calcProperties.fullCalcOnLoad).toBe(true);
    });

    it("writes dates as date cells at the day, formatted d.m.yyyy unless a style says otherwise", async () => {
      const excel = await writeAndReopen([
        {
          name: "Päivät",
          cells: [[{ date: "2022-09-30" }, { date: "2023-01-01" }]],
          styles: [{ range: "B1", numberFormat: "yyyy-mm-dd" }],
        },
      ]);
      const worksheet = sheetOf(excel, "Päivät");

      expect(worksheet.getCell("A1").type).toBe(ExcelJS.ValueType.Date);
      expect(worksheet.getCell("A1").value).toEqual(new Date(Date.UTC(2022, 8, 30)));
      expect(worksheet.getCell("A1").numFmt).toBe("d.m.yyyy");
      expect(worksheet.getCell("B1").numFmt).toBe("yyyy-mm-dd");
    });
  });

  describe("formats", () => {
    const spec: SheetSpec = {
      name: "Muotoilu",
      cells: [
        ["Otsikko", "Tila", "Osuus"],
        ["a", "Valmis", 0.5],
      ],
      styles: [
        { range: "A1:C1", bold: true, fill: "#1f4e79", fontColor: "#ffffff", fontSize: 12, border: true },
        { range: "A2", italic: true, wrap: true, align: "center" },
        { range: "C2", numberFormat: "0 %" },
        { range: "C1", fill: "#ff0000" },
      ],
      columnWidths: [30, 12.5],
      frozen: { rows: 1, columns: 2 },
      merges: ["A4:C4"],
      tabColor: "#00b050",
    };

    it("keeps fonts, fills, borders, alignment and number formats; a later style wins where they overlap", async () => {
      const worksheet = sheetOf(await writeAndReopen([spec]), "Muotoilu");
      const a1 = worksheet.getCell("A1");

      expect(a1.font).toMatchObject({ bold: true, size: 12, color: { argb: "FFFFFFFF" } });
      expect(a1.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } });
      expect(a1.border).toMatchObject({
        top: { style: "thin" },
        left: { style: "thin" },
        bottom: { style: "thin" },
      });
      expect(worksheet.getCell("C1").fill).toMatchObject({ fgColor: { argb: "FFFF0000" } });
      expect(worksheet.getCell("C1").font).toMatchObject({ bold: true });
      expect(worksheet.getCell("A2").font).toMatchObject({ italic: true });
      expect(worksheet.getCell("A2").alignment).toMatchObject({ wrapText: true, horizontal: "center" });
      expect(worksheet.getCell("C2").numFmt).toBe("0 %");
      expect(worksheet.getCell("B2").font?.bold).toBeFalsy();
    });

    it("keeps column widths, frozen panes, merges and the tab colour", async () => {
      const worksheet = sheetOf(await writeAndReopen([spec]), "Muotoilu");

      expect([worksheet.getColumn(1).width, worksheet.getColumn(2).width]).toEqual([30, 12.5]);
      expect(worksheet.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 1 });
      expect(worksheet.getCell("C4").isMerged).toBe(true);
      expect(worksheet.getCell("C4").master.address).toBe("A4");
      expect(worksheet.properties.tabColor).toEqual({ argb: "FF00B050" });
    });

    it("hides the spec's hidden columns and keeps their values", async () => {
      const worksheet = sheetOf(
        await writeAndReopen([
          { name: "Asetukset", cells: [["Kieli", "suomi", null, null, "lang"]], hiddenColumns: [4] },
        ]),
        "Asetukset",
      );
      expect([worksheet.getColumn(4).hidden, worksheet.getColumn(5).hidden]).toEqual([false, true]);
      expect(worksheet.getCell("E1").value).toBe("lang");
    });

    it("hides a hidden sheet", async () => {
      const excel = await writeAndReopen([
        { name: "Näkyvä", cells: [["a"]] },
        { name: "Piilo", cells: [["b"]], hidden: true },
      ]);
      expect([sheetOf(excel, "Näkyvä").state, sheetOf(excel, "Piilo").state]).toEqual(["visible", "hidden"]);
    });
  });

  describe("validations", () => {
    it("writes a strict drop-down that stops other values, with its prompt", async () => {
      const excel = await writeAndReopen([
        {
          name: "Tila",
          cells: [["Tila"]],
          validations: [{ range: "B2:B4", values: STATUSES, strict: true, prompt: "Valitse tila" }],
        },
      ]);
      const worksheet = sheetOf(excel, "Tila");

      expect(validationAt(worksheet, "B3")).toMatchObject({
        type: "list",
        formulae: ['"Ei aloitettu,Käynnissä,Valmis,Ei koske"'],
        showErrorMessage: true,
        showInputMessage: true,
        prompt: "Valitse tila",
      });
      expect(validationAt(worksheet, "B3")?.errorStyle ?? "stop").toBe("stop");
      expect(validationAt(worksheet, "B5")).toBeUndefined();
    });

    it("writes a non-strict drop-down as a warning", async () => {
      const worksheet = sheetOf(
        await writeAndReopen([
          { name: "Tila", cells: [], validations: [{ range: "C2", values: ["Kyllä", "Ei"], strict: false }] },
        ]),
        "Tila",
      );
      expect(validationAt(worksheet, "C2")).toMatchObject({ showErrorMessage: true, errorStyle: "warning" });
    });

    it("puts a list too long for Excel's 255 characters on a hidden sheet, shared by equal lists", async () => {
      const regions = Array.from({ length: 22 }, (_, i) => `Hyvinvointialue numero ${i + 1}`);
      const excel = await writeAndReopen([
        { name: "Asetukset", cells: [], validations: [{ range: "B2", values: regions, strict: true }] },
        { name: "Toinen", cells: [], validations: [{ range: "A1:A3", values: regions, strict: true }] },
        { name: "Pilkut", cells: [], validations: [{ range: "A1", values: ["a, b", "c"], strict: false }] },
      ]);
      const lists = sheetOf(excel, "_lists");

      expect(excel.worksheets.map((ws) => ws.name)).toEqual(["Asetukset", "Toinen", "Pilkut", "_lists"]);
      expect(lists.state).toBe("hidden");
      expect(validationAt(sheetOf(excel, "Asetukset"), "B2")?.formulae).toEqual(["'_lists'!$A$1:$A$22"]);
      expect(validationAt(sheetOf(excel, "Toinen"), "A2")?.formulae).toEqual(["'_lists'!$A$1:$A$22"]);
      expect(validationAt(sheetOf(excel, "Pilkut"), "A1")?.formulae).toEqual(["'_lists'!$B$1:$B$2"]);
      expect(lists.getColumn(1).values.slice(1)).toEqual(regions);
      expect(lists.getColumn(2).values.slice(1)).toEqual(["a, b", "c"]);
    });

    it("writes checkboxes as a TRUE/FALSE drop-down", async () => {
      const worksheet = sheetOf(
        await writeAndReopen([{ name: "Lista", cells: [[true], [false]], checkboxes: ["A1:A2"] }]),
        "Lista",
      );
      expect(validationAt(worksheet, "A2")).toMatchObject({ type: "list", formulae: ['"TRUE,FALSE"'] });
      expect(worksheet.getCell("A1").value).toBe(true);
    });
  });

  describe("conditional formats", () => {
    it("writes between, at least, text equals and blank rules in the spec's order", async () => {
      const worksheet = sheetOf(
        await writeAndReopen([
          {
            name: "Värit",
            cells: [],
            conditionalFormats: [
              { range: "B2:B5", condition: { kind: "atLeast", min: 0.9 }, fill: "#00b050" },
              { range: "B2:B5", condition: { kind: "between", min: 0.5, max: 0.75 }, fill: "#ffff00" },
              {
                range: "C2:C5",
                condition: { kind: "textEquals", text: 'Valmis "ok"' },
                fill: "#c6efce",
                fontColor: "#006100",
              },
              { range: "D2:D5", condition: { kind: "blank" }, fill: "#d9d9d9" },
            ],
          },
        ]),
        "Värit",
      );
      const rules = conditionalFormatsOf(worksheet).map((cf) => ({ ref: cf.ref, ...cf.rules[0] }));

      expect(rules).toMatchObject([
        { ref: "B2:B5", type: "cellIs", operator: "greaterThanOrEqual", formulae: ["0.9"], priority: 1 },
        { ref: "B2:B5", type: "cellIs", operator: "between", formulae: ["0.5", "0.75"], priority: 2 },
        { ref: "C2:C5", type: "cellIs", operator: "equal", formulae: ['"Valmis ""ok"""'], priority: 3 },
        { ref: "D2:D5", type: "containsText", operator: "containsBlanks", priority: 4 },
      ]);
      expect(conditionalFormatsOf(worksheet)[0]?.rules[0]?.style).toMatchObject({
        fill: { bgColor: { argb: "FF00B050" } },
      });
      expect(conditionalFormatsOf(worksheet)[2]?.rules[0]?.style).toMatchObject({
        font: { color: { argb: "FF006100" } },
      });
    });
  });

  describe("protection", () => {
    it("protects the sheet without a password and unlocks the editable ranges only", async () => {
      const worksheet = sheetOf(
        await writeAndReopen([
          {
            name: "Suojattu",
            cells: [
              ["Tunnus", "Tila"],
              ["1.1", "Valmis"],
            ],
            protection: { editable: ["B2:B3"] },
          },
        ]),
        "Suojattu",
      );
      const protection = (worksheet as unknown as { sheetProtection: Record<string, unknown> | null })
        .sheetProtection;

      expect(protection).toMatchObject({ sheet: true, autoFilter: true, formatColumns: true });
      expect(protection?.["hashValue"]).toBeUndefined();
      expect(protection?.["selectUnlockedCells"]).not.toBe(false);
      expect([worksheet.getCell("B2").protection, worksheet.getCell("B3").protection]).toMatchObject([
        { locked: false },
        { locked: false },
      ]);
      expect(worksheet.getCell("A2").protection?.locked).not.toBe(false);
    });

    it("leaves a sheet without protection unprotected", async () => {
      const worksheet = sheetOf(await writeAndReopen([{ name: "Vapaa", cells: [["a"]] }]), "Vapaa");
      expect((worksheet as unknown as { sheetProtection: unknown }).sheetProtection ?? null).toBeNull();
    });
  });

  describe("rewriting a sheet", () => {
    it("drops the old sheet's formats, validations, merges and protection, and keeps its tab position", async () => {
      const first = new ExcelJsWorkbook();
      await first.writeSheets([
        { name: "Ohje", cells: [["ohje"]] },
        {
          name: "2022-09",
          cells: [["vanha", "x"]],
          styles: [{ range: "A1", bold: true }],
          validations: [{ range: "B2", values: STATUSES, strict: true }],
          merges: ["A5:B5"],
          protection: { editable: [] },
          conditionalFormats: [{ range: "A1", condition: { kind: "blank" }, fill: "#ff0000" }],
          frozen: { rows: 1, columns: 0 },
        },
        { name: "Loppu", cells: [["loppu"]] },
      ]);
      // Rewrite a sheet of a file that was saved and opened, as the command line does.
      const workbook = await ExcelJsWorkbook.fromBuffer(await first.toBuffer());

      const excel = await writeAndReopen([{ name: "2022-09", cells: [["uusi"]] }], workbook);
      const worksheet = sheetOf(excel, "2022-09");

      expect(excel.worksheets.map((ws) => ws.name)).toEqual(["Ohje", "2022-09", "Loppu"]);
      expect(worksheet.getCell("A1").value).toBe("uusi");
      expect(worksheet.getCell("A1").font?.bold).toBeFalsy();
      expect(worksheet.getCell("B1").value).toBeNull();
      expect(validationAt(worksheet, "B2")).toBeUndefined();
      expect(worksheet.getCell("B5").isMerged).toBe(false);
      expect((worksheet as unknown as { sheetProtection: unknown }).sheetProtection ?? null).toBeNull();
      expect(conditionalFormatsOf(worksheet)).toEqual([]);
      expect((worksheet.views ?? []).some((view) => view.state === "frozen")).toBe(false);
    });

    it("matches an existing sheet's name case-insensitively, as Excel does", async () => {
      const workbook = new ExcelJsWorkbook();
      await workbook.writeSheets([
        { name: "Tiekartta", cells: [["a"]] },
        { name: "Muu", cells: [] },
      ]);
      await workbook.writeSheets([{ name: "TIEKARTTA", cells: [["b"]] }]);

      expect(await workbook.sheetNames()).toEqual(["TIEKARTTA", "Muu"]);
      expect((await workbook.readSheets(["tiekartta"])).get("tiekartta")).toEqual([["b"]]);
    });
  });

  describe("bad specs", () => {
    it.each([
      ["a name over 31 characters", { name: "x".repeat(32), cells: [] }],
      ["a name with a slash", { name: "2022/09", cells: [] }],
      ["a range that is not A1", { name: "Ok", cells: [], merges: ["A1:B"] }],
      ["a day that does not exist", { name: "Ok", cells: [[{ date: "2022-02-30" }]] }],
      ["a formula without =", { name: "Ok", cells: [[{ formula: "1+1" }]] }],
    ])("rejects %s and writes nothing", async (_, bad) => {
      const workbook = new ExcelJsWorkbook();
      const error = await workbook
        .writeSheets([{ name: "Eka", cells: [["a"]] }, bad as SheetSpec])
        .catch((e: unknown) => e);

      expect(error).toMatchObject({ name: "InvalidSheetSpecError" });
      expect(await workbook.sheetNames()).toEqual([]);
    });

    it("rejects bytes that are not an .xlsx file", async () => {
      await expect(ExcelJsWorkbook.fromBuffer(new TextEncoder().encode("not a zip"))).rejects.toThrow();
    });
  });

  describe("reading what Excel wrote", () => {
    it("hands over rich text, hyperlinks, errors and formula results as plain values, merges once", async () => {
      const excel = new ExcelJS.Workbook();
      const worksheet = excel.addWorksheet("Excel");
      worksheet.getCell("A1").value = { richText: [{ text: "Val", font: { bold: true } }, { text: "mis" }] };
      worksheet.getCell("B1").value = { text: "linkki", hyperlink: "https://example.org" };
      worksheet.getCell("C1").value = { error: "#N/A" };
      worksheet.getCell("D1").value = { formula: "1+1", result: 2 };
      // No cached result (as ExcelJS writes formulas): nothing to hand over, so it does not widen the grid.
      worksheet.getCell("E1").value = { formula: "1+1" };
      worksheet.getCell("A2").value = "yhdistetty";
      worksheet.mergeCells("A2:C2");
      worksheet.getCell("A3").value = new Date(Date.UTC(2022, 8, 30));
      const bytes = await excel.xlsx.writeBuffer();

      const workbook = await ExcelJsWorkbook.fromBuffer(bytes as unknown as Uint8Array);
      const grid = (await workbook.readSheets(["Excel"])).get("Excel");

      expect(grid).toEqual([
        ["Valmis", "linkki", "#N/A", 2],
        ["yhdistetty", null, null, null],
        [new Date(Date.UTC(2022, 8, 30)), null, null, null],
      ]);
    });

    it("does not let formatted empty cells widen the grid", async () => {
      const workbook = new ExcelJsWorkbook();
      await workbook.writeSheets([
        {
          name: "Taulu",
          cells: [["a"]],
          styles: [{ range: "A1:F20", fill: "#eeeeee" }],
          protection: { editable: ["B1:B30"] },
        },
      ]);
      expect((await workbook.readSheets(["Taulu"])).get("Taulu")).toEqual([["a"]]);
    });
  });
});
