import type { Lang, Localized } from "../../../core/i18n/lang";
import { interpolate } from "../../../core/i18n/lang";
import { ACTION_LABELS } from "../../../core/actions/actionLabels";

/**
 * What the Apps Script host itself says: menu items, progress, and failures in plain words. Messages
 * about the data come from the core.
 */
export const HOST_TEXT = {
  menuTitle: { fi: "Tilannekuva", sv: "Tilannekuva", en: "Tilannekuva" },
  // The one wording of the action (core/actions/actionLabels.ts).
  updateRoadmap: ACTION_LABELS.updateRoadmap,
  resultTitle: { fi: "Tilannekuva", sv: "Tilannekuva", en: "Tilannekuva" },
  // The file dialog of "Keskustelumuistio" and the data for analysts (issue #10).
  fileDownload: { fi: "Lataa {name}", sv: "Ladda ned {name}", en: "Download {name}" },
  filePreview: { fi: "Esikatselu", sv: "Förhandsvisning", en: "Preview" },
  issuesHeading: {
    fi: "Havainnot ({shown}/{count}):",
    sv: "Iakttagelser ({shown}/{count}):",
    en: "Findings ({shown}/{count}):",
  },
  progress: {
    fi: "Alue {done}/{total} … {label}",
    sv: "Område {done}/{total} … {label}",
    en: "Region {done}/{total} … {label}",
  },
  continues: {
    fi: "{done}/{total} aluetta käsitelty. Ajo jatkuu itsestään taustalla noin minuutin kuluttua; voit sulkea paneelin.",
    sv: "{done}/{total} områden behandlade. Körningen fortsätter av sig själv i bakgrunden om ungefär en minut; du kan stänga panelen.",
    en: "{done}/{total} regions done. The job carries on by itself in the background in about a minute; you may close the panel.",
  },
  jobBusy: {
    fi: "Toinen Tilannekuva-ajo ({job}) on kesken: {done}/{total} aluetta käsitelty. Odota, että se valmistuu, tai keskeytä se.",
    sv: "En annan Tilannekuva-körning ({job}) pågår: {done}/{total} områden behandlade. Vänta tills den är klar eller avbryt den.",
    en: "Another Tilannekuva job ({job}) is under way: {done}/{total} regions done. Wait for it to finish, or stop it.",
  },
  lockBusy: {
    fi: "Tilannekuva tekee jo jotain tässä taulukossa. Yritä hetken kuluttua uudelleen.",
    sv: "Tilannekuva håller redan på med något i detta kalkylark. Försök igen om en stund.",
    en: "Tilannekuva is already busy in this spreadsheet. Try again in a moment.",
  },
  job_consolidate: {
    fi: "tilannekuvan {month} kokoaminen",
    sv: "sammanställningen av lägesbilden {month}",
    en: "consolidating {month}",
  },
  job_rollMonth: {
    fi: "välilehden {month} luonti alueille",
    sv: "skapandet av fliken {month} för områdena",
    en: "creating sheet {month} in the regions",
  },
  job_pushRoadmap: {
    fi: "tiekartan päivitys alueille",
    sv: "uppdateringen av färdplanen för områdena",
    en: "updating the roadmap in the regions",
  },
  job_createRegions: {
    fi: "alueiden taulukoiden luonti",
    sv: "skapandet av områdenas kalkylark",
    en: "creating the regions' spreadsheets",
  },
  jobStopped: {
    fi: "Ajo ({job}) keskeytettiin.",
    sv: "Körningen ({job}) avbröts.",
    en: "The job ({job}) was stopped.",
  },
  jobStopping: {
    fi: "Ajo ({job}) keskeytetään, kun käsiteltävänä oleva alue on valmis.",
    sv: "Körningen ({job}) avbryts när området som behandlas är klart.",
    en: "The job ({job}) stops once the region in hand is done.",
  },
  jobCutOff: {
    fi: "Ajo ({job}) lopetettiin: Google Apps Script katkaisi sen kuuden minuutin rajalla {count} kertaa peräkkäin.",
    sv: "Körningen ({job}) avslutades: Google Apps Script avbröt den vid sexminutersgränsen {count} gånger i rad.",
    en: "The job ({job}) was ended: Google Apps Script cut it off at the six-minute limit {count} times in a row.",
  },
  noJob: { fi: "Mikään ajo ei ole käynnissä.", sv: "Ingen körning pågår.", en: "No job is running." },
  noRegions: {
    fi: "Asetukset-välilehdellä ei ole yhtään aluetta, jolla on taulukon osoite. Luo ensin alueiden taulukot tai kirjoita osoitteet.",
    sv: "På fliken Inställningar finns inget område med kalkylarkets adress. Skapa först områdenas kalkylark eller skriv in adresserna.",
    en: "The Settings sheet lists no region with a spreadsheet URL. Create the regions' spreadsheets first, or type in their URLs.",
  },
  allRegionsHaveFiles: {
    fi: "Kaikilla Asetukset-välilehden alueilla on jo taulukko; uusia ei luotu.",
    sv: "Alla områden på fliken Inställningar har redan ett kalkylark; inga nya skapades.",
    en: "Every region on the Settings sheet already has a spreadsheet; none was created.",
  },
  regionsCreated: {
    fi: "Luotiin {ok}/{total} alueen taulukkoa. Osoitteet ovat Asetukset-välilehdellä.",
    sv: "{ok}/{total} områdens kalkylark skapades. Adresserna finns på fliken Inställningar.",
    en: "{ok}/{total} region spreadsheets were created. Their URLs are on the Settings sheet.",
  },
  roadmapPushed: {
    fi: "Tiekartta {version}: {ok}/{total} alueen taulukko päivitetty.",
    sv: "Färdplanen {version}: {ok}/{total} områdens kalkylark uppdaterade.",
    en: "Roadmap {version}: {ok}/{total} region spreadsheets updated.",
  },
  roadmapNotSetUp: {
    fi: "Kansallisessa työkirjassa ei ole tiekarttaa. Ota kansallinen työkirja käyttöön ja päivitä sen tiekartta ensin (Päivitä tiekartta).",
    sv: "Den nationella arbetsboken har ingen färdplan. Ta den nationella arbetsboken i bruk och uppdatera dess färdplan först (Uppdatera färdplanen).",
    en: "The national workbook has no roadmap. Set up the national workbook and update its roadmap first (Update the roadmap).",
  },
  monthRolled: {
    fi: "Välilehti {month}: {ok}/{total} alueen taulukko käsitelty.",
    sv: "Fliken {month}: {ok}/{total} områdens kalkylark behandlade.",
    en: "Sheet {month}: {ok}/{total} region spreadsheets done.",
  },
  regionUnfinished: {
    fi: "Taulukko on luotu, mutta sitä ei ole merkitty Asetukset-välilehdelle; aja toiminto uudelleen, niin se viimeistellään.",
    sv: "Kalkylarket har skapats men inte förts in på fliken Inställningar; kör åtgärden igen så slutförs det.",
    en: "The spreadsheet exists but is not listed on the Settings sheet yet; run the action again to finish it.",
  },
  regionFailed: { fi: "{label}: {reason}", sv: "{label}: {reason}", en: "{label}: {reason}" },
  regionTemplateFailed: {
    fi: "Alueiden pohjataulukkoa ei voitu kopioida (Asetukset-välilehden rivi ”Alueiden pohjataulukko (Google Sheets)”). {reason} Tarkista osoite, tai tyhjennä rivi, jolloin taulukot luodaan tyhjinä ilman Tilannekuva-valikkoa.",
    sv: "Mallkalkylarket för områdena kunde inte kopieras (raden ”Mallkalkylark för områdena (Google Sheets)” på fliken Inställningar). {reason} Kontrollera adressen, eller töm raden, så skapas tomma kalkylark utan Tilannekuva-menyn.",
    en: "The region template spreadsheet could not be copied (the row “Region template spreadsheet (Google Sheets)” on the Settings sheet). {reason} Check the URL, or empty the row to have blank spreadsheets created, without the Tilannekuva menu.",
  },
  spreadsheetName: { fi: "Tilannekuva – {name}", sv: "Tilannekuva – {name}", en: "Tilannekuva – {name}" },
  failed: {
    fi: "Toiminto epäonnistui: {detail}",
    sv: "Åtgärden misslyckades: {detail}",
    en: "The action failed: {detail}",
  },
  noAccess: {
    fi: "Taulukkoa ei voitu avata: sinulla ei ole siihen oikeutta tai osoite on väärä.",
    sv: "Kalkylarket kunde inte öppnas: du har ingen behörighet eller adressen är fel.",
    en: "The spreadsheet could not be opened: you have no access to it, or the URL is wrong.",
  },
  protectedCells: {
    fi: "Välilehti on suojattu, eikä sinulla ole oikeutta muuttaa sitä. Pyydä taulukon omistajaa ajamaan toiminto tai poistamaan suojaus.",
    sv: "Fliken är skyddad och du har inte rätt att ändra den. Be kalkylarkets ägare köra åtgärden eller ta bort skyddet.",
    en: "The sheet is protected and you may not change it. Ask the spreadsheet's owner to run the action or to remove the protection.",
  },
  serviceBusy: {
    fi: "Google Sheets ei vastannut ajoissa tai käyttöraja tuli vastaan. Yritä hetken kuluttua uudelleen.",
    sv: "Google Sheets svarade inte i tid eller en användningsgräns nåddes. Försök igen om en stund.",
    en: "Google Sheets did not answer in time, or a usage limit was reached. Try again in a moment.",
  },
  tooLong: {
    fi: "Toiminto kesti yli Google Apps Scriptin kuuden minuutin rajan ja keskeytyi.",
    sv: "Åtgärden tog längre än Google Apps Scripts gräns på sex minuter och avbröts.",
    en: "The action ran past Google Apps Script's six-minute limit and was stopped.",
  },
  unknownAction: {
    fi: "Tuntematon toiminto: {action}.",
    sv: "Okänd åtgärd: {action}.",
    en: "Unknown action: {action}.",
  },
} as const satisfies Record<string, Localized>;

export type HostTextKey = keyof typeof HOST_TEXT;

export function hostText(
  key: HostTextKey,
  lang: Lang,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return interpolate(HOST_TEXT[key][lang], params);
}
