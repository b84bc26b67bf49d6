import { openRegionInput } from "../actions/openRegionInput";
import type { RegionInput } from "../actions/types";
import { builtinProgramme } from "../actions/loadWorkbookContext";
import type { Programme, RoadmapRow } from "../programme/ProgrammeSchema";
import { SHEET_NAMES } from "../sheets/labels";
import { readSettings } from "../sheets/settingsSheet";

export interface ResolveNationalProgrammeOptions {
  /** The roadmap to measure against when the national workbook has none (the CLI's --roadmap). */
  roadmap?: readonly RoadmapRow[];
  /** Its version, shown in settings and compared with the regions' template versions. */
  roadmapVersion?: string;
}

/** The programme every region file names, or undefined when they do not all name the same one. */
async function sharedProgrammeId(regions: readonly RegionInput[]): Promise<string | undefined> {
  const names = [...new Set(Object.values(SHEET_NAMES.settings))];
  const ids = new Set<string>();
  // One region at a time, let go before the next: only the programme id is kept.
  for (const region of regions) {
    const { workbook } = await openRegionInput(region);
    if ("error" in workbook) continue;
    try {
      const grids = await workbook.readSheets(names);
      const grid = names.map((name) => grids.get(name)).find((g) => g !== undefined);
      const settings = grid ? readSettings(grid) : null;
      if (settings?.region) ids.add(settings.programmeId);
    } catch {
      // An unreadable file is reported when it is read for the month; it names no programme.
    }
  }
  return ids.size === 1 ? [...ids][0] : undefined;
}

/**
 * The programme and roadmap a consolidation measures every region against (PRODUCT.md §6, "One roadmap
 * decides"): the national workbook's when it is set up; otherwise the given roadmap (--roadmap) or the
 * built-in one, of the programme all region files name (the regional one when they disagree). Never a
 * region's own roadmap, and never chosen by file order.
 * @example await resolveNationalProgramme({ programme, isSetUp: false }, sources, {})
 */
export async function resolveNationalProgramme(
  national: { programme: Programme; isSetUp: boolean },
  regions: readonly RegionInput[],
  options: ResolveNationalProgrammeOptions = {},
): Promise<Programme> {
  if (national.isSetUp) return national.programme;
  const base = builtinProgramme(await sharedProgrammeId(regions));
  return {
    ...base,
    roadmap: options.roadmap ? [...options.roadmap] : base.roadmap,
    templateVersion: options.roadmapVersion ?? base.templateVersion,
  };
}
