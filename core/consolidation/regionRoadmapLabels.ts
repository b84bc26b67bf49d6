import type { Localized } from "../i18n/lang";

/** The parts of a `roadmap_differs` message: what a region's copy of the roadmap has differently. */
export const REGION_ROADMAP_LABELS = {
  lacks: {
    fi: "puuttuu {count} tehtävää ({ids})",
    sv: "saknar {count} uppgifter ({ids})",
    en: "lacks {count} tasks ({ids})",
  },
  retired: {
    fi: "{count} poistunutta tehtävää ({ids})",
    sv: "{count} slopade uppgifter ({ids})",
    en: "{count} retired tasks ({ids})",
  },
  critical: {
    fi: "kriittisyys eri {count} tehtävässä ({ids})",
    sv: "annan kritiskhet i {count} uppgifter ({ids})",
    en: "critical flag differs in {count} tasks ({ids})",
  },
  dates: {
    fi: "päivämäärät eri {count} tehtävässä ({ids})",
    sv: "andra datum i {count} uppgifter ({ids})",
    en: "dates differ in {count} tasks ({ids})",
  },
  moved: {
    fi: "valmisteluryhmä eri {count} tehtävässä ({ids})",
    sv: "annan beredningsgrupp i {count} uppgifter ({ids})",
    en: "workstream differs in {count} tasks ({ids})",
  },
  renamed: {
    fi: "nimi eri {count} tehtävässä ({ids})",
    sv: "annat namn i {count} uppgifter ({ids})",
    en: "name differs in {count} tasks ({ids})",
  },
  version: { fi: "versio {version}", sv: "version {version}", en: "version {version}" },
} as const satisfies Record<string, Localized>;
