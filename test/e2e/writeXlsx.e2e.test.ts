/**
 * The own writer (cli/xlsx/write: what `tilannekuva consolidate` writes a new national workbook with,
 * and the sheets it rewrites in last month's, kept by ExcelJS or patched) against ExcelJS, as LibreOffice Calc shows them: every sheet exported as CSV (cells as shown, with
 * their number formats), the charts it recognises (.ods) and the printed pages (PDF: size and text of
 * every page, so print areas, title rows, fitting, page breaks and footers) must be the same.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SheetSpec } from "../../core/sheets/SheetSpec";
import { ExcelJsWorkbook } from "../../cli/xlsx/ExcelJsWorkbook";
import { writeWorkbookFile } from "../../cli/xlsx/files";
import { writeXlsx } from "../../cli/xlsx/write/writeXlsx";
import { KeptWorkbook } from "../../cli/xlsx/write/KeptWorkbook";
import { PatchedWorkbook } from "../../cli/xlsx/write/PatchedWorkbook";
import { ALL_FEATURES, MONTH_RUN, nationalSpecs, previousFile, regionSpecs } from "../support/workbookCases";
import { hasLibreOffice } from "./_lib/libreoffice";
import type { LoadedChart } from "./_lib/nationalRender";
import { odsCharts, readCsvSheets, soffice } from "./_lib/nationalRender";
import type { PdfPage } from "./_lib/pdfPages";
import { pdfPages } from "./_lib/pdfPages";

interface Shown {
  csv: Map<string, string[][]>;
  charts: LoadedChart[];
  pages: PdfPage[];
}

let work = "";
/** Case → writer → what LibreOffice made of the file. */
const shown = new Map<string, { exceljs: Shown; own: Shown }>();

beforeAll(async () => {
  if (!(await hasLibreOffice())) throw new Error("LibreOffice (soffice) is needed for the end-to-end suite");
  work = await mkdtemp(join(tmpdir(), "tilannekuva-writer-"));
  const inputs = join(work, "in");
  await mkdir(inputs, { recursive: true });
  const cases: [string, SheetSpec[]][] = [
    ["n22", nationalSpecs(22)],
    ["n300", nationalSpecs(300)],
    ["region", await regionSpecs()],
    ["features", [ALL_FEATURES]],
  ];
  const files: string[] = [];
  for (const [stem, specs] of cases) {
    const exceljs = new ExcelJsWorkbook();
    await exceljs.writeSheets(specs);
    await writeWorkbookFile(exceljs, join(inputs, `${stem}-exceljs.xlsx`));
    await writeFile(join(inputs, `${stem}-own.xlsx`), await writeXlsx(specs, new Date()));
    files.push(join(inputs, `${stem}-exceljs.xlsx`), join(inputs, `${stem}-own.xlsx`));
  }
  // Last month's workbook consolidated into: by ExcelJS alone, and kept by ExcelJS with the sheets
  // rewritten by the own writer (what --previous does).
  const exceljs = await ExcelJsWorkbook.fromBuffer(await previousFile());
  await exceljs.writeSheets(MONTH_RUN);
  await writeWorkbookFile(exceljs, join(inputs, "kept-exceljs.xlsx"));
  const kept = new KeptWorkbook(await ExcelJsWorkbook.fromBuffer(await previousFile()));
  await kept.writeSheets(MONTH_RUN);
  await writeWorkbookFile(kept, join(inputs, "kept-own.xlsx"));
  files.push(join(inputs, "kept-exceljs.xlsx"), join(inputs, "kept-own.xlsx"));
  cases.push(["kept", MONTH_RUN]);
  // And patched (what --previous does now): the file's other parts copied as they are.
  const patched = (await PatchedWorkbook.open(await previousFile()))!;
  await patched.writeSheets(MONTH_RUN);
  await writeWorkbookFile(exceljs, join(inputs, "patched-exceljs.xlsx"));
  await writeWorkbookFile(patched, join(inputs, "patched-own.xlsx"));
  files.push(join(inputs, "patched-exceljs.xlsx"), join(inputs, "patched-own.xlsx"));
  cases.push(["patched", MONTH_RUN]);
  await soffice(work, "csv", files, join(work, "csv"));
  await soffice(work, "ods", files, join(work, "ods"));
  await soffice(work, "pdf", files, join(work, "pdf"));
  const read = async (stem: string): Promise<Shown> => ({
    csv: await readCsvSheets(join(work, "csv"), stem),
    charts: await odsCharts(join(work, "ods", `${stem}.ods`)),
    pages: await pdfPages(join(work, "pdf", `${stem}.pdf`)),
  });
  for (const [stem] of cases)
    shown.set(stem, { exceljs: await read(`${stem}-exceljs`), own: await read(`${stem}-own`) });
}, 600_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe.each(["n22", "n300", "region", "features", "kept", "patched"])(
  "%s written without ExcelJS, in LibreOffice",
  (stem) => {
    const both = () => shown.get(stem)!;

    it("shows every cell of every sheet as the ExcelJS-written file does", () => {
      const { exceljs, own } = both();
      expect(exceljs.csv.size).toBeGreaterThan(0);
      expect([...own.csv.keys()].sort()).toEqual([...exceljs.csv.keys()].sort());
      for (const [sheet, rows] of exceljs.csv)
        expect({ sheet, rows: own.csv.get(sheet) }).toEqual({ sheet, rows });
    });

    it("has the same charts with the same series", () => {
      expect(both().own.charts).toEqual(both().exceljs.charts);
    });

    it("prints the same pages: size and text of each, footers and page numbers included", () => {
      const { exceljs, own } = both();
      expect(exceljs.pages.length).toBeGreaterThan(0);
      if (stem !== "patched") expect(own.pages).toEqual(exceljs.pages);
      else {
        // ExcelJS, saving a file it loaded, gives each kept sheet useFirstPageNumber, so LibreOffice
        // numbers its pages from 1; the patched file keeps those sheets as they were, numbered on from
        // the sheet before when the whole workbook prints. Everything else is the same.
        const unnumbered = (pages: PdfPage[]) =>
          pages.map((page) => ({ ...page, text: page.text.replace(/Sivu \d+ \/ (\d+)/g, "Sivu # / $1") }));
        expect(unnumbered(own.pages)).toEqual(unnumbered(exceljs.pages));
      }
    });
  },
);
