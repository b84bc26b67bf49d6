import { addMonths, dayParts, monthKey } from "../_lib/day";
import type { IsoDay } from "../_lib/day";
import type { Lang, Localized } from "../i18n/lang";

/**
 * The one wording of every action, for every place a person meets it: the task pane's buttons, the
 * ribbon, the Sheets menu and sidebar, and the instructions sheet. Hosts take their labels from here so
 * that the same action has the same name everywhere.
 */
export const ACTION_LABELS = {
  showPane: { fi: "Avaa Tilannekuva", sv: "Öppna Tilannekuva", en: "Open Tilannekuva" },
  setupTemplate: { fi: "Ota pohja käyttöön", sv: "Ta mallen i bruk", en: "Set up from the template" },
  setupNational: {
    fi: "Ota kansallinen työkirja käyttöön",
    sv: "Ta den nationella arbetsboken i bruk",
    en: "Set up the national workbook",
  },
  createRegionWorkbooks: {
    fi: "Luo alueiden työkirjat",
    sv: "Skapa områdenas arbetsböcker",
    en: "Create the region workbooks",
  },
  createMonthSheet: {
    fi: "Luo kuukauden välilehti",
    sv: "Skapa månadsfliken",
    en: "Create the month sheet",
  },
  rollMonth: {
    fi: "Luo kuukauden välilehti kaikille alueille",
    sv: "Skapa månadsfliken för alla områden",
    en: "Create the month sheet in every region",
  },
  validateMonth: {
    fi: "Tarkista kuukauden välilehti",
    sv: "Kontrollera månadsfliken",
    en: "Check the month sheet",
  },
  generateChecklists: {
    fi: "Luo 100+100-tarkistuslistat",
    sv: "Skapa 100+100-checklistorna",
    en: "Create the 100+100 checklists",
  },
  consolidate: { fi: "Kokoa tilannekuva", sv: "Sammanställ lägesbilden", en: "Consolidate the picture" },
  brief: { fi: "Keskustelumuistio", sv: "Samtalspromemoria", en: "Discussion brief" },
  longCsv: {
    fi: "Aineisto analyyseihin (CSV)",
    sv: "Data för analys (CSV)",
    en: "Data for analysts (CSV)",
  },
  updateRoadmap: { fi: "Päivitä tiekartta", sv: "Uppdatera färdplanen", en: "Update the roadmap" },
  pushRoadmap: {
    fi: "Päivitä tiekartta kaikille alueille",
    sv: "Uppdatera färdplanen för alla områden",
    en: "Update the roadmap in every region",
  },
  calendar: {
    fi: "Näytä raportointikalenteri",
    sv: "Visa rapporteringskalendern",
    en: "Show the reporting calendar",
  },
  stopJob: { fi: "Keskeytä", sv: "Avbryt", en: "Stop" },
} as const satisfies Record<string, Localized>;

export type ActionLabelKey = keyof typeof ACTION_LABELS;

/** The name of an action in a language, as every host shows it. */
export function actionLabel(key: ActionLabelKey, lang: Lang): string {
  return ACTION_LABELS[key][lang];
}

/**
 * The data month every host offers by default: the month before today's, because regions report month M
 * during the first days of M+1 (PRODUCT.md §4).
 * @example defaultDataMonth("2022-10-03") // "2022-09"
 */
export function defaultDataMonth(today: IsoDay): string {
  const { year, month } = dayParts(today);
  return addMonths(monthKey(year, month), -1);
}
