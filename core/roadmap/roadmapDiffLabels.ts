import type { Localized } from "../i18n/lang";
import type { RoadmapChangeKind } from "./diffRoadmaps";

/** The wording of a roadmap revision, for the letter to the regions and for issues. */
export const ROADMAP_DIFF_LABELS = {
  title: {
    fi: "Tiekartan muutokset: {from} → {to}",
    sv: "Ändringar i färdplanen: {from} → {to}",
    en: "Roadmap changes: {from} → {to}",
  },
  none: { fi: "Ei muutoksia.", sv: "Inga ändringar.", en: "No changes." },
  critical: { fi: "kriittinen", sv: "kritisk", en: "critical" },
  notCritical: { fi: "ei kriittinen", sv: "inte kritisk", en: "not critical" },
  noGroup: { fi: "ei ryhmää", sv: "ingen grupp", en: "no workstream" },
  noDate: { fi: "–", sv: "–", en: "–" },
} as const satisfies Record<string, Localized>;

/** Section headings, one per kind of change. */
export const ROADMAP_CHANGE_HEADINGS: Record<RoadmapChangeKind, Localized> = {
  added: { fi: "Uudet tehtävät", sv: "Nya uppgifter", en: "Tasks added" },
  retired: { fi: "Poistuneet tehtävät", sv: "Slopade uppgifter", en: "Tasks retired" },
  renamed: { fi: "Nimi muuttui", sv: "Namnet ändrades", en: "Renamed" },
  moved: {
    fi: "Siirtyi toiseen valmisteluryhmään",
    sv: "Flyttades till en annan beredningsgrupp",
    en: "Moved to another workstream",
  },
  dates: { fi: "Aikataulu muuttui", sv: "Tidtabellen ändrades", en: "Dates moved" },
  critical: { fi: "Kriittisyys muuttui", sv: "Kritiskheten ändrades", en: "Critical flag changed" },
};
