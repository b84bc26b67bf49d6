import type { Lang, Localized } from "../i18n/lang";
import { interpolate } from "../i18n/lang";

/** What "Päivitä tiekartta" tells the user, in fi/sv/en. */
const MESSAGES = {
  updated: {
    fi: "Tiekartta päivitettiin versioon {version}: {added} uutta ja {retired} poistunutta tehtävää, {changed} muuttunutta. {month}",
    sv: "Färdplanen uppdaterades till version {version}: {added} nya och {retired} slopade uppgifter, {changed} ändrade. {month}",
    en: "The roadmap was updated to version {version}: {added} tasks added, {retired} retired, {changed} changed. {month}",
  },
  monthRevised: {
    fi: "Välilehdelle {month} lisättiin uudet tehtävät tyhjin tiloin; kaikki merkinnät säilyivät, aiemmat kuukaudet ennallaan.",
    sv: "På fliken {month} lades de nya uppgifterna till utan status; alla anteckningar bevarades, tidigare månader är oförändrade.",
    en: "Sheet {month} gained the new tasks with a blank status; every entry was kept, earlier months are as they were.",
  },
  noMonth: {
    fi: "Kuukauden välilehteä ei ole; seuraava välilehti luodaan uuden tiekartan mukaan.",
    sv: "Det finns ingen månadsflik; nästa flik skapas enligt den nya färdplanen.",
    en: "There is no month sheet yet; the next one is made on the new roadmap.",
  },
  notSetUp: {
    fi: "Työkirjaa ei ole otettu käyttöön (asetukset puuttuvat); tiekarttaa ei päivitetty.",
    sv: "Arbetsboken har inte tagits i bruk (inställningarna saknas); färdplanen uppdaterades inte.",
    en: "The workbook is not set up (no settings); the roadmap was not updated.",
  },
  emptyRoadmap: {
    fi: "Uudessa tiekartassa ei ole tehtäviä; työkirjaa ei muutettu.",
    sv: "Den nya färdplanen innehåller inga uppgifter; arbetsboken ändrades inte.",
    en: "The new roadmap has no tasks; the workbook was not changed.",
  },
  noVersion: {
    fi: "Anna uuden tiekartan versio (esim. 1.1); työkirjaa ei muutettu.",
    sv: "Ange den nya färdplanens version (t.ex. 1.1); arbetsboken ändrades inte.",
    en: "Give the new roadmap's version (e.g. 1.1); the workbook was not changed.",
  },
  noRevisionMonth: {
    fi: "Anna kuukausi (VVVV-KK), josta alkaen uutta tiekarttaa käytetään; työkirjaa ei muutettu.",
    sv: "Ange månaden (ÅÅÅÅ-MM) från vilken den nya färdplanen används; arbetsboken ändrades inte.",
    en: "Give the month (YYYY-MM) from which the new roadmap is used; the workbook was not changed.",
  },
  sameVersion: {
    fi: "Työkirjassa on jo tiekartan versio {version} samoin tehtävin; mitään ei muutettu.",
    sv: "Arbetsboken har redan färdplanens version {version} med samma uppgifter; inget ändrades.",
    en: "The workbook already has roadmap version {version} with the same tasks; nothing was changed.",
  },
} as const satisfies Record<string, Localized>;

/** A message of the roadmap update, with its placeholders filled. */
export function updateRoadmapMessage(
  key: keyof typeof MESSAGES,
  lang: Lang,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return interpolate(MESSAGES[key][lang], params);
}
