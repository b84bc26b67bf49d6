import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { deflateZip } from "./deflateZip";
import { ExcelJsWorkbook } from "./ExcelJsWorkbook";
import { SpecWorkbook } from "./write/SpecWorkbook";

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
      workbook instanceof SpecWorkbook
        ? await workbook.toXlsx(new Date())
        : deflateZip(await workbook.toBuffer({ compression: "STORE" }));
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
