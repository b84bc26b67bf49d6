/**
 * The region workbook as a coordinator sees and prints it, rendered by LibreOffice: the demo's region 06
 * to PDF (A4 landscape, one page wide, the footer on every page, the table header on every page of the
 * month), to CSV (formatted figures) and to ODS (the column widths and row heights LibreOffice laid out,
 * against which every label is measured in the font LibreOffice drew it with). PNGs of the month sheet,
 * its assessment sheet and a checklist land in test-artifacts/region for a person to look at.
 */
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { REGIONAL, unitRoadmap } from "../../core";
import { buildAssessmentSheet } from "../../core/sheets/assessmentSheet";
import { buildMonthSheet } from "../../core/sheets/buildMonthSheet";
import { buildChecklistSheets } from "../../core/sheets/checklistSheets";
import { MONTH_LAYOUT } from "../../core/sheets/monthLayout";
import type { SheetSpec } from "../../core/sheets/SheetSpec";
import { csvCells } from "./_lib/csvCells";
import { FontMetric } from "./_lib/fontMetric";
import { hasLibreOffice, run } from "./_lib/libreoffice";
import type { SheetLayout } from "./_lib/odsLayout";
import { odsLayouts } from "./_lib/odsLayout";

const ROOT = resolve(__dirname, "../..");
const CLI = join(ROOT, "cli/bin/tilannekuva.cjs");
const ARTIFACTS = join(ROOT, "test-artifacts/region");
const MONTH = "2022-09";
const CODE = "06";
const unit = REGIONAL.units.find((u) => u.code === CODE)!;
/** LibreOffice here has only DejaVu fonts: it draws Calibri text in DejaVu Sans (pdffonts says so). */
const FONTS = "/usr/share/fonts/truetype/dejavu";
const A4_LANDSCAPE = "841.89 x 595.304 pts (A4)";

let work = "";
let pdf = "";
let ods = "";
let csvDir = "";
let pages: string[] = [];

async function soffice(format: string, file: string, outDir: string): Promise<void> {
  const result = await run("soffice", [
    `-env:UserInstallation=file://${join(work, `profile-${format.slice(0, 3)}`)}`,
    "--headless",
    "--norestore",
    "--convert-to",
    format,
    "--outdir",
    outDir,
    file,
  ]);
  if (result.code !== 0) throw new Error(`soffice ${format}: ${result.output}`);
}

beforeAll(async () => {
  if (!(await hasLibreOffice())) throw new Error("LibreOffice (soffice) is needed for the e2e suites");
  work = await mkdtemp(join(tmpdir(), "tilannekuva-print-"));
  // Two months, not the demo's four: the same sheets at half the cost on a busy machine.
  const demo = await run("node", [CLI, "demo", "--months", "2", "--out", join(work, "demo")], { cwd: ROOT });
  if (demo.code !== 0) throw new Error(`tilannekuva demo exited ${demo.code}:\n${demo.output}`);
  const region = join(work, `alue-${CODE}.xlsx`);
  await copyFile(join(work, "demo", "alueet", `alue-${CODE}.xlsx`), region);
  await soffice("pdf", region, work);
  await soffice("ods", region, work);
  csvDir = join(work, "csv");
  // Every sheet, as shown (formatted), UTF-8, one file per sheet.
  await soffice(
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
    region,
    csvDir,
  );
  pdf = join(work, `alue-${CODE}.pdf`);
  ods = join(work, `alue-${CODE}.ods`);
  const count = Number(/Pages:\s+(\d+)/.exec((await run("pdfinfo", [pdf])).output)?.[1]);
  pages = [];
  for (let p = 1; p <= count; p++)
    pages.push((await run("pdftotext", ["-f", `${p}`, "-l", `${p}`, "-layout", pdf, "-"])).output);
}, 900_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** Pages of one sheet: those whose footer names the region (and month, for a month's sheets). */
const pagesOf = (first: string) => {
  const start = pages.findIndex((text) => text.includes(first));
  const end = pages.findIndex((text, i) => i > start && !text.includes("Tunnus"));
  return pages.slice(start, end < 0 ? pages.length : end);
};

describe("the region workbook in print (LibreOffice PDF)", () => {
  it("prints every page A4 landscape", async () => {
    const { output } = await run("pdfinfo", ["-f", "1", "-l", `${pages.length}`, pdf]);
    const sizes = [...output.matchAll(/Page\s+\d+ size:\s+(.*)/g)].map((m) => m[1]!.trim());
    expect(sizes).toHaveLength(pages.length);
    expect(new Set(sizes)).toEqual(new Set([A4_LANDSCAPE]));
  });

  it("puts programme, region, month and page number in every page's footer", () => {
    pages.forEach((text, i) => {
      expect(text).toContain(REGIONAL.name.fi);
      expect(text).toContain(unit.name.fi);
      expect(text).toMatch(new RegExp(`Sivu ${i + 1} / ${pages.length}`));
    });
    const monthPages = pages.filter((text) => text.includes(`${unit.name.fi} · ${MONTH}`));
    expect(monthPages.length).toBeGreaterThanOrEqual(2);
  });

  it("prints the month one page wide with its table header on every page, in far fewer pages", () => {
    const month = pagesOf("Toimeenpanon seuranta");
    expect(month.length).toBeGreaterThanOrEqual(2);
    for (const text of month) {
      // The first and the last printed column on every page: nothing spills onto a second page across.
      expect(text).toContain("Tunnus");
      expect(text).toContain("Päättyy");
      expect(text).toContain("Vastuuhenkilö");
    }
    // Ohjeet, Tiekartta, Asetukset, Listat, two months with their assessments and two checklists; the
    // four-month demo printed 102 pages before issue 9 (23 now).
    expect(pages.length).toBeLessThanOrEqual(18);
  });

  it("writes PNGs of the month sheet, its assessment sheet and a checklist for a person to look at", async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    const find = (text: string) => pages.findIndex((p) => p.includes(text) && p.includes(`· ${MONTH}`)) + 1;
    const wanted = {
      [`month-${MONTH}`]: find("Toimeenpanon seuranta"),
      [`assessment-${MONTH}`]: find("Itsearvio valmisteluryhmittäin –"),
      checklist: pages.findIndex((p) => p.includes("Viimeiset 100 päivää")) + 1,
    };
    for (const [name, page] of Object.entries(wanted)) {
      expect([name, page]).toEqual([name, expect.any(Number)]);
      expect(page).toBeGreaterThan(0);
      await run("pdftoppm", [
        "-f",
        `${page}`,
        "-l",
        `${page}`,
        "-r",
        "110",
        "-png",
        "-singlefile",
        pdf,
        join(ARTIFACTS, name),
      ]);
      expect(existsSync(join(ARTIFACTS, `${name}.png`))).toBe(true);
    }
  });
});

describe("the region workbook as shown (LibreOffice CSV)", () => {
  async function sheetRows(name: string): Promise<string[][]> {
    const file = (await readdir(csvDir)).find((f) => f.endsWith(`-${name}.csv`));
    if (!file) throw new Error(`no CSV of ${name}`);
    const text = (await readFile(join(csvDir, file), "utf8")).replace(/^\uFEFF/, "");
    return text.split("\n").map(csvCells);
  }

  it("shows the live summary as percentages and the dates as days, never raw fractions", async () => {
    const rows = await sheetRows(MONTH);
    const S = MONTH_LAYOUT.summaryColumn;
    for (let i = 0; i < 4; i++) {
      const row = rows[MONTH_LAYOUT.summaryFirstRow - 1 + i]!;
      expect(row[S + 1]).toMatch(/^\d+$/);
      expect(row[S + 3]).toMatch(/^(\d+ %|–)$/);
    }
    expect(rows[MONTH_LAYOUT.asOfRow - 1]![1]).toBe("30.9.2022");
    expect(rows.flat().some((cell) => /^0\.\d{3,}$/.test(cell))).toBe(false);
  });
});

describe("no label is cut (DejaVu Sans metrics against LibreOffice's column widths)", () => {
  const regular = new FontMetric(join(FONTS, "DejaVuSans.ttf"));
  const bold = new FontMetric(join(FONTS, "DejaVuSans-Bold.ttf"));
  /** LibreOffice's cell margins, left and right, in points. */
  const PADDING = 4;
  const roadmap = unitRoadmap(REGIONAL, CODE);
  const month = buildMonthSheet({ programme: REGIONAL, unit, roadmap, month: MONTH, lang: "fi" });
  const assessment = buildAssessmentSheet({ programme: REGIONAL, unit, month: MONTH, lang: "fi" });
  const [checklist] = buildChecklistSheets({ programme: REGIONAL, roadmap, lang: "fi" });
  let layouts: Map<string, SheetLayout>;
  beforeAll(async () => {
    layouts = await odsLayouts(ods, [MONTH, assessment.name, checklist!.name]);
  });

  /** Lines of `text` wrapped greedily at `width` points; a word wider than the column is cut. */
  function wrap(text: string, font: FontMetric, width: number): { lines: number; widest: number } {
    let lines = 1;
    let line = "";
    let widest = 0;
    for (const word of text.split(/\s+/)) {
      widest = Math.max(widest, font.width(word, 11));
      const candidate = line ? `${line} ${word}` : word;
      if (font.width(candidate, 11) > width && line) {
        lines++;
        line = word;
      } else line = candidate;
    }
    return { lines, widest };
  }

  /** Every cut label of `cells` on `sheet` ([row, column] 1-based; wrapped labels may use their row's height). */
  function cuts(spec: SheetSpec, cells: [number, number, "line" | "wrap"][], boldText: boolean): string[] {
    const layout = layouts.get(spec.name)!;
    const font = boldText ? bold : regular;
    const out: string[] = [];
    for (const [row, column, mode] of cells) {
      const text = spec.cells[row - 1]?.[column - 1];
      if (typeof text !== "string" || text === "") continue;
      const width = layout.columns[column - 1]! - PADDING;
      if (mode === "line") {
        if (font.width(text, 11) > width) out.push(`${spec.name} R${row}C${column} "${text}"`);
        continue;
      }
      const { lines, widest } = wrap(text, font, width);
      // DejaVu Sans sets 11 pt text on 12.8-pt lines.
      if (widest > width || lines * 12.8 > layout.rows[row - 1]! + 0.5)
        out.push(`${spec.name} R${row}C${column} "${text}" (${lines} lines)`);
    }
    return out;
  }

  const range = (row: number, from: number, to: number, mode: "line" | "wrap") =>
    Array.from({ length: to - from + 1 }, (_, i): [number, number, "line" | "wrap"] => [row, from + i, mode]);

  it("on the month sheet: header labels, summary and every column header", () => {
    const L = MONTH_LAYOUT;
    const S = L.summaryColumn + 1;
    expect([
      ...cuts(
        month,
        [L.regionRow, L.monthRow, L.asOfRow, L.dueRow, L.targetRow, L.versionRow].map((r) => [r, 1, "line"]),
        true,
      ),
      ...cuts(month, range(L.summaryHeaderRow, S, S + 3, "line"), true),
      ...cuts(
        month,
        [0, 1, 2, 3].map((i) => [L.summaryFirstRow + i, S, "line"]),
        false,
      ),
      ...cuts(month, range(L.tableHeaderRow, 1, month.cells[L.tableHeaderRow - 1]!.length, "wrap"), true),
    ]).toEqual([]);
  });

  it("on the assessment sheet and the checklist", () => {
    expect([
      ...cuts(
        assessment,
        [
          [2, 1, "line"],
          [3, 1, "line"],
        ],
        true,
      ),
      ...cuts(assessment, range(6, 1, 4, "wrap"), true),
      ...cuts(checklist!, range(4, 1, 8, "wrap"), true),
    ]).toEqual([]);
  });
});
