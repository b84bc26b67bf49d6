import type { Lang } from "../i18n/lang";
import type { Programme } from "../programme/ProgrammeSchema";
import { formatDayFi } from "../_lib/day";
import { sheetName } from "./labels";
import type { SheetSpec } from "./SheetSpec";
import { NOTE_STYLE, TITLE_STYLE } from "./styles";
import { wrappedRowHeight } from "./wrappedRowHeight";

const STEPS: Record<Lang, string[]> = {
  fi: [
    "Näin seuraat toimeenpanoa",
    "1. Kuukauden alussa luo uusi kuukausivälilehti (Tilannekuva → Luo kuukauden välilehti). Edellisen kuukauden tilat, kommentit, vastuuhenkilöt ja arviot siirtyvät mukaan.",
    "2. Päivitä jokaisen tehtävän tila sarakkeeseen Tila (heti osatehtävän ja edellisen kuun tilan vieressä): valitse Ei aloitettu, Käynnissä, Valmis tai Ei koske. Muita arvoja ei hyväksytä.",
    "3. Kommentoi myöhässä olevia tehtäviä ja kirjaa arvioitu valmistumispäivä ja vastuuhenkilö.",
    "4. Arvioi jokainen valmisteluryhmä (Vihreä / Keltainen / Punainen) ja kirjaa riskit kuukauden arviovälilehdelle (esim. 2022-09 arvio).",
    "5. Tarkista välilehti (Tarkista) ja korjaa ilmoitetut solut. Palauta työkirja määräpäivään mennessä.",
    "Välilehden yläosan luvut päivittyvät itsestään. Täytä keltaiset, reunustetut solut; harmaat solut on suojattu. Tehtävätaulukkoa voi suodattaa ja lajitella otsikkorivin painikkeilla (Google Sheetsissä: Tiedot → Suodatinnäkymät). Lajittele aina koko taulukko, ei yksittäistä saraketta: muuten tila jää toisen tehtävän riville, ja koonti nimeää rivin. Edellisten kuukausien välilehdet lukitaan harmaiksi, kun uusi kuukausi luodaan.",
    "Tavoitepäivä: {target}. Tiekartan tehtävät ovat välilehdellä {roadmap}.",
  ],
  sv: [
    "Så här följer du upp genomförandet",
    "1. I början av månaden skapar du en ny månadsflik (Tilannekuva → Skapa månadsflik). Föregående månads status, kommentarer, ansvarspersoner och bedömningar följer med.",
    "2. Uppdatera varje uppgifts status i kolumnen Status (direkt bredvid deluppgiften och föregående månads status): välj Inte påbörjad, Pågår, Klar eller Berör inte. Andra värden godtas inte.",
    "3. Kommentera försenade uppgifter och ange beräknat färdigställande och ansvarsperson.",
    "4. Bedöm varje beredningsgrupp (Grön / Gul / Röd) och skriv in riskerna på månadens bedömningsflik (t.ex. 2022-09 bedömning).",
    "5. Kontrollera fliken (Kontrollera) och rätta de celler som anges. Lämna in arbetsboken senast förfallodagen.",
    "Siffrorna överst på fliken uppdateras automatiskt. Fyll i de gula cellerna med ram; grå celler är skyddade. Uppgiftstabellen kan filtreras och sorteras med knapparna i rubrikraden (i Google Sheets: Data → Filtervyer). Sortera alltid hela tabellen, inte en enskild kolumn: annars hamnar en status på en annan uppgifts rad, och sammanställningen anger raden. Tidigare månaders flikar låses och blir grå när en ny månad skapas.",
    "Måldatum: {target}. Färdplanens uppgifter finns på fliken {roadmap}.",
  ],
  en: [
    "How to track the implementation",
    "1. At the start of each month, create the new month sheet (Tilannekuva → Create month sheet). Last month's statuses, comments, owners and dates carry over.",
    "2. Set each task's status in the Status column (right beside the subtask and last month's status): pick Not started, In progress, Done or Not applicable. Other values are not accepted.",
    "3. Comment on late tasks and give the expected completion date and the owner.",
    "4. Assess each workstream (Green / Yellow / Red) and list risks on the month's assessment sheet (e.g. 2022-09 assessment).",
    "5. Validate the sheet (Validate) and fix the cells it names. Return the workbook by the due date.",
    "The figures at the top of the sheet update by themselves. Fill in the yellow, bordered cells; grey cells are protected. The task table can be filtered and sorted with the buttons in its header row (in Google Sheets: Data → Filter views). Always sort the whole table, never a single column: otherwise a status lands on another task's row, and consolidation names the row. Earlier months' sheets are locked and greyed when a new month is created.",
    "Target date: {target}. The roadmap's tasks are on the {roadmap} sheet.",
  ],
};

const WIDTH = 110;

/** The Ohjeet sheet: the monthly routine in the user's language. */
export function buildInstructionsSheet(programme: Programme, lang: Lang): SheetSpec {
  const lines = STEPS[lang].map((line) =>
    line.replace("{target}", formatDayFi(programme.target)).replace("{roadmap}", sheetName("roadmap", lang)),
  );
  return {
    name: sheetName("instructions", lang),
    cells: [[programme.name[lang]], [], ...lines.map((line) => [line])],
    styles: [
      { range: "A1", ...TITLE_STYLE, fontSize: 16 },
      { range: "A3", bold: true, fontSize: 12 },
      { range: `A4:A${lines.length + 2}`, wrap: true },
      { range: `A${lines.length + 1}:A${lines.length + 2}`, ...NOTE_STYLE },
    ],
    columnWidths: [WIDTH],
    // Wrapped lines do not grow their rows in LibreOffice: each gets the height its text needs.
    rowHeights: [null, null, ...lines.map((line) => wrappedRowHeight([{ text: line, width: WIDTH }]))],
  };
}
