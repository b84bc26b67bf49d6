import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { addChartParts } from "./_lib/addCharts";
import { ExcelJsWorkbook } from "./ExcelJsWorkbook";
import type { KeptWorkbook } from "./write/KeptWorkbook";
import type { PatchedWorkbook } from "./write/PatchedWorkbook";
import type { SpecWorkbook } from "./write/SpecWorkbook";
import { partsPackage, unzipParts } from "./write/unzipParts";
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
  workbook: ExcelJsWorkbook | SpecWorkbook | KeptWorkbook | PatchedWorkbook,
  path: string,
): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    const bytes =
      workbook instanceof ExcelJsWorkbook ? await exceljsXlsx(workbook) : await workbook.toXlsx(new Date());
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
  await addChartParts(partsPackage(parts), workbook.chartSpecs());
  return zipParts(parts, new Date());
}
