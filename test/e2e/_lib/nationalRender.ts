import { mkdir, readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import JSZip from "jszip";
import { run } from "./libreoffice";
import { csvCells } from "./csvCells";

/** LibreOffice's CSV export of every sheet, cells as shown (formatted), UTF-8, one file per sheet. */
const CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

/** Runs headless LibreOffice over files with its own profile (parallel runs do not clash). */
export async function soffice(
  workDir: string,
  format: string,
  files: readonly string[],
  outDir: string,
): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const profile = join(workDir, `profile-${basename(outDir)}`);
  const result = await run("soffice", [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--norestore",
    "--convert-to",
    format === "csv" ? CSV_ALL_SHEETS : format,
    "--outdir",
    outDir,
    ...files,
  ]);
  return result.output;
}

/** The sheets LibreOffice exported for one workbook: sheet name → rows of shown text. */
export async function readCsvSheets(outDir: string, stem: string): Promise<Map<string, string[][]>> {
  const sheets = new Map<string, string[][]>();
  for (const file of await readdir(outDir)) {
    if (!file.startsWith(`${stem}-`) || !file.endsWith(".csv")) continue;
    const text = (await readFile(join(outDir, file), "utf8")).replace(/^\uFEFF/, "");
    // Quoted cells may hold line breaks; rows are split where the quotes balance.
    const rows: string[][] = [];
    let pending = "";
    for (const line of text.split("\n")) {
      pending = pending ? `${pending}\n${line}` : line;
      if ((pending.match(/"/g)?.length ?? 0) % 2 === 0) {
        rows.push(csvCells(pending.replace(/\r$/, "")));
        pending = "";
      }
    }
    sheets.set(file.slice(stem.length + 1, -4), rows);
  }
  return sheets;
}

/** A chart as LibreOffice understood it after opening the .xlsx: its class, title and series ranges. */
export interface LoadedChart {
  kind: string;
  title: string;
  series: string[];
}

/** The charts of an .ods LibreOffice saved: each is an embedded object with its own content.xml. */
export async function odsCharts(path: string): Promise<LoadedChart[]> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const charts: LoadedChart[] = [];
  for (const name of Object.keys(zip.files).sort()) {
    if (!/^Object \d+\/content\.xml$/.test(name)) continue;
    const xml = await zip.file(name)!.async("string");
    const kind = /<chart:chart\b[^>]*chart:class="chart:([a-z]+)"/.exec(xml)?.[1];
    if (!kind) continue;
    const title = /<chart:title\b[^>]*>\s*<text:p>([^<]*)<\/text:p>/.exec(xml)?.[1] ?? "";
    const series = [...xml.matchAll(/<chart:series\b[^>]*chart:values-cell-range-address="([^"]+)"/g)].map(
      (m) => m[1]!,
    );
    charts.push({ kind, title, series });
  }
  return charts;
}
