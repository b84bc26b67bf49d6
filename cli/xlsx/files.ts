import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { addChartParts } from "./_lib/addCharts";
import { ExcelJsWorkbook } from "./ExcelJsWorkbook";
import { SpecWorkbook } from "./write/SpecWorkbook";
import { unzipParts } from "./write/unzipParts";
import { zipParts } from "./write/zipParts";

/** Opens an .xlsx file. Kept apart from ExcelJsWorkbook so the add-in's bundle has no `node:fs`. */
export async function readWorkbookFile(path: string): Promise<ExcelJsWorkbook> {
  return ExcelJsWorkbook.fromBuffer(await readFile(path));
}

/**
 * Saves a workbook as an .xlsx file. It is written next to the target and then renamed over it, so a
 * failure half way never leaves a region's workbook truncated.
 */
export async function writeWorkbookFile(
  workbook: ExcelJsWorkbook | SpecWorkbook,
  path: string,
): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    const bytes =
      workbook instanceof SpecWorkbook ? await workbook.toXlsx(new Date()) : await exceljsXlsx(workbook);
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * An ExcelJS workbook's file: its parts as ExcelJS writes them (uncompressed: JSZip's deflate in
 * JavaScript is slow), the charts added among them and all compressed by Node's zlib, without taking
 * the zip apart and putting it together again in JSZip (a fifth of saving a national workbook).
 */
async function exceljsXlsx(workbook: ExcelJsWorkbook): Promise<Buffer> {
  const parts = unzipParts(await workbook.toBuffer({ compression: "STORE", charts: false }));
  const byPath = new Map(parts.map((part) => [part.path, part]));
  await addChartParts(
    {
      text: async (path) => {
        const data = byPath.get(path)?.data;
        return typeof data === "string" || data === undefined ? data : Buffer.from(data).toString("utf8");
      },
      put: (path, text) => {
        const part = byPath.get(path);
        if (part) part.data = text;
        else byPath.set(path, parts[parts.push({ path, data: text }) - 1]!);
      },
      paths: () => [...byPath.keys()],
    },
    workbook.chartSpecs(),
  );
  return zipParts(parts, new Date());
}
