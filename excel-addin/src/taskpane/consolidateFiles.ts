/**
 * Consolidation in the task pane, one region file at a time: open it (the streaming reader, or ExcelJS
 * where the browser cannot inflate), take the reading
 * consolidation needs (plain JSON, a few kB), let the workbook go, then the next. A parsed 5,000-task
 * file is tens of MB of heap; holding 300 of them crashed the pane, one at a time it stays flat.
 * Between files the pane yields to the browser so progress paints and Cancel is heard. Nothing is
 * written to this workbook until every file is read: a cancelled run leaves it as it was.
 */
import { ExcelJsWorkbook } from "../../../cli/xlsx/ExcelJsWorkbook";
import { canInflateWeb, inflateWeb } from "../../../cli/xlsx/stream/inflateWeb";
import { StreamingWorkbook } from "../../../cli/xlsx/stream/StreamingWorkbook";
import { parseMonthKey } from "../../../core/_lib/day";
import {
  builtinProgramme,
  consolidatedMessage,
  loadNationalContext,
  loadWorkbookContext,
  readRegion,
  writeNationalPicture,
} from "../../../core/actions";
import type { NationalContext, RegionReading, RegionSource } from "../../../core/actions";
import { ACTION_MESSAGES } from "../../../core/actions/messages";
import type { NationalPicture } from "../../../core/consolidation/buildNationalPicture";
import type { Lang } from "../../../core/i18n/lang";
import { interpolate } from "../../../core/i18n/lang";
import type { Programme } from "../../../core/programme/ProgrammeSchema";
import { sheetName } from "../../../core/sheets/labels";
import { withExcel } from "../host/OfficeWorkbook";
import type { PaneOutcome } from "./actions";
import { progressText } from "./actions";
import { nationalFigures } from "./nationalFigures";
import type { NationalFigures } from "./nationalFigures";
import { say } from "./paneWords";
import { t } from "./strings";
import { yieldToBrowser } from "./yieldToBrowser";

/** A file the user picked: its name and a way to read its bytes (a File in the browser). */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ConsolidateFilesOptions {
  readonly onProgress: (text: string) => void;
  /** Checked between files: once true, the run stops and writes nothing. */
  readonly cancelled?: () => boolean;
}

export interface ConsolidateOutcome extends PaneOutcome {
  readonly cancelled?: boolean;
  /** The four national figures with their change, and the sheets written, once consolidated. */
  readonly figures?: NationalFigures;
}

/**
 * Opens one picked file; one that is not an .xlsx becomes a region that "could not be read". Read as the
 * command line reads it, only the sheets consolidation asks for, where the browser inflates zip entries
 * itself (DecompressionStream); elsewhere (an older webview) ExcelJS loads it whole.
 */
export async function openPickedFile(lang: Lang, file: PickedFile): Promise<RegionSource> {
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const workbook = canInflateWeb()
      ? await StreamingWorkbook.fromBytes(bytes, inflateWeb)
      : await ExcelJsWorkbook.fromBuffer(bytes);
    return { label: file.name, workbook };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { label: file.name, workbook: { error: t(lang, "notAWorkbook", { name: file.name, reason }) } };
  }
}

/**
 * The programme of a national workbook that is not set up yet: the built-in programme the first readable
 * region names, with that region's own roadmap (what core's consolidate does, file by file here).
 */
async function programmeOfFirstRegion(
  lang: Lang,
  files: readonly PickedFile[],
  fallback: Programme,
): Promise<Programme> {
  for (const file of files) {
    const { workbook } = await openPickedFile(lang, file);
    if ("error" in workbook) continue;
    try {
      const context = await loadWorkbookContext(workbook);
      if (!context.settings?.region) continue;
      const base = builtinProgramme(context.settings.programmeId);
      return context.ownRoadmap ? { ...base, roadmap: context.programme.roadmap } : base;
    } catch {
      // Not a region's workbook: readRegion names it; try the next file.
    }
  }
  return fallback;
}

const cancelledOutcome = (lang: Lang): ConsolidateOutcome => ({
  ok: false,
  cancelled: true,
  message: say(lang, "consolidateCancelled"),
  issues: [],
  notices: [],
});

/** Consolidates the picked region files into this workbook; never writes to the files. */
export async function consolidateFiles(
  lang: Lang,
  month: string,
  files: readonly PickedFile[],
  options: ConsolidateFilesOptions,
): Promise<ConsolidateOutcome> {
  const none = { issues: [], notices: [] };
  if (files.length === 0) return { ok: false, message: t(lang, "noFiles"), ...none };
  const key = month.trim();
  if (!parseMonthKey(key)) {
    return { ok: false, message: interpolate(ACTION_MESSAGES.badMonth[lang], { month: key }), ...none };
  }
  const isCancelled = options.cancelled ?? (() => false);
  const loaded = await withExcel((workbook) => loadNationalContext(workbook, { lang }));
  const context: NationalContext = loaded.isSetUp
    ? loaded
    : { ...loaded, programme: await programmeOfFirstRegion(lang, files, loaded.programme) };

  const readings: RegionReading[] = [];
  for (const [index, file] of files.entries()) {
    options.onProgress(progressText(lang, index + 1, files.length));
    await yieldToBrowser();
    if (isCancelled()) return cancelledOutcome(lang);
    const source = await openPickedFile(lang, file);
    readings.push(await readRegion(source, { month: key, programme: context.programme, lang: context.lang }));
  }
  if (isCancelled()) return cancelledOutcome(lang);

  return withExcel(async (workbook) => {
    const picture: NationalPicture = await writeNationalPicture(workbook, readings, context, { month: key });
    // The six national sheets, by name (what nationalSheets writes), without building them again.
    const sheets = (["summary", "groups", "late", "risks", "checks", "history"] as const).map((k) =>
      sheetName(k, picture.lang),
    );
    return {
      ok: true,
      message: consolidatedMessage(picture),
      issues: picture.issues,
      notices: [...workbook.notices],
      figures: nationalFigures(picture, sheets),
    };
  });
}
