import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import type { Summary } from "../../core/consolidation/SummarySchema";
import { SummarySchema } from "../../core/consolidation/SummarySchema";
import type { Measures } from "../../core/readiness/Measures";
import { copyDir, editFile, loadExcel, monthSheet, removeDir, tempDir } from "../cli/_support/regionFiles";
import { runCli } from "../cli/_support/runCli";
import { summaryJsonErrors } from "../support/validateSummaryJson";

jest.setTimeout(180_000);

const MEASURES = [
  ["schedule", "started"],
  ["schedule", "done"],
  ["readiness", "started"],
  ["readiness", "done"],
] as const;

let demo: string;
let regionFiles: string[];
let work: string;

async function readSummary(path: string): Promise<Summary> {
  return SummarySchema.parse(JSON.parse(await readFile(path, "utf8")));
}

/** Data rows of Historia: month in A, region code in B. */
function historyRows(
  sheet: ExcelJS.Worksheet,
): { month: string; code: string; reporting: string; row: ExcelJS.Row }[] {
  const rows: { month: string; code: string; reporting: string; row: ExcelJS.Row }[] = [];
  sheet.eachRow((row, r) => {
    if (r === 1) return;
    const month = row.getCell(1).value;
    if (typeof month === "string" && /^\d{4}-\d{2}$/.test(month)) {
      rows.push({ month, code: String(row.getCell(2).value), reporting: String(row.getCell(4).value), row });
    }
  });
  return rows;
}

function pointChange(now: number | null, before: number | null): number | string {
  return now === null || before === null ? "–" : Math.round((now - before) * 1000) / 10;
}

beforeAll(async () => {
  demo = await tempDir("tilannekuva-demo-");
  const run = await runCli(["demo", "--out", demo]);
  expect(run.code).toBe(0);
  regionFiles = (await readdir(join(demo, "alueet")))
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => join(demo, "alueet", f));
  expect(regionFiles).toHaveLength(22);
  work = await tempDir("tilannekuva-cons-");
});

afterAll(async () => {
  await removeDir(demo);
  await removeDir(work);
});

describe("tilannekuva consolidate over the demo's region files", () => {
  let summary: Summary;
  let demoSummary: Summary;
  let run: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    run = await runCli([
      "consolidate",
      "--month",
      "2022-09",
      "--out",
      join(work, "n09.xlsx"),
      "--json",
      join(work, "s09.json"),
      "--report",
      join(work, "r09.html"),
      ...regionFiles,
    ]);
    summary = await readSummary(join(work, "s09.json"));
    demoSummary = await readSummary(join(demo, "tilannekuva-2022-09.json"));
  });

  it("writes the demo's brief for all 22 regions, one open action carried over, and the CSV of every month (issue #10)", async () => {
    const brief = await readFile(join(demo, "keskustelumuistio-2022-09.html"), "utf8");
    const pages = brief.split('<section class="page"').slice(1);
    expect(pages).toHaveLength(22);
    // Region 01 was discussed every month: the action agreed in August is still open, and only it.
    const first = pages[0]!;
    const open = first.slice(
      first.indexOf("Avoimet sovitut toimenpiteet"),
      first.indexOf("Keskustelut ja muu aineisto"),
    );
    expect(open.match(/<li>/g)).toHaveLength(1);
    expect(open).toContain("Alue toimittaa päivitetyn ICT-siirtosuunnitelman");
    expect(open).toContain("sovittu 2022-08");
    const csv = await readFile(join(demo, "tilannekuva-aineisto-2022-06-2022-09.csv"), "utf8");
    const months = csv
      .split("\r\n")
      .slice(1, -1)
      .map((line) => line.slice(1, 8));
    expect([...new Set(months)]).toEqual(["2022-06", "2022-07", "2022-08", "2022-09"]);
  });

  it("exits 0 once the output is written, although the regions have issues", () => {
    expect(run.code).toBe(0);
    expect(summary.issues.some((i) => i.severity === "error")).toBe(true);
    for (const file of ["n09.xlsx", "s09.json", "r09.html"]) expect(existsSync(join(work, file))).toBe(true);
  });

  it("writes summary JSON that matches SummarySchema and has every key of PRODUCT.md §7", async () => {
    const raw = JSON.parse(await readFile(join(work, "s09.json"), "utf8")) as Record<string, unknown>;
    expect(SummarySchema.safeParse(raw).success).toBe(true);
    expect(summaryJsonErrors(raw)).toEqual([]);
    // PRODUCT.md §7's keys, plus the additive detail of issue #10 §4 and the revision marker of #11.
    expect(Object.keys(raw).sort()).toEqual([
      "asOf",
      "discussions",
      "groupNames",
      "groups",
      "issues",
      "month",
      "national",
      "programme",
      "publishBy",
      "regions",
      "reporting",
      "roadmapChange",
      "target",
    ]);
    expect(raw).toMatchObject({
      programme: "regional",
      month: "2022-09",
      asOf: "2022-09-30",
      target: "2023-01-01",
    });
    expect(Object.keys(summary.groups).sort()).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("reproduces the demo's national picture: reporting, national, groups and every region", () => {
    expect(summary.reporting).toEqual({ count: 21, of: 22 });
    expect(summary.reporting).toEqual(demoSummary.reporting);
    expect(summary.national).toEqual(demoSummary.national);
    expect(summary.groups).toEqual(demoSummary.groups);
    expect(summary.regions.map((r) => [r.code, r.reporting, r.measures, r.groups])).toEqual(
      demoSummary.regions.map((r) => [r.code, r.reporting, r.measures, r.groups]),
    );
    expect(summary.regions.find((r) => r.code === "16")).toMatchObject({ reporting: false, measures: null });
    expect(summary.issues.map((i) => [i.region, i.code, i.cell])).toEqual(
      expect.arrayContaining(demoSummary.issues.map((i) => [i.region, i.code, i.cell])),
    );
  });

  it("pools the national figures from the regions' counts", () => {
    const reporting = summary.regions.filter((r) => r.reporting);
    for (const [view, kind] of MEASURES) {
      const count = reporting.reduce((sum, r) => sum + r.measures![view][kind].count, 0);
      const of = reporting.reduce((sum, r) => sum + r.measures![view][kind].of, 0);
      expect(summary.national[view][kind]).toEqual({ count, of, share: of === 0 ? null : count / of });
    }
  });

  it("--strict exits 1 when a region has an error", async () => {
    const strict = await runCli([
      "consolidate",
      "--month",
      "2022-09",
      "--out",
      join(work, "strict.xlsx"),
      "--strict",
      ...regionFiles,
    ]);
    expect(strict.code).toBe(1);
    expect(existsSync(join(work, "strict.xlsx"))).toBe(true);
  });

  it("--strict exits 0 when no region has an error", async () => {
    // 2022-08: every region reported; region 20's file (which has the demo's typo) is left out, a warning.
    const files = regionFiles.filter((f) => !f.endsWith("alue-20.xlsx"));
    const clean = await runCli([
      "consolidate",
      "--month",
      "2022-08",
      "--out",
      join(work, "strict-08.xlsx"),
      "--json",
      join(work, "strict-08.json"),
      "--strict",
      ...files,
    ]);
    const s = await readSummary(join(work, "strict-08.json"));
    expect(s.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(s.issues.length).toBeGreaterThan(0);
    expect(clean.code).toBe(0);
  });

  it("exits 2 for bad arguments and writes nothing", async () => {
    const out = join(work, "bad.xlsx");
    expect((await runCli(["consolidate", "--month", "syyskuu", "--out", out, ...regionFiles])).code).toBe(2);
    expect(
      (await runCli(["consolidate", "--month", "2022-09", "--out", out, "--lang", "de", ...regionFiles]))
        .code,
    ).toBe(2);
    expect(
      (await runCli(["consolidate", "--month", "2022-09", "--out", out, "--colour", ...regionFiles])).code,
    ).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it("never writes to the region files", async () => {
    const copies = await copyDir(join(demo, "alueet"));
    try {
      const files = (await readdir(copies)).sort();
      const before = await Promise.all(files.map((f) => readFile(join(copies, f))));
      await runCli([
        "consolidate",
        "--month",
        "2022-09",
        "--out",
        join(work, "ro.xlsx"),
        ...files.map((f) => join(copies, f)),
      ]);
      const after = await Promise.all(files.map((f) => readFile(join(copies, f))));
      after.forEach((bytes, i) => expect(Buffer.compare(bytes, before[i]!)).toBe(0));
    } finally {
      await removeDir(copies);
    }
  });
});

describe("tilannekuva consolidate --previous", () => {
  let s08: Summary;
  let s09: Summary;

  beforeAll(async () => {
    const first = await runCli([
      "consolidate",
      "--month",
      "2022-08",
      "--out",
      join(work, "p08.xlsx"),
      "--json",
      join(work, "p08.json"),
      ...regionFiles,
    ]);
    expect(first.code).toBe(0);
    const second = await runCli([
      "consolidate",
      "--month",
      "2022-09",
      "--previous",
      join(work, "p08.xlsx"),
      "--out",
      join(work, "p09.xlsx"),
      "--json",
      join(work, "p09.json"),
      ...regionFiles,
    ]);
    expect(second.code).toBe(0);
    s08 = await readSummary(join(work, "p08.json"));
    s09 = await readSummary(join(work, "p09.json"));
  });

  it("carries Historia forward: one row per month and region", async () => {
    const rows = historyRows((await loadExcel(join(work, "p09.xlsx"))).getWorksheet("Historia")!);
    expect(rows.filter((r) => r.month === "2022-08")).toHaveLength(22);
    expect(rows.filter((r) => r.month === "2022-09")).toHaveLength(22);
    expect(rows).toHaveLength(44);
    expect(rows.find((r) => r.month === "2022-09" && r.code === "16")?.reporting).toBe("Ei");
    expect(rows.find((r) => r.month === "2022-08" && r.code === "16")?.reporting).toBe("Kyllä");
  });

  it("keeps last month's counts in Historia as they were", async () => {
    const rows = historyRows((await loadExcel(join(work, "p09.xlsx"))).getWorksheet("Historia")!);
    for (const region of s08.regions) {
      const row = rows.find((r) => r.month === "2022-08" && r.code === region.code)!.row;
      MEASURES.forEach(([view, kind], m) => {
        expect([row.getCell(5 + m * 3).value, row.getCell(6 + m * 3).value]).toEqual([
          region.measures![view][kind].count,
          region.measures![view][kind].of,
        ]);
      });
    }
  });

  it("replaces the month's rows when the same month is consolidated again", async () => {
    // Re-run 2022-09 on top of the national workbook that already has it, with one region changed.
    const changed = await copyDir(join(demo, "alueet"));
    try {
      await editFile(join(changed, "alue-01.xlsx"), (workbook) => {
        const sheet = monthSheet(workbook, "2022-09");
        for (const id of sheet.ids()) sheet.setTask(id, { status: "Valmis" });
      });
      const files = (await readdir(changed)).sort().map((f) => join(changed, f));
      const again = await runCli([
        "consolidate",
        "--month",
        "2022-09",
        "--previous",
        join(work, "p09.xlsx"),
        "--out",
        join(work, "p09b.xlsx"),
        "--json",
        join(work, "p09b.json"),
        ...files,
      ]);
      expect(again.code).toBe(0);
      const rows = historyRows((await loadExcel(join(work, "p09b.xlsx"))).getWorksheet("Historia")!);
      expect(rows).toHaveLength(44);
      expect(rows.filter((r) => r.month === "2022-09")).toHaveLength(22);
      const s = await readSummary(join(work, "p09b.json"));
      const r01 = rows.find((r) => r.month === "2022-09" && r.code === "01")!.row;
      const done = s.regions.find((r) => r.code === "01")!.measures!.readiness.done;
      expect(done.count).toBe(done.of);
      expect([r01.getCell(14).value, r01.getCell(15).value]).toEqual([done.count, done.of]);
      // The change column still compares with 2022-08, the month before.
      const summarySheet = (await loadExcel(join(work, "p09b.xlsx"))).getWorksheet("Yhteenveto")!;
      MEASURES.forEach(([view, kind], i) => {
        const expected = pointChange(s.national[view][kind].share, s08.national[view][kind].share);
        expect(summarySheet.getCell(`E${7 + i}`).value).toBeCloseTo(expected as number, 6);
      });
    } finally {
      await removeDir(changed);
    }
  });

  it("fills Yhteenveto's change column from last month, in percentage points", async () => {
    const sheet = (await loadExcel(join(work, "p09.xlsx"))).getWorksheet("Yhteenveto")!;
    MEASURES.forEach(([view, kind], i) => {
      const expected = pointChange(s09.national[view][kind].share, s08.national[view][kind].share);
      expect(typeof expected).toBe("number");
      expect(sheet.getCell(`E${7 + i}`).value).toBeCloseTo(expected as number, 6);
    });
    // Region rows: code in A, the four changes in H–K.
    const regionRow = (code: string) => {
      let found: ExcelJS.Row | undefined;
      sheet.eachRow((row, r) => {
        if (r > 12 && row.getCell(1).value === code) found = row;
      });
      return found!;
    };
    for (const code of ["01", "20", "90"]) {
      const before = s08.regions.find((r) => r.code === code)!.measures as Measures;
      const now = s09.regions.find((r) => r.code === code)!.measures as Measures;
      MEASURES.forEach(([view, kind], i) => {
        const expected = pointChange(now[view][kind].share, before[view][kind].share);
        const value = regionRow(code).getCell(8 + i).value;
        if (typeof expected === "number") expect(value).toBeCloseTo(expected, 6);
        else expect(value).toBe(expected);
      });
    }
    // A region that did not report this month has no change figure.
    expect(regionRow("16").getCell(8).value).toBe("–");
  });

  it("has no change figures without --previous", async () => {
    const sheet = (await loadExcel(join(work, "n09.xlsx"))).getWorksheet("Yhteenveto")!;
    for (let i = 0; i < 4; i++) expect(sheet.getCell(`E${7 + i}`).value).toBe("–");
  });
});
