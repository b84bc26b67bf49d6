import type { Lang, Localized } from "../../../core/i18n/lang";
import { interpolate } from "../../../core/i18n/lang";

/**
 * The pane's words for what issue 12 added: workbook roles, outcome boxes, cancelling, password
 * protection, opening region workbooks in Excel. Kept apart from ./strings so that table stays small.
 */
export const PANE_WORDS = {
  roleRegion: {
    fi: "Alueen työkirja ({region}): kuukauden välilehti, tarkistus ja 100+100-listat.",
    sv: "Områdets arbetsbok ({region}): månadsflik, kontroll och 100+100-listor.",
    en: "Region workbook ({region}): month sheet, validation and 100+100 lists.",
  },
  roleNational: {
    fi: "Kansallinen työkirja: kokoaminen ja alueiden työkirjat.",
    sv: "Nationell arbetsbok: sammanställning och områdenas arbetsböcker.",
    en: "National workbook: consolidation and the region workbooks.",
  },
  roleTemplate: {
    fi: "Pohja: ota käyttöön ja luo alueiden työkirjat.",
    sv: "Mall: ta i bruk och skapa områdenas arbetsböcker.",
    en: "Template: set it up and create the region workbooks.",
  },
  showAll: { fi: "Näytä kaikki toiminnot", sv: "Visa alla funktioner", en: "Show all actions" },
  showRole: {
    fi: "Näytä vain tämän työkirjan toiminnot",
    sv: "Visa bara den här arbetsbokens funktioner",
    en: "Show only this workbook's actions",
  },
  outcomeDone: { fi: "Valmis", sv: "Klart", en: "Done" },
  outcomeWarnings: { fi: "Valmis, huomioita", sv: "Klart, med anmärkningar", en: "Done, with warnings" },
  outcomeErrors: { fi: "Valmis, virheitä", sv: "Klart, med fel", en: "Done, with errors" },
  outcomeFailed: { fi: "Ei onnistunut", sv: "Misslyckades", en: "Did not succeed" },
  outcomeCancelled: { fi: "Keskeytetty", sv: "Avbrutet", en: "Stopped" },
  consolidateCancelled: {
    fi: "Kokoaminen keskeytettiin. Tähän työkirjaan ei kirjoitettu mitään.",
    sv: "Sammanställningen avbröts. Inget skrevs i den här arbetsboken.",
    en: "Consolidation stopped. Nothing was written to this workbook.",
  },
  passwordProtected: {
    fi: "Välilehti {sheets} on suojattu salasanalla, joten mitään ei muutettu. Poista suojaus (Tarkista → Poista suojaus) ja yritä uudelleen.",
    sv: "Fliken {sheets} är skyddad med lösenord, så inget ändrades. Ta bort skyddet (Granska → Ta bort skydd) och försök igen.",
    en: "The sheet {sheets} is protected with a password, so nothing was changed. Remove the protection (Review → Unprotect Sheet) and try again.",
  },
  openSheet: { fi: "Avaa {sheet}", sv: "Öppna {sheet}", en: "Open {sheet}" },
  openInExcel: { fi: "Avaa Excelissä", sv: "Öppna i Excel", en: "Open in Excel" },
  openInExcelName: { fi: "Avaa Excelissä: {name}", sv: "Öppna i Excel: {name}", en: "Open in Excel: {name}" },
  download: { fi: "Lataa", sv: "Ladda ned", en: "Download" },
  downloadName: { fi: "Lataa: {name}", sv: "Ladda ned: {name}", en: "Download: {name}" },
  openedInExcel: {
    fi: "{name} avattiin Excelissä uutena työkirjana. Tallenna se alueen kansioon.",
    sv: "{name} öppnades i Excel som en ny arbetsbok. Spara den i områdets mapp.",
    en: "{name} opened in Excel as a new workbook. Save it in the region's folder.",
  },
  regionsReadyOpen: {
    fi: "{count} työkirjaa on valmiina. Avaa kukin Excelissä tai lataa se.",
    sv: "{count} arbetsböcker är klara. Öppna var och en i Excel eller ladda ned den.",
    en: "{count} workbooks are ready. Open each in Excel or download it.",
  },
} as const satisfies Record<string, Localized>;

export type PaneWordKey = keyof typeof PANE_WORDS;

/** A word of PANE_WORDS in `lang`, placeholders filled. */
export function say(lang: Lang, key: PaneWordKey, params: Record<string, string | number> = {}): string {
  return interpolate(PANE_WORDS[key][lang], params);
}
