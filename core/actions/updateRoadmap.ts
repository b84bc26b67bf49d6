import { addMonths, parseMonthKey } from "../_lib/day";
import type { HistoryRow } from "../consolidation/history";
import { readHistory } from "../consolidation/history";
import type { Programme, RoadmapRow } from "../programme/ProgrammeSchema";
import type { RoadmapRevision } from "../revisions/RoadmapRevision";
import { REVISION_COUNTS } from "../revisions/RoadmapRevision";
import { buildRevisionsSheet, findRevisionsSheet, readRevisions } from "../revisions/revisionsSheet";
import { defaultDataMonth } from "./actionLabels";
import { unitRoadmap } from "../programme/builtins";
import type { RoadmapDiff } from "../roadmap/diffRoadmaps";
import { diffRoadmaps, isEmptyDiff } from "../roadmap/diffRoadmaps";
import { findSheet, isMonthSheetName } from "../sheets/labels";
import { readMonthSheet } from "../sheets/readMonthSheet";
import { reviseMonthSheet } from "../sheets/reviseMonthSheet";
import { buildRoadmapSheet } from "../sheets/roadmapSheet";
import { buildSettingsSheet } from "../sheets/settingsSheet";
import type { SheetSpec } from "../sheets/SheetSpec";
import { loadWorkbookContext } from "./loadWorkbookContext";
import type { ActionResult, BaseActionOptions } from "./types";
import { updateRoadmapMessage } from "./updateRoadmapMessages";
import type { Workbook } from "./Workbook";

export interface UpdateRoadmapOptions extends BaseActionOptions {
  /** The revised roadmap: every task the programme now has. */
  roadmap: readonly RoadmapRow[];
  /** Its version, e.g. "1.1": the settings show it and consolidation compares regions with it. */
  version: string;
  /**
   * The data month: in a region workbook the month sheet to revise (default the latest; earlier ones are
   * never changed); in the national workbook the first month measured on the new roadmap (default the
   * month after the latest in its history).
   */
  month?: string;
}

export interface UpdateRoadmapResult extends ActionResult {
  /** What the revision changed against the workbook's roadmap. */
  diff: RoadmapDiff | null;
  /** The month sheet that gained the new tasks, if any. */
  month: string | null;
}

/** The first data month on the new roadmap: the one asked for, else the month after the latest in the history. */
function revisionMonth(history: readonly HistoryRow[], options: UpdateRoadmapOptions): string | undefined {
  if (options.month !== undefined)
    return parseMonthKey(options.month.trim()) ? options.month.trim() : undefined;
  const months = history.map((row) => row.month).sort();
  const latest = months[months.length - 1];
  if (latest) return addMonths(latest, 1);
  return options.today ? defaultDataMonth(options.today) : undefined;
}

/** The latest month sheet, or `month` when the workbook has it. */
function currentMonth(names: readonly string[], month: string | undefined): string | undefined {
  if (month !== undefined) return names.find((name) => name.trim() === month.trim());
  const months = names.filter(isMonthSheetName).sort();
  return months[months.length - 1];
}

/**
 * "Päivitä tiekartta": applies a roadmap revision to a region, template or national workbook. The roadmap
 * sheet is replaced and the settings show the new version; in a region workbook the current month sheet
 * gains the new tasks with a blank status and keeps every entry of every task by id, exactly as typed
 * (rows of retired tasks too). Earlier month sheets are never touched.
 * @example await updateRoadmap(workbook, { roadmap: revised, version: "1.1" })
 */
export async function updateRoadmap(
  workbook: Workbook,
  options: UpdateRoadmapOptions,
): Promise<UpdateRoadmapResult> {
  let monthName: string | undefined;
  let revisionsName: string | undefined;
  let historyName: string | undefined;
  const context = await loadWorkbookContext(workbook, {
    ...(options.lang ? { lang: options.lang } : {}),
    extra: (names) => [
      (monthName = currentMonth(names, options.month)),
      (revisionsName = findRevisionsSheet(names)),
      (historyName = findSheet(names, "history")),
    ],
  });
  const { settings, lang } = context;
  const fail = (message: string): UpdateRoadmapResult => ({
    ok: false,
    message,
    sheets: [],
    issues: [],
    diff: null,
    month: null,
  });
  const version = options.version.trim();
  if (!settings) return fail(updateRoadmapMessage("notSetUp", lang));
  if (options.roadmap.length === 0) return fail(updateRoadmapMessage("emptyRoadmap", lang));
  if (version === "") return fail(updateRoadmapMessage("noVersion", lang));
  const diff = diffRoadmaps(context.programme.roadmap, options.roadmap);
  if (isEmptyDiff(diff) && settings.templateVersion === version) {
    return { ...fail(updateRoadmapMessage("sameVersion", lang, { version })), ok: true };
  }

  const programme: Programme = {
    ...context.programme,
    roadmap: [...options.roadmap],
    templateVersion: version,
  };
  // Sheets keep the workbook's language and names; messages speak the user's.
  const sheetLang = settings.lang;
  const named = (spec: SheetSpec, name: string | undefined): SheetSpec => (name ? { ...spec, name } : spec);
  const specs: SheetSpec[] = [
    named(buildRoadmapSheet(programme, sheetLang), findSheet(context.names, "roadmap")),
    named(
      buildSettingsSheet({ ...settings, templateVersion: version }, programme, sheetLang),
      findSheet(context.names, "settings"),
    ),
  ];
  if (settings.role === "national") {
    // The national workbook logs from which data month the new version counts, so the picture of that
    // month can say the roadmap changed and compare like with like.
    const grid = (name: string | undefined) => (name ? (context.grids.get(name) ?? []) : []);
    const month = revisionMonth(readHistory(grid(historyName)), options);
    if (!month) return fail(updateRoadmapMessage("noRevisionMonth", lang));
    const revision = {
      month,
      from: settings.templateVersion || context.programme.templateVersion,
      to: version,
      ...Object.fromEntries(REVISION_COUNTS.map((kind) => [kind, diff[kind].length])),
    } as RoadmapRevision;
    const revisions = [...readRevisions(grid(revisionsName)).filter((r) => r.month !== month), revision];
    specs.push(buildRevisionsSheet(revisions, sheetLang, revisionsName));
  }
  const unit = programme.units.find((u) => u.code === settings.region);
  const grid = monthName ? context.grids.get(monthName) : undefined;
  let revised: string | null = null;
  if (unit && monthName && grid) {
    const roadmap = unitRoadmap(programme, unit.code);
    const current = readMonthSheet(grid, { sheet: monthName, roadmap, programme, lang: sheetLang }).value;
    const listsSheet = findSheet(context.names, "lists");
    specs.push(
      reviseMonthSheet({
        programme,
        unit,
        roadmap,
        month: monthName,
        lang: sheetLang,
        current,
        ...(listsSheet ? { listsSheet } : {}),
      }),
    );
    revised = monthName;
  }
  await workbook.writeSheets(specs);
  const monthNote = revised
    ? updateRoadmapMessage("monthRevised", lang, { month: revised })
    : unit
      ? updateRoadmapMessage("noMonth", lang)
      : "";
  const changed = new Set(
    [...diff.renamed, ...diff.moved, ...diff.dates, ...diff.critical].map((change) => change.id),
  ).size;
  return {
    ok: true,
    message: updateRoadmapMessage("updated", lang, {
      version,
      added: diff.added.length,
      retired: diff.retired.length,
      changed,
      month: monthNote,
    }).trim(),
    sheets: specs.map((s) => s.name),
    issues: [],
    diff,
    month: revised,
  };
}
