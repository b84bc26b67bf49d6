/**
 * The national workbook as LibreOffice shows it (issue 9): the demo's national workbook and synthetic
 * ones of 1 and 300 regions are opened in LibreOffice Calc and exported as CSV (cells as shown, with
 * their number formats), as .ods (to see which charts LibreOffice recognised, with their series) and as
 * PDF → PNG in test-artifacts/national/ for a person to look at.
 */
import { copyFile, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../../cli/xlsx/ExcelJsWorkbook";
import { cutLabels } from "../../core/sheets/_lib/cutLabels";
import { readWorkbookFile, writeWorkbookFile } from "../../cli/xlsx/files";
import { consolidate } from "../../core/actions/consolidate";
import { REGIONAL } from "../../core/programme/builtins";
import { SHORT } from "../../core/sheets/national/cells";
import { nationalSheets } from "../../core/sheets/national/nationalSheets";
import { NATIONAL_LABELS as N } from "../../core/sheets/nationalLabels";
import type { SheetSpec } from "../../core/sheets/SheetSpec";
import { syntheticPicture } from "../support/syntheticPicture";
import { hasLibreOffice, run } from "./_lib/libreoffice";
import type { LoadedChart } from "./_lib/nationalRender";
import { odsCharts, readCsvSheets, soffice } from "./_lib/nationalRender";
import type { PdfPage } from "./_lib/pdfPages";
import { pdfPages } from "./_lib/pdfPages";

const ROOT = resolve(__dirname, "../..");
const CLI = join(ROOT, "cli/bin/tilannekuva.cjs");
const ARTIFACTS = join(ROOT, "test-artifacts", "national");
const SHARE = /^(\d{1,3} %|–)$/;
const MONTH = "2022-09";

let work = "";
/** The demo's national sheets, consolidated again, and each one's printed pages (size and text). */
let sheets: SheetSpec[] = [];
const printed = new Map<string, PdfPage[]>();
/** Workbook stem → its specs (what was written) and what LibreOffice made of it. */
const books = new Map<
  string,
  { specs: SheetSpec[]; csv: Map<string, string[][]>; charts: LoadedChart[]; saved?: ExcelJS.Workbook }
>();

async function writeSpecs(path: string, specs: readonly SheetSpec[]): Promise<void> {
  const workbook = new ExcelJsWorkbook();
  await workbook.writeSheets(specs);
  await writeWorkbookFile(workbook, path);
}

beforeAll(async () => {
  if (!(await hasLibreOffice())) throw new Error("LibreOffice (soffice) is needed for the end-to-end suite");
  work = await mkdtemp(join(tmpdir(), "tilannekuva-national-"));
  const demo = await run("node", [CLI, "demo", "--out", join(work, "demo")], { cwd: ROOT });
  if (demo.code !== 0) throw new Error(`tilannekuva demo exited ${demo.code}:\n${demo.output}`);
  const inputs = join(work, "in");
  await mkdir(inputs, { recursive: true });
  await copyFile(join(work, "demo", "kansallinen.xlsx"), join(inputs, "demo.xlsx"));
  const demoSpecs = (await readWorkbookFile(join(inputs, "demo.xlsx"))).excel.worksheets.map((ws) => ws.name);
  for (const units of [1, 300]) {
    const specs = nationalSheets(syntheticPicture(units));
    books.set(`n${units}`, { specs, csv: new Map(), charts: [] });
    await writeSpecs(join(inputs, `n${units}.xlsx`), specs);
  }
  // The demo's specs are not at hand; its sheet names and LibreOffice's view of it are what is checked.
  books.set("demo", { specs: demoSpecs.map((name) => ({ name, cells: [] })), csv: new Map(), charts: [] });
  const files = [...books.keys()].map((stem) => join(inputs, `${stem}.xlsx`));
  await soffice(work, "csv", files, join(work, "csv"));
  await soffice(work, "ods", files, join(work, "ods"));
  // Saved again as .xlsx by LibreOffice: the panes, widths and heights it kept.
  await soffice(work, "xlsx", files, join(work, "xlsx"));
  for (const [stem, book] of books) {
    book.csv = await readCsvSheets(join(work, "csv"), stem);
    book.charts = await odsCharts(join(work, "ods", `${stem}.ods`));
    book.saved = new ExcelJS.Workbook();
    await book.saved.xlsx.readFile(join(work, "xlsx", `${stem}.xlsx`));
  }
  // Pictures: the demo's summary and charts (its picture consolidated again over its own history),
  // each sheet alone in a workbook, to PDF and PNG.
  const regionDir = join(work, "demo", "alueet");
  const sources = await Promise.all(
    (await readdir(regionDir))
      .filter((f) => f.endsWith(".xlsx"))
      .map(async (f) => ({ label: f, workbook: await readWorkbookFile(join(regionDir, f)) })),
  );
  const again = await consolidate(await readWorkbookFile(join(inputs, "demo.xlsx")), sources, {
    month: MONTH,
  });
  sheets = nationalSheets(again.picture!);
  // Each sheet alone in a workbook, so that every page of a PDF is known to be that sheet's.
  const stems = sheets.map((_, i) => (i === 0 ? "summary" : i === 1 ? "charts" : `sheet${i}`));
  for (const [i, stem] of stems.entries()) await writeSpecs(join(inputs, `${stem}.xlsx`), [sheets[i]!]);
  await soffice(
    work,
    "pdf",
    stems.map((stem) => join(inputs, `${stem}.xlsx`)),
    join(work, "pdf"),
  );
  for (const [i, stem] of stems.entries())
    printed.set(sheets[i]!.name, await pdfPages(join(work, "pdf", `${stem}.pdf`)));
  await rm(ARTIFACTS, { recursive: true, force: true });
  await mkdir(ARTIFACTS, { recursive: true });
  for (const stem of ["summary", "charts"]) {
    await run("pdftoppm", [
      "-r",
      "80",
      "-png",
      join(work, "pdf", `${stem}.pdf`),
      join(ARTIFACTS, `national-${stem}`),
    ]);
  }
}, 600_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe.each(["demo", "n1", "n300"])("national workbook %s in LibreOffice", (stem) => {
  const book = () => books.get(stem)!;

  it("shows every share of every region row and the national total formatted (no raw fractions)", () => {
    const summary = book().csv.get("Yhteenveto")!;
    const header = summary.findIndex((row) => row[0] === "Koodi");
    const total = summary.findIndex((row) => row[1] === N.totalRow.fi);
    expect(header).toBe(12);
    expect(total).toBeGreaterThan(header);
    const regions = summary.slice(header + 1, total + 1);
    expect(regions.length).toBe(stem === "n1" ? 2 : stem === "n300" ? 301 : 23);
    const bad = regions.flatMap((row) =>
      row
        .slice(2, 6)
        .filter((v) => !SHARE.test(v))
        .map((v) => `${row[0]}: ${v}`),
    );
    expect(bad).toEqual([]);
  });

  it("never shows a raw fraction anywhere in the national sheets", () => {
    const raw: string[] = [];
    for (const [sheet, rows] of book().csv) {
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (/^-?0\.\d{3,}$/.test(v) || /^\d\.\d{5,}$/.test(v)) raw.push(`${sheet}!${r + 1}:${c + 1} ${v}`);
        }),
      );
    }
    expect(raw).toEqual([]);
  });

  it("formats every region × group share on Valmisteluryhmät", () => {
    const rows = book().csv.get("Valmisteluryhmät")!;
    const header = rows.findIndex((row) => row[0] === "Koodi");
    const data = rows.slice(header + 1).filter((row) => row[1]);
    const bad = data.flatMap((row) =>
      row
        .slice(2)
        .filter((v) => v && !SHARE.test(v))
        .map((v) => `${row[0]}: ${v}`),
    );
    expect(data.length).toBeGreaterThan(1);
    expect(bad).toEqual([]);
  });

  it("draws each chart with its series, as LibreOffice reads the DrawingML", () => {
    const charts = book().charts;
    expect(charts.map((c) => [c.kind, c.title])).toEqual([
      ["bar", N.chartShares.fi],
      ["line", N.trendTitle.fi],
      ["bar", N.groupsChartTitle.fi],
      ...SHORT.map((measure) => ["line", `Kehitys valmisteluryhmittäin: ${measure.fi}`]),
    ]);
    // Four measures in the first three; the five groups in each group trend.
    expect(charts.map((c) => c.series.length)).toEqual([4, 4, 4, 5, 5, 5, 5]);
    for (const range of charts.flatMap((c) => c.series))
      expect(range).toMatch(/^Kaaviot\.[B-F]\d+:Kaaviot\.[B-F]\d+$/);
  });
});

describe.each(["n1", "n300"])("national workbook %s as LibreOffice keeps it", (stem) => {
  const book = () => books.get(stem)!;

  it("cuts no label at the column widths and row heights LibreOffice shows", () => {
    const cut: string[] = [];
    for (const spec of book().specs) {
      const sheet = book().saved!.getWorksheet(spec.name)!;
      // LibreOffice writes no width for a column at its default width; that default is the width then.
      const fallback = sheet.properties.defaultColWidth ?? 8.43;
      const columnWidths = (spec.columnWidths ?? []).map((_, c) => sheet.getColumn(c + 1).width ?? fallback);
      const rowHeights = spec.cells.map((_, r) => sheet.getRow(r + 1).height ?? null);
      // LibreOffice rounds widths to its own units; allow it the rounding, not a narrower column.
      const shown = {
        ...spec,
        columnWidths: columnWidths.map((w) => w + 0.3),
        rowHeights: rowHeights.map((h) => (h === null ? null : h + 0.5)),
      };
      cut.push(...cutLabels(shown).map((c) => `${spec.name}!${c}`));
    }
    expect(cut).toEqual([]);
  });
});

describe.each(["n1", "n300", "demo"])("national workbook %s as written", (stem) => {
  // LibreOffice without a window drops the panes when it saves, so the file itself is checked.
  it("freezes Yhteenveto below the region table's header, with code and region in view", async () => {
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(join(work, "in", `${stem}.xlsx`));
    const view = written.getWorksheet("Yhteenveto")!.views[0] as {
      state?: string;
      xSplit?: number;
      ySplit?: number;
    };
    expect([view.state, view.ySplit, view.xSplit]).toEqual(["frozen", 13, 2]);
    expect(books.get(stem)!.csv.get("Yhteenveto")![12]![0]).toBe("Koodi");
  });
});

describe("the national workbook in print (LibreOffice PDF, each sheet alone)", () => {
  const A4_LANDSCAPE = "841.89 x 595.304 pts (A4)";
  const each = () => [...printed.entries()];

  it("prints the summary on exactly one page", () => {
    expect(printed.get("Yhteenveto")!.length).toBe(1);
  });

  it("prints every page of every sheet A4 landscape", () => {
    const other = each().flatMap(([sheet, pages]) =>
      pages.filter((p) => p.size !== A4_LANDSCAPE).map((p, i) => `${sheet} ${i + 1}: ${p.size}`),
    );
    expect(printed.size).toBe(sheets.length);
    expect(other).toEqual([]);
  });

  it("puts programme, national, month and page number in every page's footer", () => {
    const programme = REGIONAL.name.fi;
    const missing = each().flatMap(([sheet, pages]) =>
      pages.flatMap((page, i) =>
        [programme, `Kansallinen · ${MONTH}`, `Sivu ${i + 1} / ${pages.length}`]
          .filter((text) => !page.text.includes(text))
          .map((text) => `${sheet} page ${i + 1}: ${text}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it("prints every sheet one page wide: each page shows its sheet's first column", () => {
    // Pages run down, then across: a sheet two pages wide would print pages of its right-hand columns
    // alone, with nothing of column A on them.
    const strays = each().flatMap(([sheet, pages]) => {
      const spec = sheets.find((s) => s.name === sheet)!;
      const firstColumn = spec.cells
        .map((row) => row[0])
        .filter((v): v is string => typeof v === "string" && v.length > 1);
      return pages.flatMap((page, i) =>
        firstColumn.some((text) => page.text.includes(text)) ? [] : [`${sheet} page ${i + 1}`],
      );
    });
    expect(strays).toEqual([]);
  });

  it("prints each chart whole: the regions' chart on a page, then two charts a page", () => {
    const pages = printed.get(N.chartsSheet.fi)!;
    const titles = (i: number) =>
      [
        N.chartShares.fi,
        N.trendTitle.fi,
        N.groupsChartTitle.fi,
        ...SHORT.map((m) => `Kehitys valmisteluryhmittäin: ${m.fi}`),
      ].filter((title) => pages[i]!.text.includes(title));
    expect(pages.map((_, i) => titles(i))).toEqual([
      [N.chartShares.fi],
      [N.trendTitle.fi, N.groupsChartTitle.fi],
      SHORT.slice(0, 2).map((m) => `Kehitys valmisteluryhmittäin: ${m.fi}`),
      SHORT.slice(2).map((m) => `Kehitys valmisteluryhmittäin: ${m.fi}`),
    ]);
  });
});

describe("pictures for a person", () => {
  it("leaves PNGs of the national summary and the charts in test-artifacts/national", async () => {
    const files = await readdir(ARTIFACTS);
    expect(
      files.filter((f) => f.startsWith("national-summary") && f.endsWith(".png")).length,
    ).toBeGreaterThan(0);
    expect(files.filter((f) => f.startsWith("national-charts") && f.endsWith(".png")).length).toBeGreaterThan(
      0,
    );
  });
});
