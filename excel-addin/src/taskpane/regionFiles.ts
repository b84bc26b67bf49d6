/**
 * Building every region's workbook from this one with ExcelJS, as .xlsx bytes the pane opens in Excel
 * (or offers for download). The template is read lazily through a snapshot: only the sheets
 * createRegionWorkbook asks for, each once, whatever else this workbook holds.
 */
import { ExcelJsWorkbook } from "../../../cli/xlsx/ExcelJsWorkbook";
import { createRegionWorkbook, loadWorkbookContext } from "../../../core/actions";
import type { Lang } from "../../../core/i18n/lang";
import type { Issue } from "../../../core/issues/Issue";
import { withExcel } from "../host/OfficeWorkbook";
import type { PaneOutcome } from "./actions";
import { progressText } from "./actions";
import { say } from "./paneWords";
import { SnapshotWorkbook } from "./SnapshotWorkbook";
import { yieldToBrowser } from "./yieldToBrowser";

export interface RegionFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const fileName = (code: string, name: string): string =>
  `${code} ${name}`.replace(/[\\/:*?"<>|]+/g, "-").trim() + ".xlsx";

/** This workbook as a snapshot source: each call is its own Excel.run. */
export const thisWorkbook = (): SnapshotWorkbook =>
  new SnapshotWorkbook({
    sheetNames: () => withExcel((workbook) => workbook.sheetNames()),
    readSheets: (names) => withExcel((workbook) => workbook.readSheets(names)),
  });

/** Builds every region's workbook from `template` (this workbook by default). */
export async function runCreateRegionWorkbooks(
  lang: Lang,
  onProgress: (text: string) => void,
  template: SnapshotWorkbook = thisWorkbook(),
): Promise<PaneOutcome & { readonly files: readonly RegionFile[] }> {
  const { programme } = await loadWorkbookContext(template, { lang });
  const files: RegionFile[] = [];
  const issues: Issue[] = [];
  for (const [index, unit] of programme.units.entries()) {
    onProgress(progressText(lang, index + 1, programme.units.length));
    await yieldToBrowser();
    const target = new ExcelJsWorkbook();
    const result = await createRegionWorkbook(template, target, { region: unit.code, lang });
    if (!result.ok) return { ok: false, message: result.message, issues: result.issues, notices: [], files };
    issues.push(...result.issues);
    files.push({ name: fileName(unit.code, unit.name[lang]), bytes: await target.toBuffer() });
  }
  return {
    ok: true,
    message: say(lang, "regionsReadyOpen", { count: files.length }),
    issues,
    notices: [],
    files,
  };
}
