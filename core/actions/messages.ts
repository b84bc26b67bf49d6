import type { Lang, Localized } from "../i18n/lang";
import { formatMessage } from "../i18n/plural";

/** What the actions tell the user, in fi/sv/en. Counts take their plural form: `{n, plural, one {…} other {…}}`. */
export const ACTION_MESSAGES = {
  templateReady: {
    fi: "Pohja on valmis: {sheets}.",
    sv: "Mallen är klar: {sheets}.",
    en: "The template is ready: {sheets}.",
  },
  regionReady: {
    fi: "Työkirja on valmis: {region}.",
    sv: "Arbetsboken är klar: {region}.",
    en: "The workbook is ready: {region}.",
  },
  unknownRegion: {
    fi: "Aluetta {region} ei ole ohjelmassa. Tunnetut: {known}.",
    sv: "Området {region} finns inte i programmet. Kända: {known}.",
    en: "Region {region} is not in the programme. Known: {known}.",
  },
  notRegionWorkbook: {
    fi: "Tämä työkirja ei ole alueen työkirja: asetuksista puuttuu alue. Luo ensin alueen työkirja.",
    sv: "Arbetsboken är inte ett områdes arbetsbok: området saknas i inställningarna. Skapa först områdets arbetsbok.",
    en: "This is not a region workbook: the settings name no region. Create the region's workbook first.",
  },
  badMonth: {
    fi: "Kuukausi ”{month}” ei ole muotoa VVVV-KK.",
    sv: "Månaden ”{month}” är inte i formen ÅÅÅÅ-MM.",
    en: "The month “{month}” is not in the form YYYY-MM.",
  },
  monthExists: {
    fi: "Välilehti {month} on jo olemassa; sitä ei muutettu.",
    sv: "Fliken {month} finns redan; den ändrades inte.",
    en: "Sheet {month} already exists; it was left as it was.",
  },
  monthCreated: {
    fi: "Välilehti {month} luotiin. {carried}",
    sv: "Fliken {month} skapades. {carried}",
    en: "Sheet {month} was created. {carried}",
  },
  carriedFrom: {
    fi: "Tiedot siirrettiin välilehdeltä {from}.",
    sv: "Uppgifterna fördes över från fliken {from}.",
    en: "Entries were carried over from sheet {from}.",
  },
  noEarlierMonth: {
    fi: "Aiempaa kuukautta ei ollut; kaikki tehtävät alkavat tilasta Ei aloitettu.",
    sv: "Ingen tidigare månad fanns; alla uppgifter börjar som Inte påbörjad.",
    en: "There was no earlier month; every task starts as Not started.",
  },
  monthMissing: {
    fi: "Työkirjassa ei ole välilehteä {month}.",
    sv: "Arbetsboken har ingen flik {month}.",
    en: "The workbook has no sheet {month}.",
  },
  validated: {
    fi: "Välilehti {month} tarkistettu: {errors, plural, one {# virhe} other {# virhettä}}, {warnings, plural, one {# varoitus} other {# varoitusta}}.",
    sv: "Fliken {month} kontrollerad: {errors, plural, one {# fel} other {# fel}}, {warnings, plural, one {# varning} other {# varningar}}.",
    en: "Sheet {month} checked: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}.",
  },
  checklistsReady: {
    fi: "Tarkistuslistat luotiin: {sheets}.",
    sv: "Checklistorna skapades: {sheets}.",
    en: "The checklists were created: {sheets}.",
  },
  consolidated: {
    fi: "Tilannekuva {month} koottu: {count}/{of} {units} raportoi, {errors, plural, one {# virhe} other {# virhettä}}, {warnings, plural, one {# varoitus} other {# varoitusta}}.",
    sv: "Lägesbilden {month} sammanställd: {count}/{of} {units} rapporterade, {errors, plural, one {# fel} other {# fel}}, {warnings, plural, one {# varning} other {# varningar}}.",
    en: "Picture for {month} consolidated: {count}/{of} {units} reported, {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}.",
  },
  historyMerged: {
    fi: "Historiaan lisättiin {added, plural, one {# kuukausi} other {# kuukautta}}; siinä on nyt {months, plural, one {# kuukausi} other {# kuukautta}}.",
    sv: "{added, plural, one {# månad lades} other {# månader lades}} till i historiken; den har nu {months, plural, one {# månad} other {# månader}}.",
    en: "{added, plural, one {# month was} other {# months were}} added to the history; it now holds {months, plural, one {# month} other {# months}}.",
  },
  csvWritten: {
    fi: "Aineisto: {rows, plural, one {# rivi} other {# riviä}} (alue × tehtävä × kuukausi), kuukaudet {months}.",
    sv: "Data: {rows, plural, one {# rad} other {# rader}} (område × uppgift × månad), månaderna {months}.",
    en: "Data: {rows, plural, one {# row} other {# rows}} (region × task × month), months {months}.",
  },
  csvNoMonths: {
    fi: "Kansallisessa työkirjassa ei ole vielä koottuja kuukausia. Kokoa kuukausi ensin.",
    sv: "Den nationella arbetsboken har inga sammanställda månader än. Sammanställ en månad först.",
    en: "The national workbook has no consolidated month yet. Consolidate a month first.",
  },
  csvWithoutTasks: {
    fi: "Kuukausilta {months} ei ole tallessa tehtäväkohtaisia tietoja; kokoa ne uudelleen, niin ne tulevat mukaan.",
    sv: "För månaderna {months} finns inga uppgifter per uppgift sparade; sammanställ dem på nytt så kommer de med.",
    en: "No per-task data is kept for {months}; consolidate those months again to include them.",
  },
  progressRegion: {
    fi: "Alue {done}/{total} …",
    sv: "Område {done}/{total} …",
    en: "Region {done}/{total} …",
  },
} as const satisfies Record<string, Localized>;

export function actionMessage(
  key: keyof typeof ACTION_MESSAGES,
  lang: Lang,
  params: Record<string, string | number> = {},
): string {
  return formatMessage(ACTION_MESSAGES[key][lang], params, lang);
}
