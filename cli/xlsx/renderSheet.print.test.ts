/** Issue 9 in the .xlsx the command line writes: print setup, filter, the sheet it opens on, closed months. */
import ExcelJS from "exceljs";
import { REGIONAL, unitRoadmap } from "../../core/programme/builtins";
import { buildAssessmentSheet } from "../../core/sheets/assessmentSheet";
import { buildMonthSheet } from "../../core/sheets/buildMonthSheet";
import { templateSheets } from "../../core/sheets/templateSheets";
import { ExcelJsWorkbook } from "./ExcelJsWorkbook";

const unit = REGIONAL.units.find((u) => u.code === "05")!;
const roadmap = unitRoadmap(REGIONAL, unit.code);
const month = (m: string) => buildMonthSheet({ programme: REGIONAL, unit, roadmap, month: m, lang: "fi" });
const assessment = (m: string) => buildAssessmentSheet({ programme: REGIONAL, unit, month: m, lang: "fi" });
const template = templateSheets(
  REGIONAL,
  { programmeId: "regional", role: "region", region: "05", lang: "fi", templateVersion: "1.0", regions: [] },
  "fi",
);

async function reopen(workbook: ExcelJsWorkbook): Promise<ExcelJS.Workbook> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load((await workbook.toBuffer()) as unknown as ArrayBuffer);
  return excel;
}

describe("renderSheet: print setup and the workbook's opening", () => {
  let excel: ExcelJS.Workbook;
  let host: ExcelJsWorkbook;
  beforeAll(async () => {
    host = new ExcelJsWorkbook();
    await host.writeSheets([...template, month("2022-08"), assessment("2022-08")]);
    await host.writeSheets([month("2022-09"), assessment("2022-09")]);
    await host.closeSheets(["2022-08", "2022-08 arvio"]);
    excel = await reopen(host);
  }, 60_000);

  it("prints every sheet A4 landscape, one page wide, with the footer and page number", () => {
    // Every sheet people see; the hidden sheet of long drop-down lists is not printed.
    for (const worksheet of excel.worksheets.filter((ws) => ws.state !== "hidden")) {
      expect([worksheet.name, worksheet.pageSetup]).toEqual([
        worksheet.name,
        expect.objectContaining({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1 }),
      ]);
      expect(worksheet.headerFooter.oddFooter).toMatch(/^&LSote-uudistuksen toimeenpano&C.*&RSivu &P \/ &N$/);
    }
  });

  it("repeats the month sheet's table header, prints its table through the due date, names region and month", () => {
    const sheet = excel.getWorksheet("2022-09")!;
    expect(sheet.pageSetup.printTitlesRow).toBe("9:9");
    expect(sheet.pageSetup.printArea).toBe(`A1:H${9 + roadmap.length}`);
    expect(sheet.headerFooter.oddFooter).toContain(`&C${unit.name.fi} · 2022-09&R`);
  });

  it("opens on the newest month, the only selected tab", () => {
    const names = excel.worksheets.map((ws) => ws.name);
    expect(names[excel.views[0]!.activeTab!]).toBe("2022-09");
    // ExcelJS does not read `tabSelected` back: look at what it writes.
    const selected = host.excel.worksheets.filter(
      (ws) => (ws.views[0] as { tabSelected?: boolean } | undefined)?.tabSelected,
    );
    expect(selected.map((ws) => ws.name)).toEqual(["2022-09"]);
  });

  it("filters and sorts the task table under protection: its body unlocked, ids and context refusing typing", () => {
    const sheet = excel.getWorksheet("2022-09")!;
    const last = 9 + roadmap.length;
    expect(sheet.autoFilter).toBe(`A9:N${last}`);
    const protection = (sheet as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    // Excel sorts no range with a locked cell: the whole body is unlocked, the header and the block above stay locked.
    expect(protection).toMatchObject({ sheet: true, autoFilter: true, sort: true });
    for (const address of ["A10", "B10", `N${last}`, `D${last}`])
      expect(sheet.getCell(address).protection?.locked).toBe(false);
    for (const address of ["A9", "D9", "B2", `A${last + 1}`])
      expect(sheet.getCell(address).protection?.locked).not.toBe(false);
    const rules = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    for (const address of ["A10", "C10", `C${last}`, "H10", `N${last}`]) {
      expect([address, rules[address]]).toEqual([
        address,
        expect.objectContaining({
          type: "custom",
          formulae: ["FALSE"],
          errorStyle: "stop",
          showErrorMessage: true,
        }),
      ]);
      expect(rules[address]!.error).toMatch(/^Tämä sarake tulee tiekartasta/);
    }
    // The fill-in columns keep their own rules: a list on the status, none on comment, expected, owner.
    expect(rules["D10"]!.type).toBe("list");
    for (const address of ["E10", "F10", "G10"]) expect(rules[address]).toBeUndefined();
  });

  it("closes an earlier month to sorting too: a record keeps its order", () => {
    const protection = (
      excel.getWorksheet("2022-08") as unknown as { sheetProtection: Record<string, unknown> }
    ).sheetProtection;
    expect(protection).toMatchObject({ sheet: true, autoFilter: true });
    expect(protection["sort"]).not.toBe(true);
  });

  it("rejects an unknown status with an error that names the statuses, and prompts how to fill", () => {
    const rules = (
      excel.getWorksheet("2022-09") as unknown as {
        dataValidations: { model: Record<string, ExcelJS.DataValidation> };
      }
    ).dataValidations.model;
    const status = rules["D10"]!;
    expect(rules[`D${9 + roadmap.length}`]).toEqual(status);
    expect(status).toMatchObject({ errorStyle: "stop", showErrorMessage: true, showInputMessage: true });
    expect(status.error).toBe(
      "Arvoa ei hyväksytä. Valitse yksi näistä: Ei aloitettu, Käynnissä, Valmis, Ei koske.",
    );
    expect(status.prompt).toBe("Valitse luettelosta: Ei aloitettu, Käynnissä, Valmis, Ei koske.");
  });

  it("closes the earlier month: no cell left to fill, a grey tab; the new month stays open", () => {
    const unlocked = (name: string) => {
      let count = 0;
      excel.getWorksheet(name)!.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          if (cell.protection?.locked === false) count++;
        }),
      );
      return count;
    };
    expect(unlocked("2022-08")).toBe(0);
    expect(unlocked("2022-08 arvio")).toBe(0);
    // Every cell of every task's row: the table sorts (its ids and context refuse typing by a rule).
    expect(unlocked("2022-09")).toBe(14 * roadmap.length);
    expect(excel.getWorksheet("2022-08")!.properties.tabColor).toEqual({ argb: "FF808080" });
    expect(excel.getWorksheet("2022-09")!.properties.tabColor).toBeUndefined();
  });
});
