/**
 * Text from region workbooks is data, never a formula (PRODUCT.md §6): what a region typed lands in the
 * written national workbook as that literal text, in a text cell.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Summary } from "../../core/consolidation/SummarySchema";
import { SummarySchema } from "../../core/consolidation/SummarySchema";
import { REGIONAL } from "../../core/programme/builtins";
import {
  editFile,
  loadExcel,
  monthSheet,
  removeDir,
  tempDir,
  writeRegionFile,
} from "../cli/_support/regionFiles";
import { runCli } from "../cli/_support/runCli";

jest.setTimeout(120_000);

const MONTH = "2022-09";
const AS_OF = "2022-09-30";
const INJECTIONS = ['=HYPERLINK("http://x","y")', "+1", "-1+2", "@SUM(A1)"] as const;

/** Critical tasks due by the reporting date: late unless done. */
const DUE = REGIONAL.roadmap.filter((t) => t.critical && t.end !== null && t.end <= AS_OF).map((t) => t.id);
/** Late tasks whose status is one of the injections (an unknown status, so they count as not started). */
const BAD_STATUS = DUE.slice(0, 4);
/** Late tasks with a normal status and an injection as comment. */
const BAD_COMMENT = DUE.slice(4, 8);
/** Late tasks with an ordinary comment (one with a line break). */
const ORDINARY = DUE.slice(8, 14);
const LATE = [...BAD_STATUS, ...BAD_COMMENT, ...ORDINARY];
const EXPECTED_DAY = new Date(Date.UTC(2022, 10, 15));

let dir: string;
let national: ExcelJS.Workbook;
let summary: Summary;
const comments = new Map<string, string>();

beforeAll(async () => {
  dir = await tempDir("tilannekuva-inject-");
  const fill = () => ({ status: "Valmis" });
  const path01 = await writeRegionFile(dir, "01", { months: [MONTH], fill });
  const path02 = await writeRegionFile(dir, "02", { months: [MONTH], fill });
  await editFile(path01, (workbook) => {
    const sheet = monthSheet(workbook, MONTH);
    BAD_STATUS.forEach((id, i) => {
      comments.set(id, `Tila kirjoitettu väärin ${i}`);
      sheet.setTask(id, { status: INJECTIONS[i]!, comment: comments.get(id)! });
    });
    BAD_COMMENT.forEach((id, i) => {
      comments.set(id, INJECTIONS[i]!);
      sheet.setTask(id, {
        status: i % 2 ? "Käynnissä" : "Ei aloitettu",
        comment: INJECTIONS[i]!,
        owner: INJECTIONS[(i + 1) % 4]!,
      });
    });
    ORDINARY.forEach((id, i) => {
      comments.set(id, i === 0 ? "Viivästyy.\nUusi aikataulu sovittu." : `Odottaa päätöstä ${i}`);
      sheet.setTask(id, { status: "Käynnissä", comment: comments.get(id)!, expected: EXPECTED_DAY });
    });
    INJECTIONS.forEach((text, i) => {
      sheet.setRisk(i, {
        group: "Yhdyspinnat",
        severity: "Korkea",
        description: text,
        mitigation: INJECTIONS[(i + 2) % 4]!,
      });
    });
    sheet.setAssessment("1", "Keltainen", INJECTIONS[0]);
    sheet.setAssessment("2", "Punainen", INJECTIONS[3]);
  });
  const run = await runCli([
    "consolidate",
    "--month",
    MONTH,
    "--out",
    join(dir, "kansallinen.xlsx"),
    "--json",
    join(dir, "s.json"),
    path01,
    path02,
  ]);
  expect(run.code).toBe(0);
  summary = SummarySchema.parse(JSON.parse(await readFile(join(dir, "s.json"), "utf8")));
  national = await loadExcel(join(dir, "kansallinen.xlsx"));
});

afterAll(() => removeDir(dir));

/** Rows of a national sheet (from `first`) whose column A holds the region code. */
function rowsOf(sheet: ExcelJS.Worksheet, code: string, first: number, last = sheet.rowCount): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  for (let r = first; r <= last; r++) {
    const row = sheet.getRow(r);
    if (row.getCell(1).value === code) rows.push(row);
  }
  return rows;
}

function expectText(cell: ExcelJS.Cell, text: string): void {
  expect({ address: cell.address, type: cell.type, value: cell.value }).toEqual({
    address: cell.address,
    type: ExcelJS.ValueType.String,
    value: text,
  });
}

function rowWithLabel(sheet: ExcelJS.Worksheet, label: string): number {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).value === label) return r;
  throw new Error(`no "${label}" on ${sheet.name}`);
}

describe("Myöhässä", () => {
  it("lists exactly region 01's late tasks, each with its comment as typed", () => {
    const sheet = national.getWorksheet("Myöhässä")!;
    const rows = rowsOf(sheet, "01", 4);
    expect(rows.map((row) => row.getCell(3).value).sort()).toEqual([...LATE].sort());
    for (const row of rows) expectText(row.getCell(8), comments.get(String(row.getCell(3).value))!);
    expect(rowsOf(sheet, "02", 4)).toEqual([]);
  });

  it("keeps injection-like comments, owners and statuses as literal text", () => {
    const sheet = national.getWorksheet("Myöhässä")!;
    const byId = new Map(rowsOf(sheet, "01", 4).map((row) => [String(row.getCell(3).value), row]));
    BAD_COMMENT.forEach((id, i) => {
      expectText(byId.get(id)!.getCell(8), INJECTIONS[i]!);
      expectText(byId.get(id)!.getCell(10), INJECTIONS[(i + 1) % 4]!);
    });
    BAD_STATUS.forEach((id, i) => expectText(byId.get(id)!.getCell(7), INJECTIONS[i]!));
  });

  it("carries the expected completion day as a date", () => {
    const sheet = national.getWorksheet("Myöhässä")!;
    const row = rowsOf(sheet, "01", 4).find((r) => r.getCell(3).value === ORDINARY[0])!;
    expect(row.getCell(9).value).toEqual(EXPECTED_DAY);
  });
});

describe("Riskit", () => {
  it("keeps risk descriptions and mitigations as literal text", () => {
    const sheet = national.getWorksheet("Riskit")!;
    const risksTitle = rowWithLabel(sheet, "Riskit alueittain");
    const rows = rowsOf(sheet, "01", risksTitle + 2, rowWithLabel(sheet, "Itsearvioiden perustelut") - 1);
    expect(rows).toHaveLength(INJECTIONS.length);
    rows.forEach((row, i) => {
      expectText(row.getCell(5), INJECTIONS[i]!);
      expectText(row.getCell(6), INJECTIONS[(i + 2) % 4]!);
      expectText(row.getCell(4), "Korkea");
    });
  });

  it("keeps self-assessment notes as literal text", () => {
    const sheet = national.getWorksheet("Riskit")!;
    const rows = rowsOf(sheet, "01", rowWithLabel(sheet, "Itsearvioiden perustelut") + 2);
    const notes = new Map(rows.map((row) => [String(row.getCell(4).value), row.getCell(5)]));
    expectText(notes.get("Keltainen")!, INJECTIONS[0]);
    expectText(notes.get("Punainen")!, INJECTIONS[3]);
  });
});

describe("Tarkistukset", () => {
  it("lists each unknown status with its message, as text, naming what was typed", () => {
    const sheet = national.getWorksheet("Tarkistukset")!;
    // The finding in words; the issue code stays in the last column, for filters and support.
    const rows = rowsOf(sheet, "01", 4).filter((row) => row.getCell(9).value === "unknown_status");
    for (const row of rows) expect(row.getCell(4).value).toBe("Tuntematon tila");
    expect(rows.map((row) => row.getCell(7).value)).toEqual(BAD_STATUS);
    rows.forEach((row, i) => {
      const issue = summary.issues.find((x) => x.code === "unknown_status" && x.taskId === BAD_STATUS[i])!;
      expect(issue.message).toContain(INJECTIONS[i]);
      expectText(row.getCell(8), issue.message);
      expectText(row.getCell(6), issue.cell!);
    });
  });
});

describe("the whole national workbook", () => {
  it("has no formula cell fed by region text", () => {
    const formulas: string[] = [];
    for (const name of [
      "Yhteenveto",
      "Kaaviot",
      "Valmisteluryhmät",
      "Myöhässä",
      "Riskit",
      "Tarkistukset",
      "Historia",
    ]) {
      national.getWorksheet(name)!.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulas.push(`${name}!${cell.address}`);
        }),
      );
    }
    expect(formulas).toEqual([]);
  });
});
