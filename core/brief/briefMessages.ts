import type { Localized } from "../i18n/lang";

/** Messages of the brief action, fi/sv/en. */
export const BRIEF_MESSAGES = {
  written: {
    fi: "Keskustelumuistio {month}: {count} aluetta, sivu kullekin.",
    sv: "Samtalspromemoria {month}: {count} områden, en sida var.",
    en: "Discussion brief {month}: {count} regions, a page each.",
  },
  noPicture: {
    fi: "Kansallisessa työkirjassa ei ole kuukauden {month} koottua tilannekuvaa. Kokoa kuukausi ensin.",
    sv: "Den nationella arbetsboken har ingen sammanställd lägesbild för {month}. Sammanställ månaden först.",
    en: "The national workbook has no consolidated picture for {month}. Consolidate the month first.",
  },
  noRegion: {
    fi: "Aluetta {region} ei ole tilannekuvassa.",
    sv: "Området {region} finns inte i lägesbilden.",
    en: "Region {region} is not in the picture.",
  },
  badMonth: {
    fi: "Kuukausi on muotoa VVVV-KK (sain ”{month}”).",
    sv: "Månaden skrivs ÅÅÅÅ-MM (fick ”{month}”).",
    en: "The month is YYYY-MM (got “{month}”).",
  },
} as const satisfies Record<string, Localized>;
