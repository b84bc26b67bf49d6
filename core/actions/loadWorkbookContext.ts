import type { Grid } from "../_lib/cells";
import type { Lang } from "../i18n/lang";
import type { Issue } from "../issues/Issue";
import { BUILTIN_PROGRAMMES, withFields } from "../programme/builtins";
import type { Programme } from "../programme/ProgrammeSchema";
import { parseRoadmap } from "../roadmap/parseRoadmap";
import { findSheet } from "../sheets/labels";
import type { WorkbookSettings } from "../sheets/settingsSheet";
import { readSettings } from "../sheets/settingsSheet";
import type { Workbook } from "./Workbook";

/** What an action knows about a workbook after one listing and one batched read. */
export interface WorkbookContext {
  names: string[];
  /** Null when the workbook has no settings sheet (not set up yet). */
  settings: WorkbookSettings | null;
  programme: Programme;
  /** True when the roadmap came from the workbook's own roadmap sheet. */
  ownRoadmap: boolean;
  roadmapIssues: Issue[];
  lang: Lang;
  /** The extra sheets asked for, by name. */
  grids: Map<string, Grid>;
}

/** The built-in programme of an id, or the regional one. */
export function builtinProgramme(id: string | undefined): Programme {
  return id && id in BUILTIN_PROGRAMMES
    ? BUILTIN_PROGRAMMES[id as keyof typeof BUILTIN_PROGRAMMES]
    : BUILTIN_PROGRAMMES.regional;
}

/**
 * Reads a workbook's settings and roadmap, plus any extra sheets the action needs (chosen from the
 * sheet names), in one listing and one read. The programme is the built-in one the settings name,
 * with the workbook's own roadmap when it has one and the units its settings list, if any.
 */
export async function loadWorkbookContext(
  workbook: Workbook,
  options: { lang?: Lang; extra?: (names: string[]) => (string | undefined)[] } = {},
): Promise<WorkbookContext> {
  const names = await workbook.sheetNames();
  const settingsName = findSheet(names, "settings");
  const roadmapName = findSheet(names, "roadmap");
  const extra = (options.extra?.(names) ?? []).filter((n): n is string => !!n && names.includes(n));
  const wanted = [...new Set([settingsName, roadmapName, ...extra].filter((n): n is string => !!n))];
  const grids = wanted.length ? await workbook.readSheets(wanted) : new Map<string, Grid>();
  const settings = settingsName ? readSettings(grids.get(settingsName) ?? [], options.lang ?? "fi") : null;
  const lang = options.lang ?? settings?.lang ?? "fi";
  const base = builtinProgramme(settings?.programmeId);
  let programme = base;
  let roadmapIssues: Issue[] = [];
  let ownRoadmap = false;
  const roadmapGrid = roadmapName ? grids.get(roadmapName) : undefined;
  if (roadmapName && roadmapGrid) {
    const parsed = parseRoadmap(roadmapGrid, { groups: base.groups, sheet: roadmapName, lang });
    roadmapIssues = parsed.issues;
    if (parsed.value.length > 0) {
      programme = withFields(base, {
        roadmap: parsed.value,
        templateVersion: settings?.templateVersion || base.templateVersion,
      });
      ownRoadmap = true;
    }
  }
  // The regions listed in the settings are the programme's reporting units: a ministry can run a larger
  // (or smaller) programme than the built-in 22 by listing its units there.
  const listed = settings?.regions ?? [];
  if (listed.length > 0) {
    programme = withFields(programme, {
      units: listed.map((r) => {
        const known = base.units.find((u) => u.code === r.code);
        return (
          known ?? {
            code: r.code,
            name: { fi: r.name || r.code, sv: r.name || r.code, en: r.name || r.code },
          }
        );
      }),
    });
  }
  return { names, settings, programme, ownRoadmap, roadmapIssues, lang, grids };
}
