import type { Lang } from "../i18n/lang";
import type { Programme } from "../programme/ProgrammeSchema";
import { buildInstructionsSheet } from "./instructionsSheet";
import { buildListsSheet } from "./listsSheet";
import { nationalInstructionsSheet } from "./national/nationalInstructionsSheet";
import { printedAlike } from "./printSetup";
import { buildRoadmapSheet } from "./roadmapSheet";
import type { WorkbookSettings } from "./settingsSheet";
import { buildSettingsSheet } from "./settingsSheet";
import type { SheetSpec } from "./SheetSpec";

/** The sheets every workbook starts from: instructions, roadmap, settings and the lists behind drop-downs. */
export function templateSheets(programme: Programme, settings: WorkbookSettings, lang: Lang): SheetSpec[] {
  const unit = programme.units.find((u) => u.code === settings.region);
  const sheets = [
    // The ministry's workbook explains consolidation and the national sheets, not the regions' month.
    settings.role === "national"
      ? nationalInstructionsSheet(programme, lang)
      : buildInstructionsSheet(programme, lang),
    buildRoadmapSheet(programme, lang),
    buildSettingsSheet(settings, programme, lang),
    // Only the region workbooks' drop-downs and formulas read the lists; the ministry need not see them.
    settings.role === "national"
      ? { ...buildListsSheet(programme, lang), hidden: true }
      : buildListsSheet(programme, lang),
  ];
  // Every sheet prints alike; the footer names the region, or the programme's national view.
  return printedAlike(sheets, {
    lang,
    programme: programme.name[lang],
    unit: unit ? unit.name[lang] : settings.role === "national" ? undefined : null,
  });
}
