/**
 * `tilannekuva month` carries over every status, comment, owner and expected date of the latest earlier
 * month sheet, self-assessments and risks too, and never changes that sheet (PRODUCT.md §5).
 */
import type ExcelJS from "exceljs";
import { REGIONAL } from "../../core/programme/builtins";
import { parseStatus } from "../../core/status/parseStatus";
import type { MonthSheet } from "./_support/regionFiles";
import {
  editFile,
  loadExcel,
  monthSheet,
  removeDir,
  sheetFormatting,
  sheetSnapshot,
  tempDir,
  writeRegionFile,
} from "./_support/regionFiles";
import { runCli } from "./_support/runCli";

jest.setTimeout(60_000);

const IDS = REGIONAL.roadmap.map((t) => t.id);
const STATUSES = [
  "Valmis",
  "käynnissä",
  "Pågår",
  "Done",
  "Ei koske",
  "  ei  ALOITETTU ",
  "Klar",
  "In progress",
];
const UNKNOWN_STATUS = "odottaa päätöstä?";

/** What a preparer types on task i of month M. */
function entryOf(i: number): {
  status: string;
  comment: string | null;
  owner: string | null;
  expected: Date | string | null;
} {
  return {
    status: i === 13 ? UNKNOWN_STATUS : i === 14 ? "=1+1" : STATUSES[i % STATUSES.length]!,
    comment:
      i % 9 === 8
        ? null
        : i === 3
          ? "Kaksi riviä:\nensimmäinen ja toinen"
          : i === 5
            ? '=HYPERLINK("http://x","y")'
            : `Kommentti ${IDS[i]}`,
    owner: i % 4 === 3 ? null : `Henkilö ${i % 11}`,
    expected:
      i % 3 === 0
        ? new Date(Date.UTC(2022, 9 + (i % 5), 1 + (i % 27)))
        : i % 3 === 1
          ? "ennen vuodenvaihdetta"
          : null,
  };
}

const ASSESSMENTS: [string, string, string][] = [
  ["1", "Vihreä", "Hyvin menee"],
  ["2", "Keltainen", "Resurssit tiukalla"],
  ["3", "Punainen", "Sopimukset kesken"],
  ["4", "Oranssi", "Ei listalla"],
  ["5", "Vihreä", ""],
];
const RISKS = [
  {
    group: "ICT-valmistelu",
    severity: "Korkea",
    description: "Potilastietojärjestelmän siirto",
    mitigation: "Varasuunnitelma",
  },
  { group: "Yhdyspinnat", severity: "Matala", description: "-1+2", mitigation: "@SUM(A1)" },
  {
    group: "Palveluiden järjestäminen",
    severity: "Hyvin korkea",
    description: "Henkilöstön saatavuus",
    mitigation: "Rekrytointi",
  },
];

function typeMonth(sheet: MonthSheet): void {
  IDS.forEach((id, i) => {
    const e = entryOf(i);
    sheet.setTask(id, {
      status: e.status,
      ...(e.comment !== null ? { comment: e.comment } : {}),
      ...(e.owner !== null ? { owner: e.owner } : {}),
      ...(e.expected !== null ? { expected: e.expected } : {}),
    });
  });
  for (const [group, assessment, note] of ASSESSMENTS) sheet.setAssessment(group, assessment, note);
  RISKS.forEach((risk, i) => sheet.setRisk(i, risk));
}

function plain(value: ExcelJS.CellValue): unknown {
  return value instanceof Date ? value.toISOString() : value === undefined || value === "" ? null : value;
}

/** The self-assessment rows: group id → [assessment, note]. */
function assessments(sheet: MonthSheet): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (let r = sheet.assessmentTitleRow + 2; r < sheet.risksTitleRow; r++) {
    const row = sheet.assessmentWorksheet.getRow(r);
    const id = row.getCell(1).value;
    if (id !== null && id !== "")
      out[String(id)] = [plain(row.getCell(3).value), plain(row.getCell(4).value)];
  }
  return out;
}

/** The filled risk rows: [group, severity, description, mitigation]. */
function risks(sheet: MonthSheet): unknown[][] {
  const out: unknown[][] = [];
  for (let r = sheet.risksTitleRow + 2; r <= sheet.assessmentWorksheet.rowCount; r++) {
    const row = sheet.assessmentWorksheet.getRow(r);
    const cells = [2, 3, 4, 5].map((c) => plain(row.getCell(c).value));
    if (cells.some((c) => c !== null)) out.push(cells);
  }
  return out;
}

function expectCarried(from: MonthSheet, to: MonthSheet): void {
  expect([...to.ids()].sort()).toEqual([...IDS].sort());
  for (const id of IDS) {
    const before = from.get(id, "status");
    const after = to.get(id, "status");
    const code = parseStatus(before as string, REGIONAL.statuses);
    if (code) {
      // A status the reader knows is shown in the sheet's language.
      expect({ id, after }).toEqual({ id, after: REGIONAL.statuses[code].fi });
    } else {
      expect({ id, after }).toEqual({ id, after: before });
    }
    expect({ id, previous: to.get(id, "previous") }).toEqual({ id, previous: after });
    for (const field of ["comment", "owner", "expected"] as const) {
      expect({ id, field, value: plain(to.get(id, field)) }).toEqual({
        id,
        field,
        value: plain(from.get(id, field)),
      });
    }
  }
  expect(assessments(to)).toEqual(assessments(from));
  expect(risks(to)).toEqual(risks(from));
}

let dir: string;

beforeAll(async () => {
  dir = await tempDir("tilannekuva-carry-");
});

afterAll(() => removeDir(dir));

describe("tilannekuva month: carry-over", () => {
  let path: string;
  let before: Record<string, string>;
  let formatting: Record<string, string>;

  beforeAll(async () => {
    path = await writeRegionFile(dir, "05", { months: ["2022-08"] });
    await editFile(path, (workbook) => {
      const sheet = monthSheet(workbook, "2022-08");
      typeMonth(sheet);
      sheet.filter(sheet.ids().slice(0, 5));
    });
    const m = (await loadExcel(path)).getWorksheet("2022-08")!;
    before = sheetSnapshot(m);
    formatting = sheetFormatting(m);
    const run = await runCli(["month", "--workbook", path, "--month", "2022-09"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("2022-08");
  });

  it("typed what it meant to in month M (the fixture is not empty)", async () => {
    const m = monthSheet(await loadExcel(path), "2022-08");
    expect(m.get(IDS[13]!, "status")).toBe(UNKNOWN_STATUS);
    expect(m.get(IDS[0]!, "expected")).toBeInstanceOf(Date);
    expect(risks(m)).toHaveLength(RISKS.length);
  });

  it("carries every task's status, comment, owner and expected date into M+1", async () => {
    const workbook = await loadExcel(path);
    expectCarried(monthSheet(workbook, "2022-08"), monthSheet(workbook, "2022-09"));
  });

  it("keeps an unknown status text verbatim, and injection-like text as text", async () => {
    const next = monthSheet(await loadExcel(path), "2022-09");
    expect(next.get(IDS[13]!, "status")).toBe(UNKNOWN_STATUS);
    expect(next.get(IDS[14]!, "status")).toBe("=1+1");
    expect(next.cell(IDS[5]!, "comment").value).toBe('=HYPERLINK("http://x","y")');
  });

  it("carries the self-assessments and risks, unknown values verbatim", async () => {
    const next = monthSheet(await loadExcel(path), "2022-09");
    expect(assessments(next)["4"]).toEqual(["Oranssi", "Ei listalla"]);
    expect(risks(next)[2]).toEqual([
      "Palveluiden järjestäminen",
      "Hyvin korkea",
      "Henkilöstön saatavuus",
      "Rekrytointi",
    ]);
  });

  it("leaves month M's sheet as it was (values, hidden rows, drop-downs, formats, filter) but closes it", async () => {
    const m = (await loadExcel(path)).getWorksheet("2022-08")!;
    expect(sheetSnapshot(m)).toEqual(before);
    // Issue 9: the earlier month is the record of what was reported: its fill-in cells are locked again,
    // sorting is no longer allowed and its tab is greyed; nothing else changes.
    const unlocked = /,"protection":\{[^}]*\}/g;
    const { styles, protection, ...rest } = sheetFormatting(m);
    const { styles: stylesBefore, protection: protectionBefore, ...restBefore } = formatting;
    expect(rest).toEqual(restBefore);
    expect(JSON.parse(protectionBefore!)).toMatchObject({ sheet: true, sort: true, autoFilter: true });
    const { sort, ...protectionRest } = JSON.parse(protectionBefore!) as Record<string, unknown>;
    expect(sort).toBe(true);
    expect(JSON.parse(protection!)).toEqual(protectionRest);
    expect(styles!.replace(unlocked, "")).toEqual(stylesBefore!.replace(unlocked, ""));
    expect(stylesBefore).toContain('"locked":false');
    expect(styles).not.toContain('"locked":false');
    expect(m.properties.tabColor).toEqual({ argb: "FF808080" });
    expect(JSON.parse(formatting.validations!)).not.toEqual({});
    expect(formatting.autoFilter).not.toBe("null");
  });
});

describe("tilannekuva month: carry-over from a rearranged sheet", () => {
  it("matches by id after the preparer sorted, hid and inserted rows", async () => {
    const path = await writeRegionFile(dir, "06", { months: ["2022-08"] });
    await editFile(path, (workbook) => {
      const sheet = monthSheet(workbook, "2022-08");
      typeMonth(sheet);
      sheet.sortBy("comment", true);
      sheet.insertRows(3);
      sheet.hide(sheet.ids().slice(0, 20));
      sheet.insertBlankRows(sheet.ids()[50]!, 2);
    });
    const before = sheetSnapshot((await loadExcel(path)).getWorksheet("2022-08")!);
    expect((await runCli(["month", "--workbook", path, "--month", "2022-09"])).code).toBe(0);
    const workbook = await loadExcel(path);
    const next = monthSheet(workbook, "2022-09");
    expect(next.ids()).toEqual(IDS);
    expectCarried(monthSheet(workbook, "2022-08"), next);
    expect(sheetSnapshot(workbook.getWorksheet("2022-08")!)).toEqual(before);
  });
});

describe("tilannekuva month: which month it carries from", () => {
  it("carries from the latest earlier month sheet, skipping a gap", async () => {
    const path = await writeRegionFile(dir, "07", {
      months: ["2022-07", "2022-08"],
      fill: (id, month) => ({
        status: month === "2022-07" ? "Käynnissä" : "Valmis",
        comment: `${month} ${id}`,
      }),
    });
    expect((await runCli(["month", "--workbook", path, "--month", "2022-10"])).code).toBe(0);
    const workbook = await loadExcel(path);
    const october = monthSheet(workbook, "2022-10");
    expect(october.get(IDS[0]!, "status")).toBe("Valmis");
    expect(october.get(IDS[0]!, "comment")).toBe(`2022-08 ${IDS[0]}`);
    expectCarried(monthSheet(workbook, "2022-08"), october);
  });
});
