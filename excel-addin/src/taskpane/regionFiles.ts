/**
 * The actions that open or build .xlsx files in the browser with ExcelJS: consolidating the region files
 * the user picks, and building every region's workbook for download.
 */
import { ExcelJsWorkbook } from "../../../cli/xlsx/ExcelJsWorkbook";
import { consolidate, createRegionWorkbook, loadWorkbookContext } from "../../../core/actions";
import type { RegionSource } from "../../../core/actions";
import type { Lang } from "../../../core/i18n/lang";
import type { Issue } from "../../../core/issues/Issue";
import { withExcel } from "../host/OfficeWorkbook";
import type { PaneOutcome } from "./actions";
import { outcome, progressText } from "./actions";
import { SnapshotWorkbook } from "./SnapshotWorkbook";
import { t } from "./strings";

export interface RegionFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A file the user picked: its name and a way to read its bytes (a File in the browser). */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Opens each picked file as a workbook; one that is not an .xlsx becomes a region that "could not be read". */
async function openRegionFiles(
  lang: Lang,
  files: readonly PickedFile[],
  onProgress: (text: string) => void,
): Promise<RegionSource[]> {
  const sources: RegionSource[] = [];
  for (const [index, file] of files.entries()) {
    onProgress(t(lang, "readingFile", { done: index + 1, total: files.length, name: file.name }));
    try {
      sources.push({
        label: file.name,
        workbook: await ExcelJsWorkbook.fromBuffer(await file.arrayBuffer()),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      sources.push({
        label: file.name,
        workbook: { error: t(lang, "notAWorkbook", { name: file.name, reason }) },
      });
    }
  }
  return sources;
}

/** Consolidates the picked region files into this workbook; never writes to the files. */
export async function runConsolidate(
  lang: Lang,
  month: string,
  files: readonly PickedFile[],
  onProgress: (text: string) => void,
): Promise<PaneOutcome> {
  if (files.length === 0) return { ok: false, message: t(lang, "noFiles"), issues: [], notices: [] };
  const regions = await openRegionFiles(lang, files, onProgress);
  return withExcel(async (workbook) => {
    const result = await consolidate(workbook, regions, {
      month,
      lang,
      onProgress: ({ done, total }) => onProgress(progressText(lang, done + 1, total)),
    });
    return outcome(result, workbook);
  });
}

const fileName = (code: string, name: string): string =>
  `${code} ${name}`.replace(/[\\/:*?"<>|]+/g, "-").trim() + ".xlsx";

/** Builds every region's workbook from this one (read once), as .xlsx bytes for download. */
export async function runCreateRegionWorkbooks(
  lang: Lang,
  onProgress: (text: string) => void,
): Promise<PaneOutcome & { readonly files: readonly RegionFile[] }> {
  const template = await withExcel((workbook) => SnapshotWorkbook.of(workbook));
  const { programme } = await loadWorkbookContext(template, { lang });
  const files: RegionFile[] = [];
  const issues: Issue[] = [];
  for (const [index, unit] of programme.units.entries()) {
    onProgress(progressText(lang, index + 1, programme.units.length));
    const target = new ExcelJsWorkbook();
    const result = await createRegionWorkbook(template, target, { region: unit.code, lang });
    if (!result.ok) return { ok: false, message: result.message, issues: result.issues, notices: [], files };
    issues.push(...result.issues);
    files.push({ name: fileName(unit.code, unit.name[lang]), bytes: await target.toBuffer() });
  }
  return { ok: true, message: t(lang, "regionsReady", { count: files.length }), issues, notices: [], files };
}
