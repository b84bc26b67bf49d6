import type { Lang } from "../i18n/lang";
import type { Programme } from "../programme/ProgrammeSchema";
import { formatDayFi } from "../_lib/day";
import { sheetName } from "./labels";
import type { SheetSpec } from "./SheetSpec";
import { NOTE_STYLE, TITLE_STYLE } from "./styles";

const STEPS: Record<Lang, string[]> = {
  fi: [
    "Näin seuraat toimeenpanoa",
    "1. Kuukauden alussa luo uusi kuukausivälilehti (Tilannekuva → Luo kuukauden välilehti). Edellisen kuukauden tilat, kommentit, vastuuhenkilöt ja arviot siirtyvät mukaan.",
    "2. Päivitä jokaisen tehtävän tila sarakkeeseen Tila: Ei aloitettu, Käynnissä, Valmis tai Ei koske.",
    "3. Kommentoi myöhässä olevia tehtäviä ja kirjaa arvioitu valmistumispäivä ja vastuuhenkilö.",
    "4. Arvioi jokainen valmisteluryhmä (Vihreä / Keltainen / Punainen) ja kirjaa riskit välilehden alaosaan.",
    "5. Tarkista välilehti (Tarkista) ja korjaa ilmoitetut solut. Palauta työkirja määräpäivään mennessä.",
    "Välilehden yläosan luvut päivittyvät itsestään. Harmaat solut on suojattu; täytä keltaiset.",
    "Tavoitepäivä: {target}. Tiekartan tehtävät ovat välilehdellä {roadmap}.",
  ],
  sv: [
    "Så här följer du upp genomförandet",
    "1. I början av månaden skapar du en ny månadsflik (Tilannekuva → Skapa månadsflik). Föregående månads status, kommentarer, ansvarspersoner och bedömningar följer med.",
    "2. Uppdatera varje uppgifts status i kolumnen Status: Inte påbörjad, Pågår, Klar eller Berör inte.",
    "3. Kommentera försenade uppgifter och ange beräknat färdigställande och ansvarsperson.",
    "4. Bedöm varje beredningsgrupp (Grön / Gul / Röd) och skriv in riskerna längst ner på fliken.",
    "5. Kontrollera fliken (Kontrollera) och rätta de celler som anges. Lämna in arbetsboken senast förfallodagen.",
    "Siffrorna överst på fliken uppdateras automatiskt. Grå celler är skyddade; fyll i de gula.",
    "Måldatum: {target}. Färdplanens uppgifter finns på fliken {roadmap}.",
  ],
  en: [
    "How to track the implementation",
    "1. At the start of each month, create the new month sheet (Tilannekuva → Create month sheet). Last month's statuses, comments, owners and dates carry over.",
    "2. Set each task's status in the Status column: Not started, In progress, Done or Not applicable.",
    "3. Comment on late tasks and give the expected completion date and the owner.",
    "4. Assess each workstream (Green / Yellow / Red) and list risks at the bottom of the sheet.",
    "5. Validate the sheet (Validate) and fix the cells it names. Return the workbook by the due date.",
    "The figures at the top of the sheet update by themselves. Grey cells are protected; fill in the yellow ones.",
    "Target date: {target}. The roadmap's tasks are on the {roadmap} sheet.",
  ],
};

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
    columnWidths: [110],
  };
}
