/**
 * Writing a region workbook to .xlsx and reading it back changes no figure: what readRegion finds in
 * the workbook before writing equals what it finds in the file.
 */
import { ExcelJsWorkbook } from "../../cli/xlsx/ExcelJsWorkbook";
import { createMonthSheet, createRegionWorkbook, readRegion, setupTemplate } from "../../core/actions";
import type { RegionReading } from "../../core/actions";
import { REGIONAL } from "../../core/programme/builtins";
import type { SheetSpec } from "../../core/sheets/SheetSpec";
import { MemoryWorkbook } from "../support/MemoryWorkbook";
import { buildRegionWorkbook, monthSheet, plausibleFill } from "../cli/_support/regionFiles";

jest.setTimeout(60_000);

const MONTH = "2022-09";
const OPTIONS = { month: MONTH, programme: REGIONAL, lang: "fi" as const };

async function reread(workbook: ExcelJsWorkbook): Promise<ExcelJsWorkbook> {
  return ExcelJsWorkbook.fromBuffer(await workbook.toBuffer());
}

function expectFigures(reading: RegionReading): void {
  expect(reading.reporting).toBe(true);
  expect(reading.measures?.schedule.started.of).toBeGreaterThan(0);
}

describe("readRegion round trip through .xlsx", () => {
  it("gives the same reading for an ExcelJS workbook before and after writing", async () => {
    const workbook = await buildRegionWorkbook("11", { months: ["2022-08", MONTH], fill: plausibleFill });
    const sheet = monthSheet(workbook.excel, MONTH);
    const ids = sheet.ids();
    sheet.setTask(ids[3]!, {
      status: "valmis?",
      comment: "Tarkistettava\nkahdella rivillä",
      expected: new Date(Date.UTC(2022, 11, 15)),
    });
    sheet.setTask(ids[4]!, { status: " KLAR ", owner: "Anna Andersson", expected: "15.12.2022" });
    sheet.setTask(ids[5]!, { comment: '=HYPERLINK("http://x","y")', expected: "joskus" });
    sheet.cell(ids[6]!, "status").value = null;
    sheet.setAssessment("3", "Punainen", "Sopimukset kesken");
    sheet.setAssessment("4", "Oranssi");
    sheet.setRisk(0, {
      group: "ICT-valmistelu",
      severity: "Korkea",
      description: "Järjestelmät",
      mitigation: "+1",
    });
    sheet.setRisk(1, { severity: "Erittäin", description: "Tuntematon vakavuus" });
    const source = { label: "alue-11.xlsx", workbook };
    const before = await readRegion(source, OPTIONS);
    expectFigures(before);
    expect(before.issues.map((i) => i.code).sort()).toEqual([
      "invalid_assessment",
      "invalid_date",
      "invalid_severity",
      "missing_status",
      "unknown_status",
    ]);
    expect(before.change).not.toBeNull();
    const after = await readRegion({ ...source, workbook: await reread(workbook) }, OPTIONS);
    expect(after).toEqual(before);
  });

  it("gives the same reading for an in-memory workbook and the .xlsx rendered from its sheets", async () => {
    const template = new MemoryWorkbook();
    await setupTemplate(template, { lang: "fi" });
    const memory = new MemoryWorkbook();
    expect((await createRegionWorkbook(template, memory, { region: "21" })).ok).toBe(true);
    expect((await createMonthSheet(memory, { month: MONTH })).ok).toBe(true);
    // Type statuses, comments and dates into the month sheet's description, as a user would into cells.
    const spec = memory.specOf(MONTH)!;
    const cells = spec.cells.map((row) => [...row]);
    const header = cells.findIndex((row) => row[0] === "Tunnus");
    const status = cells[header]!.indexOf("Tila");
    const comment = cells[header]!.indexOf("Kommentti");
    const expected = cells[header]!.indexOf("Arvioitu valmistuminen");
    cells.forEach((row, r) => {
      if (r <= header || typeof row[0] !== "string" || !/^\d/.test(row[0])) return;
      const entry = plausibleFill(row[0], MONTH, "21");
      if (entry?.status) row[status] = entry.status;
      if (entry?.comment) row[comment] = entry.comment;
      if (r % 10 === 0) row[expected] = { date: "2022-11-30" };
    });
    cells[header + 2]![status] = "ehkä";
    await memory.writeSheets([{ ...spec, cells }]);
    const before = await readRegion({ label: "alue-21.xlsx", workbook: memory }, OPTIONS);
    expectFigures(before);
    expect(before.issues.map((i) => i.code)).toEqual(["unknown_status"]);

    const excel = new ExcelJsWorkbook();
    const specs = (await memory.sheetNames())
      .map((name) => memory.specOf(name))
      .filter((s): s is SheetSpec => !!s);
    await excel.writeSheets(specs);
    const after = await readRegion({ label: "alue-21.xlsx", workbook: await reread(excel) }, OPTIONS);
    expect(after).toEqual(before);
  });
});
