import type { Lang } from "../../../core/i18n/lang";
import { interpolate } from "../../../core/i18n/lang";
import { ACTION_LABELS } from "../../../core/actions/actionLabels";

/** The task pane's own words. What the actions say comes from the core, in the same language. */
const FI = {
  title: "Tilannekuva",
  subtitle: "Tiekartan toimeenpanon seuranta",
  language: "Kieli",
  month: "Tietokuukausi",
  monthHelp: "Kuukausi, jonka tilannetta raportoidaan (VVVV-KK). Oletuksena edellinen kuukausi.",
  setupHeading: "Pohjan käyttöönotto",
  setupHelp: "Luo tähän työkirjaan ohjeet, tiekartan, asetukset ja pudotusvalikoiden listat.",
  programme: "Ohjelma",
  programmeRegional: "Alueellinen (hyvinvointialueet)",
  programmeNational: "Kansalliset toimijat",
  setupButton: "Ota pohja käyttöön",
  monthHeading: "Kuukauden välilehti",
  monthSheetHelp:
    "Luo valitun kuukauden välilehti. Tilat, kommentit ja vastuuhenkilöt siirtyvät edellisestä kuukaudesta.",
  monthButton: "Luo kuukauden välilehti",
  validateHeading: "Tarkistus",
  validateHelp:
    "Tarkista valitun kuukauden välilehti samoin kuin kokoaminen sen lukee. Valitse havainto siirtyäksesi soluun.",
  validateButton: "Tarkista välilehti",
  checklistHeading: "100+100-tarkistuslistat",
  checklistHelp: "Luo tai päivitä viimeisten 100 ja ensimmäisten 100 päivän tarkistuslistat.",
  checklistButton: "Luo tarkistuslistat",
  roadmapHeading: "Tiekartan uusi versio",
  roadmapHelp:
    "Liitä uusi tiekartta välilehdelle ”Uusi tiekartta” (versio riville ”Versio”). Tiekartta ja asetukset päivittyvät; kuluvan kuun välilehti saa uudet tehtävät, eikä yhtään merkintää menetetä.",
  roadmapButton: ACTION_LABELS.updateRoadmap.fi,
  briefHeading: "Keskustelut ja aineisto",
  briefHelp:
    "Keskustelumuistio: valitun kuukauden tilannekuva kunkin alueen keskustelua varten, A4-sivu alueelle, ladattavana HTML-tiedostona. Kuukausi on koottava ensin.",
  longCsvHelp:
    "Aineisto analyyseihin: rivi alueelle × tehtävälle × kuukaudelle kaikilta kootuilta kuukausilta, CSV-tiedostona (UTF-8) Power BI:lle, R:lle tai Pythonille.",
  consolidateHeading: "Kansallinen kokoaminen",
  consolidateHelp:
    "Valitse alueiden .xlsx-tiedostot. Tilannekuva kootaan tähän työkirjaan; alueiden tiedostoihin ei kirjoiteta.",
  files: "Alueiden tiedostot",
  consolidateButton: "Kokoa tilannekuva",
  noFiles: "Valitse ensin alueiden tiedostot.",
  readingFile: "Luetaan tiedostoa {done}/{total}: {name}",
  notAWorkbook: "Tiedostoa {name} ei voitu avata Excel-työkirjana (.xlsx): {reason}",
  regionsHeading: "Alueiden työkirjat",
  regionsHelp: "Luo tämän pohjan perusteella jokaiselle alueelle oma työkirja ladattavaksi.",
  regionsButton: "Luo alueiden työkirjat",
  regionsReady: "{count} työkirjaa on valmiina ladattavaksi.",
  downloadAll: "Lataa kaikki",
  calendarHeading: "Raportointikalenteri",
  calendarHelp: "Kunkin kuukauden raportoinnin määräpäivä ja julkaisupäivä.",
  year: "Vuosi",
  calendarButton: "Näytä kalenteri",
  calendarCaption: "Raportointikalenteri {year}",
  colMonth: "Tietokuukausi",
  colDue: "Raportoitava viimeistään",
  colPublish: "Tilannekuva julkaistaan viimeistään",
  badYear: "Anna vuosi muodossa VVVV.",
  working: "Odota hetki …",
  issues: "Havainnot ({count})",
  issueSelect: "Siirry soluun {location}",
  error: "Virhe",
  warning: "Varoitus",
  noticeValidations:
    "Tämä Excel-versio ei tue pudotusvalikoita (vaatii {requirement}); välilehdellä {sheet} niitä ei luotu.",
  noticeCheckboxes:
    "Tämä Excel-versio ei tue valintaruutuja (vaatii {requirement}); välilehdellä {sheet} niitä ei luotu.",
  notInExcel:
    "Tilannekuva toimii Excelin tehtäväruudussa. Avaa se Excelissä Aloitus-välilehden Tilannekuva-painikkeesta.",
  officeMissing: "Office-kirjastoa ei voitu ladata. Tarkista verkkoyhteys ja avaa tehtäväruutu uudelleen.",
  failed: "Toiminto epäonnistui: {reason}",
  errProtected:
    "Välilehti on suojattu salasanalla, joten sitä ei voitu päivittää. Poista suojaus ja yritä uudelleen.",
  errNotFound: "Välilehteä tai solua ei löytynyt. Se on ehkä poistettu tai nimetty uudelleen.",
  errTooLarge: "Työkirja on liian suuri yhdellä kertaa käsiteltäväksi Excelin verkkoversiossa.",
  errBusy: "Excel on varattu (esimerkiksi solua muokataan). Lopeta muokkaus ja yritä uudelleen.",
};

type Strings = Record<keyof typeof FI, string>;

const SV: Strings = {
  title: "Lägesbild",
  subtitle: "Uppföljning av färdplanens genomförande",
  language: "Språk",
  month: "Datamånad",
  monthHelp: "Månaden vars läge rapporteras (ÅÅÅÅ-MM). Som standard förra månaden.",
  setupHeading: "Ta mallen i bruk",
  setupHelp:
    "Skapar anvisningar, färdplan, inställningar och listorna för rullgardinsmenyerna i den här arbetsboken.",
  programme: "Program",
  programmeRegional: "Regionalt (välfärdsområden)",
  programmeNational: "Nationella aktörer",
  setupButton: "Ta mallen i bruk",
  monthHeading: "Månadsflik",
  monthSheetHelp:
    "Skapar fliken för den valda månaden. Status, kommentarer och ansvariga förs över från förra månaden.",
  monthButton: "Skapa månadsflik",
  validateHeading: "Kontroll",
  validateHelp:
    "Kontrollerar den valda månadens flik så som sammanställningen läser den. Välj en iakttagelse för att gå till cellen.",
  validateButton: "Kontrollera fliken",
  checklistHeading: "100+100-checklistor",
  checklistHelp: "Skapar eller uppdaterar checklistorna för de sista 100 och första 100 dagarna.",
  checklistButton: "Skapa checklistor",
  roadmapHeading: "Ny version av färdplanen",
  roadmapHelp:
    "Klistra in den nya färdplanen på fliken ”Ny färdplan” (versionen på raden ”Version”). Färdplanen och inställningarna uppdateras; månadens flik får de nya uppgifterna och ingen anteckning går förlorad.",
  roadmapButton: ACTION_LABELS.updateRoadmap.sv,
  briefHeading: "Samtal och data",
  briefHelp:
    "Samtalspromemoria: den valda månadens lägesbild för samtalet med varje område, en A4-sida per område, som HTML-fil att ladda ned. Månaden ska vara sammanställd först.",
  longCsvHelp:
    "Data för analys: en rad per område × uppgift × månad för alla sammanställda månader, som CSV-fil (UTF-8) för Power BI, R eller Python.",
  consolidateHeading: "Nationell sammanställning",
  consolidateHelp:
    "Välj områdenas .xlsx-filer. Lägesbilden sammanställs i den här arbetsboken; områdenas filer ändras inte.",
  files: "Områdenas filer",
  consolidateButton: "Sammanställ lägesbilden",
  noFiles: "Välj först områdenas filer.",
  readingFile: "Läser fil {done}/{total}: {name}",
  notAWorkbook: "Filen {name} kunde inte öppnas som en Excel-arbetsbok (.xlsx): {reason}",
  regionsHeading: "Områdenas arbetsböcker",
  regionsHelp: "Skapar en egen arbetsbok för varje område utifrån den här mallen, för nedladdning.",
  regionsButton: "Skapa områdenas arbetsböcker",
  regionsReady: "{count} arbetsböcker är klara att laddas ned.",
  downloadAll: "Ladda ned alla",
  calendarHeading: "Rapporteringskalender",
  calendarHelp: "Varje månads sista rapporteringsdag och publiceringsdag.",
  year: "År",
  calendarButton: "Visa kalendern",
  calendarCaption: "Rapporteringskalender {year}",
  colMonth: "Datamånad",
  colDue: "Rapporteras senast",
  colPublish: "Lägesbilden publiceras senast",
  badYear: "Ange året i formen ÅÅÅÅ.",
  working: "Vänta ett ögonblick …",
  issues: "Iakttagelser ({count})",
  issueSelect: "Gå till cellen {location}",
  error: "Fel",
  warning: "Varning",
  noticeValidations:
    "Den här Excel-versionen stöder inte rullgardinsmenyer (kräver {requirement}); de skapades inte på fliken {sheet}.",
  noticeCheckboxes:
    "Den här Excel-versionen stöder inte kryssrutor (kräver {requirement}); de skapades inte på fliken {sheet}.",
  notInExcel:
    "Lägesbild fungerar i Excels aktivitetsfönster. Öppna den i Excel med knappen Lägesbild på fliken Start.",
  officeMissing:
    "Office-biblioteket kunde inte laddas. Kontrollera nätverksanslutningen och öppna aktivitetsfönstret igen.",
  failed: "Åtgärden misslyckades: {reason}",
  errProtected: "Fliken är skyddad med lösenord och kunde inte uppdateras. Ta bort skyddet och försök igen.",
  errNotFound: "Fliken eller cellen hittades inte. Den kan ha tagits bort eller bytt namn.",
  errTooLarge: "Arbetsboken är för stor för att behandlas på en gång i Excel på webben.",
  errBusy: "Excel är upptaget (till exempel redigeras en cell). Avsluta redigeringen och försök igen.",
};

const EN: Strings = {
  title: "Situational picture",
  subtitle: "Roadmap implementation tracking",
  language: "Language",
  month: "Data month",
  monthHelp: "The month whose situation is reported (YYYY-MM). Last month by default.",
  setupHeading: "Set up the template",
  setupHelp: "Writes the instructions, roadmap, settings and drop-down lists into this workbook.",
  programme: "Programme",
  programmeRegional: "Regional (wellbeing services counties)",
  programmeNational: "National actors",
  setupButton: "Set up the template",
  monthHeading: "Month sheet",
  monthSheetHelp:
    "Creates the sheet of the chosen month. Statuses, comments and owners carry over from the previous month.",
  monthButton: "Create the month sheet",
  validateHeading: "Validation",
  validateHelp:
    "Checks the chosen month's sheet the way consolidation reads it. Choose a finding to go to its cell.",
  validateButton: "Validate the sheet",
  checklistHeading: "100+100 checklists",
  checklistHelp: "Creates or updates the checklists of the last 100 and the first 100 days.",
  checklistButton: "Create the checklists",
  roadmapHeading: "New roadmap version",
  roadmapHelp:
    "Paste the new roadmap into a sheet named “New roadmap” (its version on a “Version” row). The roadmap and settings are updated; this month's sheet gains the new tasks and no entry is lost.",
  roadmapButton: ACTION_LABELS.updateRoadmap.en,
  briefHeading: "Discussions and data",
  briefHelp:
    "Discussion brief: the chosen month's picture for the discussion with each region, an A4 page per region, as an HTML file to download. Consolidate the month first.",
  longCsvHelp:
    "Data for analysts: a row per region × task × month for every consolidated month, as a CSV file (UTF-8) for Power BI, R or Python.",
  consolidateHeading: "National consolidation",
  consolidateHelp:
    "Choose the regions' .xlsx files. The picture is written into this workbook; the region files are never changed.",
  files: "Region files",
  consolidateButton: "Consolidate the picture",
  noFiles: "Choose the regions' files first.",
  readingFile: "Reading file {done}/{total}: {name}",
  notAWorkbook: "The file {name} could not be opened as an Excel workbook (.xlsx): {reason}",
  regionsHeading: "Region workbooks",
  regionsHelp: "Creates a workbook for each region from this template, for download.",
  regionsButton: "Create the region workbooks",
  regionsReady: "{count} workbooks are ready to download.",
  downloadAll: "Download all",
  calendarHeading: "Reporting calendar",
  calendarHelp: "Each month's reporting deadline and publication date.",
  year: "Year",
  calendarButton: "Show the calendar",
  calendarCaption: "Reporting calendar {year}",
  colMonth: "Data month",
  colDue: "Report by",
  colPublish: "Picture published by",
  badYear: "Give the year as YYYY.",
  working: "One moment …",
  issues: "Findings ({count})",
  issueSelect: "Go to cell {location}",
  error: "Error",
  warning: "Warning",
  noticeValidations:
    "This version of Excel has no drop-down lists (needs {requirement}); none were created on sheet {sheet}.",
  noticeCheckboxes:
    "This version of Excel has no checkboxes (needs {requirement}); none were created on sheet {sheet}.",
  notInExcel:
    "Situational picture runs in Excel's task pane. Open it in Excel from the Situational picture button on the Home tab.",
  officeMissing:
    "The Office library could not be loaded. Check the network connection and open the task pane again.",
  failed: "The action failed: {reason}",
  errProtected:
    "The sheet is protected with a password, so it could not be updated. Remove the protection and try again.",
  errNotFound: "The sheet or cell was not found. It may have been deleted or renamed.",
  errTooLarge: "The workbook is too large to handle in one go in Excel on the web.",
  errBusy: "Excel is busy (a cell is being edited, for example). Finish editing and try again.",
};

export type StringKey = keyof typeof FI;

const STRINGS: Record<Lang, Strings> = { fi: FI, sv: SV, en: EN };

/** A pane string in `lang`, with `{name}` placeholders filled. */
export function t(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  return interpolate(STRINGS[lang][key], params);
}

/** The pane's language from Office's display language ("sv-SE" → sv); Finnish for anything else. */
export function langOf(displayLanguage: string | undefined): Lang {
  const code = (displayLanguage ?? "").slice(0, 2).toLowerCase();
  return code === "sv" || code === "en" ? code : "fi";
}
