import type { Localized } from "../i18n/lang";
import type { IssueCode } from "./Issue";
import { ROADMAP_ISSUE_MESSAGES } from "./roadmapIssueMessages";

/**
 * Issue messages for a regional preparer or a ministry analyst. Placeholders: {location} (`Sheet!A1`),
 * {sheet}, {cell}, {taskId}, {value}, {region}.
 */
export const ISSUE_MESSAGES: Record<IssueCode, Localized> = {
  unreadable_file: {
    fi: "Tiedostoa {value} ei voitu lukea Excel-työkirjana.",
    sv: "Filen {value} kunde inte läsas som en Excel-arbetsbok.",
    en: "The file {value} could not be read as an Excel workbook.",
  },
  not_a_region_workbook: {
    fi: "Tiedosto {value} ei ole alueen seurantatyökirja: asetuksista puuttuu alueen tunnus.",
    sv: "Filen {value} är inte en uppföljningsarbetsbok för ett område: områdeskoden saknas i inställningarna.",
    en: "The file {value} is not a region workbook: the settings do not name a region.",
  },
  duplicate_region: {
    fi: "Alue {region} on mukana useammin kuin kerran ({value}); vain ensimmäinen otettiin mukaan.",
    sv: "Området {region} finns med flera gånger ({value}); bara det första togs med.",
    en: "Region {region} was given more than once ({value}); only the first one was used.",
  },
  month_missing: {
    fi: "Työkirjasta puuttuu kuukauden välilehti {sheet}.",
    sv: "Arbetsboken saknar månadsfliken {sheet}.",
    en: "The workbook has no month sheet {sheet}.",
  },
  template_version: {
    fi: "Työkirja on tehty pohjan versiolla {value}; käytössä on uudempi versio.",
    sv: "Arbetsboken är gjord med mallversion {value}; en nyare version används.",
    en: "The workbook was made with template version {value}; a newer version is in use.",
  },
  region_missing: {
    fi: "Alueelta {region} ei saatu työkirjaa; alue ei ole mukana kansallisissa luvuissa.",
    sv: "Ingen arbetsbok kom från området {region}; det ingår inte i de nationella siffrorna.",
    en: "No workbook was given for region {region}; it is left out of the national figures.",
  },
  missing_header: {
    fi: "Välilehdeltä {sheet} ei löytynyt tehtävätaulukon otsikkoriviä (sarakkeet Tunnus ja Tila).",
    sv: "På fliken {sheet} hittades ingen rubrikrad för uppgiftstabellen (kolumnerna Kod och Status).",
    en: "No task table header row (columns ID and Status) was found on sheet {sheet}.",
  },
  missing_task: {
    fi: "Tehtävä {taskId} puuttuu välilehdeltä {sheet}; se lasketaan aloittamattomaksi.",
    sv: "Uppgiften {taskId} saknas på fliken {sheet}; den räknas som inte påbörjad.",
    en: "Task {taskId} is missing from sheet {sheet}; it counts as not started.",
  },
  duplicate_task: {
    fi: "Tehtävä {taskId} on välilehdellä useammin kuin kerran ({location}); ensimmäinen rivi otettiin huomioon.",
    sv: "Uppgiften {taskId} finns flera gånger på fliken ({location}); den första raden användes.",
    en: "Task {taskId} appears more than once ({location}); the first row was used.",
  },
  unknown_task: {
    fi: "Tunnusta {taskId} ({location}) ei ole tiekartassa; rivi jätettiin huomiotta.",
    sv: "Koden {taskId} ({location}) finns inte i färdplanen; raden lämnades bort.",
    en: "ID {taskId} ({location}) is not in the roadmap; the row was ignored.",
  },
  unknown_status: {
    fi: "Tuntematon tila ”{value}” ({location}); tehtävä lasketaan aloittamattomaksi. Käytä: Ei aloitettu, Käynnissä, Valmis, Ei koske.",
    sv: "Okänd status ”{value}” ({location}); uppgiften räknas som inte påbörjad. Använd: Inte påbörjad, Pågår, Klar, Berör inte.",
    en: "Unknown status “{value}” ({location}); the task counts as not started. Use: Not started, In progress, Done, Not applicable.",
  },
  missing_status: {
    fi: "Tehtävän {taskId} tila puuttuu ({location}); tehtävä lasketaan aloittamattomaksi.",
    sv: "Status saknas för uppgiften {taskId} ({location}); den räknas som inte påbörjad.",
    en: "Task {taskId} has no status ({location}); it counts as not started.",
  },
  invalid_date: {
    fi: "Päivämäärää ”{value}” ei voitu tulkita ({location}). Käytä muotoa 1.3.2022, 9/2021, Q3/2021 tai 2022.",
    sv: "Datumet ”{value}” kunde inte tolkas ({location}). Använd 1.3.2022, 9/2021, Q3/2021 eller 2022.",
    en: "The date “{value}” could not be read ({location}). Use 1.3.2022, 9/2021, Q3/2021 or 2022.",
  },
  task_row_moved: {
    fi: "Solun {location} tunnus {taskId} on rivillä, jonka ”{value}” kuuluu toiselle tehtävälle: taulukosta on ilmeisesti lajiteltu vain osa sarakkeista. Riviä ei luettu, ja tehtävä lasketaan aloittamattomaksi. Kumoa lajittelu tai lajittele koko taulukko.",
    sv: "Koden {taskId} i cellen {location} står på en rad där ”{value}” hör till en annan uppgift: troligen sorterades bara en del av tabellens kolumner. Raden lästes inte, och uppgiften räknas som inte påbörjad. Ångra sorteringen eller sortera hela tabellen.",
    en: "ID {taskId} in cell {location} is on a row where “{value}” belongs to another task: only some of the table's columns seem to have been sorted. The row was not read, and the task counts as not started. Undo the sort, or sort the whole table.",
  },
  task_id_missing: {
    fi: "Osatehtävän ”{value}” riviltä puuttuu tunnus ({location}); tehtävän {taskId} tilaa ei luettu, ja se lasketaan aloittamattomaksi. Kirjoita soluun tunnus {taskId}.",
    sv: "Raden för deluppgiften ”{value}” saknar kod ({location}); statusen för uppgiften {taskId} lästes inte, och den räknas som inte påbörjad. Skriv koden {taskId} i cellen.",
    en: "The row of subtask “{value}” has no ID ({location}); the status of task {taskId} was not read, and it counts as not started. Type the ID {taskId} in the cell.",
  },
  missing_column: {
    fi: "Välilehdeltä {sheet} puuttuu sarake ”{value}”.",
    sv: "Kolumnen ”{value}” saknas på fliken {sheet}.",
    en: "Column “{value}” is missing from sheet {sheet}.",
  },
  missing_id: {
    fi: "Riviltä puuttuu tunnus ({location}).",
    sv: "Raden saknar kod ({location}).",
    en: "The row has no ID ({location}).",
  },
  duplicate_id: {
    fi: "Tunnus {taskId} on tiekartassa kahdesti ({location}).",
    sv: "Koden {taskId} finns två gånger i färdplanen ({location}).",
    en: "ID {taskId} appears twice in the roadmap ({location}).",
  },
  invalid_group: {
    fi: "Valmisteluryhmää ”{value}” ei tunnisteta ({location}).",
    sv: "Beredningsgruppen ”{value}” känns inte igen ({location}).",
    en: "Workstream “{value}” is not recognised ({location}).",
  },
  invalid_flag: {
    fi: "Arvoa ”{value}” ei voitu tulkita kyllä/ei-arvoksi ({location}).",
    sv: "Värdet ”{value}” kunde inte tolkas som ja/nej ({location}).",
    en: "The value “{value}” could not be read as yes/no ({location}).",
  },
  invalid_checklist: {
    fi: "100+100-merkintää ”{value}” ei tunnisteta ({location}). Käytä: Viimeiset 100 tai Ensimmäiset 100.",
    sv: "100+100-markeringen ”{value}” känns inte igen ({location}). Använd: Sista 100 eller Första 100.",
    en: "The 100+100 mark “{value}” is not recognised ({location}). Use: Last 100 or First 100.",
  },
  end_before_start: {
    fi: "Tehtävä {taskId} päättyy ennen kuin se alkaa ({location}).",
    sv: "Uppgiften {taskId} slutar innan den börjar ({location}).",
    en: "Task {taskId} ends before it starts ({location}).",
  },
  empty_roadmap: {
    fi: "Tiekartassa ({sheet}) ei ole yhtään tehtävää.",
    sv: "Färdplanen ({sheet}) innehåller inga uppgifter.",
    en: "The roadmap ({sheet}) has no tasks.",
  },
  invalid_assessment: {
    fi: "Itsearviota ”{value}” ei tunnisteta ({location}). Käytä: Vihreä, Keltainen tai Punainen.",
    sv: "Självbedömningen ”{value}” känns inte igen ({location}). Använd: Grön, Gul eller Röd.",
    en: "Self-assessment “{value}” is not recognised ({location}). Use: Green, Yellow or Red.",
  },
  invalid_severity: {
    fi: "Riskin vakavuutta ”{value}” ei tunnisteta ({location}). Käytä: Korkea, Keskitaso tai Matala.",
    sv: "Riskens allvarlighet ”{value}” känns inte igen ({location}). Använd: Hög, Medel eller Låg.",
    en: "Risk severity “{value}” is not recognised ({location}). Use: High, Medium or Low.",
  },
  beyond_limits: {
    fi: "Tiedostoa {value} ei luettu: se ylittää luvun rajat (tiedoston tai puretun XML:n koko, rivit tai sarakkeet). Alue jätettiin pois; muut alueet luettiin.",
    sv: "Filen {value} lästes inte: den överskrider gränserna för läsning (filens eller den uppackade XML:ens storlek, rader eller kolumner). Området lämnades bort; de andra områdena lästes.",
    en: "The file {value} was not read: it exceeds the reading limits (size of the file or of its inflated XML, rows or columns). The region was left out; the other regions were read.",
  },
  text_cut: {
    fi: "Solun {location} teksti on pidempi kuin taulukkosoluun mahtuu (32 767 merkkiä); se katkaistiin ja loppuu merkkiin […].",
    sv: "Texten i cellen {location} är längre än en cell rymmer (32 767 tecken); den kortades och slutar med […].",
    en: "The text in {location} is longer than a spreadsheet cell holds (32,767 characters); it was cut and ends with […].",
  },
  ...ROADMAP_ISSUE_MESSAGES,
};
