import type { Grid } from "../_lib/cells";
import type { Lang } from "../i18n/lang";
import type { Issue } from "../issues/Issue";
import { makeIssue } from "../issues/Issue";
import type { Programme, RoadmapRow } from "../programme/ProgrammeSchema";
import { builtinProgramme } from "../actions/loadWorkbookContext";
import { parseRoadmap } from "../roadmap/parseRoadmap";
import type { WorkbookSettings } from "../sheets/settingsSheet";
import { SHEET_NAMES } from "../sheets/labels";
import { compareRegionRoadmap } from "./compareRegionRoadmap";
import { roadmapKey } from "./roadmapKey";
import { unitTasks } from "./unitTasks";

/** The names a region's roadmap sheet may have. */
export const ROADMAP_SHEET_NAMES: readonly string[] = [...new Set(Object.values(SHEET_NAMES.roadmap))];

/** The roadmap sheet's name in the language of the settings sheet's name ("Asetukset" → "Tiekartta"). */
export function roadmapSheetBeside(settingsName: string | undefined): string | undefined {
  const lang = (Object.keys(SHEET_NAMES.settings) as (keyof typeof SHEET_NAMES.settings)[]).find(
    (l) => SHEET_NAMES.settings[l] === settingsName,
  );
  return lang ? SHEET_NAMES.roadmap[lang] : undefined;
}

export interface RegionRoadmapCheck {
  /** `other_programme` and `roadmap_differs` issues, if any. */
  issues: Issue[];
  /**
   * Task ids the national roadmap retired that the region may still have rows of: those of its own copy,
   * and those of the programme's built-in roadmap (a region brought up to date keeps the rows of the
   * tasks the revision retired in its current month sheet, while its copy no longer lists them). Found
   * on first call: only a month sheet with rows of unknown tasks needs them, and the built-in roadmap is
   * otherwise never parsed.
   */
  retired: () => ReadonlySet<string>;
  /** A fingerprint of the region's copy, so regions that disagree among themselves can be told apart. */
  key: string | null;
  /** The region's own copy, which its month sheets show (each row is checked against it); null without one. */
  own: RoadmapRow[] | null;
}

/**
 * Checks a region's workbook against the national side: the programme its settings name and its own copy
 * of the roadmap. The national roadmap decides whatever the copy says; the check only names the region
 * and says what differs (PRODUCT.md §6, "One roadmap decides").
 */
export function checkRegionRoadmap(
  grids: ReadonlyMap<string, Grid>,
  settings: WorkbookSettings,
  options: { programme: Programme; region: string; lang: Lang },
): RegionRoadmapCheck {
  const { programme, region, lang } = options;
  const issues: Issue[] = [];
  if (settings.programmeId !== programme.id) {
    const value = `${settings.programmeId} ≠ ${programme.id}`;
    issues.push(makeIssue({ code: "other_programme", region, value }, lang));
  }
  const retired = (ownRetired: Iterable<string> = []) => {
    let found: Set<string> | undefined;
    return () => {
      if (!found) {
        found = builtinRetired(programme, region);
        for (const id of ownRetired) found.add(id);
      }
      return found;
    };
  };
  const sheet = ROADMAP_SHEET_NAMES.find((name) => grids.has(name));
  const grid = sheet ? grids.get(sheet) : undefined;
  if (!sheet || !grid) return { issues, retired: retired(), key: null, own: null };
  const { own, key } = parseCopy(grid, { groups: programme.groups, sheet, lang });
  if (own.length === 0) return { issues, retired: retired(), key: null, own: null };
  const compared = compareRegionRoadmap(own, unitTasks(programme, region), { region, sheet, lang });
  return { issues: [...issues, ...compared.issues], retired: retired(compared.retired), key, own };
}

/** Per programme, the ids of its national roadmap: the same for every region read against it. */
const nationalIds = new WeakMap<Programme, ReadonlySet<string>>();

/** The unit's tasks of the programme's built-in roadmap that the national roadmap no longer has. */
function builtinRetired(programme: Programme, region: string): Set<string> {
  let national = nationalIds.get(programme);
  if (!national) {
    national = new Set(programme.roadmap.map((task) => task.id));
    nationalIds.set(programme, national);
  }
  const builtin = unitTasks(builtinProgramme(programme.id), region);
  const retired = new Set<string>();
  for (const task of builtin) if (!national.has(task.id)) retired.add(task.id);
  return retired;
}

type ParseOptions = { groups: Programme["groups"]; sheet: string; lang: Lang };

/**
 * The last copy parsed and what it gave. Region copies are nearly always the same template's, so a run
 * over 300 regions parses the roadmap once and compares cells 299 times (a parse costs several times a
 * comparison). A copy is reused only when every cell is the same: what a region gets never depends on
 * the regions read before it.
 */
let lastCopy: { grid: Grid; options: ParseOptions; own: RoadmapRow[]; key: string } | undefined;

/** A region's copy of the roadmap, parsed, and its fingerprint. */
function parseCopy(grid: Grid, options: ParseOptions): { own: RoadmapRow[]; key: string } {
  const last = lastCopy;
  if (
    last &&
    last.options.groups === options.groups &&
    last.options.sheet === options.sheet &&
    last.options.lang === options.lang &&
    sameCells(last.grid, grid)
  ) {
    return last;
  }
  // The copy's own parse issues are the template's business, not this month's: only its content counts.
  const own = parseRoadmap(grid, options).value;
  lastCopy = { grid, options, own, key: roadmapKey(own) };
  return lastCopy;
}

/**
 * Remembers a roadmap sheet parsed elsewhere (the national workbook's own, as consolidation loads it) as
 * the last copy: the regions' copies, nearly always the same cells, are then compared with it, and not
 * one of them is parsed. `own` must be what parseRoadmap gives for `grid` and `options`.
 */
export function rememberRoadmapCopy(grid: Grid, options: ParseOptions, own: RoadmapRow[]): void {
  lastCopy = { grid, options, own, key: roadmapKey(own) };
}

/** True when two grids hold the same values in the same cells (dates by their time). */
function sameCells(a: Grid, b: Grid): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) {
    const x = a[r]!;
    const y = b[r]!;
    if (x.length !== y.length) return false;
    for (let c = 0; c < x.length; c++) {
      const u = x[c];
      const v = y[c];
      if (u === v) continue;
      if (u instanceof Date && v instanceof Date && u.getTime() === v.getTime()) continue;
      return false;
    }
  }
  return true;
}

/**
 * Unknown-task issues of tasks the national roadmap retired become notes that say so. `retired` is asked
 * only when there is such an issue.
 */
export function noteRetiredTasks(
  issues: readonly Issue[],
  retired: () => ReadonlySet<string>,
  lang: Lang,
): Issue[] {
  if (!issues.some((issue) => issue.code === "unknown_task")) return [...issues];
  const ids = retired();
  return issues.map((issue) =>
    issue.code === "unknown_task" && issue.taskId && ids.has(issue.taskId)
      ? makeIssue(
          {
            code: "retired_task",
            ...(issue.region ? { region: issue.region } : {}),
            ...(issue.sheet ? { sheet: issue.sheet } : {}),
            ...(issue.cell ? { cell: issue.cell } : {}),
            taskId: issue.taskId,
          },
          lang,
        )
      : issue,
  );
}
