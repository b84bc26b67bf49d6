import { existsSync } from "node:fs";
import { UsageError } from "./Command";
import { isRegionWorkbook } from "./outputGuard";
import { readWorkbookFile } from "./xlsx/files";

/** Stamped as the author of the demo's region workbooks, so a rerun may replace them and nothing else. */
export const DEMO_CREATOR = "Tilannekuva demo";

/**
 * Refuses a demo run whose region files would replace a real region's workbook (one the demo did not
 * write): `demo --out .` in a folder of real region files must not overwrite them with simulated data.
 */
export async function guardDemoRegionFiles(paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    if (!existsSync(path) || !(await isRegionWorkbook(path))) continue;
    if ((await readWorkbookFile(path)).excel.creator !== DEMO_CREATOR)
      throw new UsageError(
        `${path} is a region's workbook the demo did not write; the demo never writes over one. Give --out an empty folder. Nothing was written`,
      );
  }
}
