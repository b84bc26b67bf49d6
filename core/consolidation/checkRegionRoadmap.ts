import type { Grid } from "../_lib/cells";
import type { Lang } from "../i18n/lang";
import type { Issue } from "../issues/Issue";
import { makeIssue } from "../issues/Issue";
import type { Programme } from "../programme/ProgrammeSchema";
import { unitRoadmap } from "../programme/builtins";
import { builtinProgramme } from "../actions/loadWorkbookContext";
import { parseRoadmap } from "../roadmap/parseRoadmap";
import type { WorkbookSettings } from "../sheets/settingsSheet";
import { SHEET_NAMES } from "../sheets/labels";
import { compareRegionRoadmap } from "./compareRegionRoadmap";
import { roadmapKey } from "./roadmapKey";

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
   * tasks the revision retired in its current month sheet, while its copy no longer lists them).
   */
  retired: Set<string>;
  /** A fingerprint of the region's copy, so regions that disagree among themselves can be told apart. */
  key: string | null;
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
  const retired = builtinRetired(programme, region);
  const sheet = ROADMAP_SHEET_NAMES.find((name) => grids.has(name));
  const grid = sheet ? grids.get(sheet) : undefined;
  if (!sheet || !grid) return { issues, retired, key: null };
  // The copy's own parse issues are the template's business, not this month's: only its content counts.
  const own = parseRoadmap(grid, { groups: programme.groups, sheet, lang }).value;
  if (own.length === 0) return { issues, retired, key: null };
  const compared = compareRegionRoadmap(own, unitRoadmap(programme, region), { region, sheet, lang });
  for (const id of compared.retired) retired.add(id);
  return { issues: [...issues, ...compared.issues], retired, key: roadmapKey(own) };
}

/** The unit's tasks of the programme's built-in roadmap that the national roadmap no longer has. */
function builtinRetired(programme: Programme, region: string): Set<string> {
  const national = new Set(programme.roadmap.map((task) => task.id));
  const builtin = unitRoadmap(builtinProgramme(programme.id), region);
  return new Set(builtin.map((task) => task.id).filter((id) => !national.has(id)));
}

/** Unknown-task issues of tasks the national roadmap retired become notes that say so. */
export function noteRetiredTasks(
  issues: readonly Issue[],
  retired: ReadonlySet<string>,
  lang: Lang,
): Issue[] {
  return issues.map((issue) =>
    issue.code === "unknown_task" && issue.taskId && retired.has(issue.taskId)
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
