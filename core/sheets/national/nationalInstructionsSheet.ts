import { formatDayFi } from "../../_lib/day";
import { actionLabel } from "../../actions/actionLabels";
import type { Lang, Localized } from "../../i18n/lang";
import { interpolate } from "../../i18n/lang";
import type { Programme } from "../../programme/ProgrammeSchema";
import { fitSheet } from "../_lib/fitSheet";
import { sheetName } from "../labels";
import { NATIONAL_LABELS as N } from "../nationalLabels";
import type { SheetSpec, SpecCell } from "../SheetSpec";
import { TITLE_STYLE } from "../styles";

import { bandLegend } from "./bandLegend";

/** The instructions of the national workbook, line by line; `#` starts a heading. */
const LINES: Record<Lang, string[]> = {
  fi: [
    "#Näin koot ja luet kansallisen tilannekuvan",
    "1. Alueet palauttavat kuukauden tilanteen seuraavan kuukauden ensimmäiseen arkipäivään mennessä.",
    "2. Kokoa kuukausi ({consolidate}). Kokoaminen kirjoittaa tilannekuvan välilehdet uudelleen; Historiaan lisätään kuukauden rivit ja saman kuukauden vanhat rivit korvataan.",
    "3. Tarkista Tarkistukset-välilehti: korjaukset tehdään alueen työkirjaan, ja sitten kuukausi kootaan uudelleen.",
    "#Välilehdet",
    "{summary}: koko maan ja alueiden neljä mittaria, muutos edellisestä kuukaudesta ja raportoineet alueet.",
    "{charts}: kaaviot ohjausryhmän kalvoille; kunkin kaavion luvut ovat taulukossa sen vieressä.",
    "{groups}: alue × valmisteluryhmä, molemmat näkymät.",
    "{late}: ensin tehtävät, jotka ovat myöhässä useimmilla alueilla, sitten kaikki myöhässä olevat alueittain kommentteineen.",
    "{risks}: itsearviot alue × valmisteluryhmä, samat riskit alueiden yli ja kaikki riskit alueittain.",
    "{checks}: tietojen laatuhavainnot alueittain: välilehti, solu ja mitä pitää korjata.",
    "{history}: kuukausi × alue; kehitys lasketaan tästä. Älä muuta sitä käsin.",
    "#Mitä luvut tarkoittavat",
    "Aikataulu: aloitetut niistä kriittisistä tehtävistä, joiden tiekartan alku on viimeistään kuukauden viimeisenä päivänä, ja valmiit niistä, joiden loppu on viimeistään silloin.",
    "Valmius: samat tilat suhteessa kaikkiin kriittisiin tehtäviin, joiden pitää olla valmiita {target} mennessä.",
    "Luvut ovat alue × tehtävä -pareja: tehtävä lasketaan kerran jokaisella raportoineella alueella. Koko maan osuus on summa summasta.",
    "Värit kertovat osuuden; luku on aina solussa. – tarkoittaa, ettei lukua ole (alue ei raportoinut tai laskettavia tehtäviä ei ole).",
  ],
  sv: [
    "#Så här sammanställer och läser du den nationella lägesbilden",
    "1. Områdena lämnar in månadens läge senast den första vardagen i följande månad.",
    "2. Sammanställ månaden ({consolidate}). Lägesbildens flikar skrivs om; i Historik läggs månadens rader till och äldre rader för samma månad ersätts.",
    "3. Gå igenom fliken Kontroller: rättelser görs i områdets arbetsbok, och sedan sammanställs månaden på nytt.",
    "#Flikarna",
    "{summary}: hela landets och områdenas fyra mått, förändringen från föregående månad och de områden som rapporterat.",
    "{charts}: diagram för styrgruppens presentation; varje diagrams siffror finns i tabellen bredvid.",
    "{groups}: område × beredningsgrupp, båda vyerna.",
    "{late}: först uppgifterna som är försenade i flest områden, sedan alla försenade uppgifter per område med kommentarer.",
    "{risks}: självbedömningar område × beredningsgrupp, samma risker i flera områden och alla risker per område.",
    "{checks}: iakttagelser om uppgifternas kvalitet per område: flik, cell och vad som ska rättas.",
    "{history}: månad × område; utvecklingen räknas härifrån. Ändra den inte för hand.",
    "#Vad siffrorna betyder",
    "Tidtabell: påbörjade av de kritiska uppgifter som enligt färdplanen börjar senast månadens sista dag, och klara av dem som slutar senast då.",
    "Beredskap: samma statusar i förhållande till alla kritiska uppgifter som ska vara klara senast {target}.",
    "Antalen är par av område × uppgift: en uppgift räknas en gång i varje rapporterande område. Hela landets andel är summa av summor.",
    "Färgerna visar andelen; siffran står alltid i cellen. – betyder att det inte finns någon siffra (området rapporterade inte eller inga uppgifter räknas).",
  ],
  en: [
    "#How to consolidate and read the national picture",
    "1. Regions return the month's situation by the first working day of the next month.",
    "2. Consolidate the month ({consolidate}). The picture's sheets are rewritten; the month's rows are added to History, replacing older rows of the same month.",
    "3. Go through the Checks sheet: fixes are made in the region's workbook, then the month is consolidated again.",
    "#The sheets",
    "{summary}: the four measures nationally and by region, the change from last month and who reported.",
    "{charts}: charts for the steering group's slides; each chart's figures are in the table beside it.",
    "{groups}: region × workstream, both views.",
    "{late}: first the tasks late in the most regions, then every late task by region with its comment.",
    "{risks}: self-assessments region × workstream, the same risks across regions, and every risk by region.",
    "{checks}: data-quality findings by region: sheet, cell and what to fix.",
    "{history}: month × region; the trend is computed from it. Do not edit it by hand.",
    "#What the figures mean",
    "Schedule: started of the critical tasks the roadmap starts by the month's last day, and done of those it ends by then.",
    "Readiness: the same statuses against every critical task that must be done by {target}.",
    "Counts are region × task pairs: a task counts once in each reporting region. The national share is a sum of sums.",
    "Colours show the share; the figure is always in the cell. – means there is no figure (the region did not report or no task counts).",
  ],
};

const HEADING: Localized = { fi: "Värit", sv: "Färger", en: "Colours" };

/**
 * The Ohjeet sheet of the national workbook: the ministry's monthly routine, what each sheet holds and
 * what the figures mean, with the colour key (the region workbooks have their own instructions).
 * @example nationalInstructionsSheet(REGIONAL, "fi").name // "Ohjeet"
 */
export function nationalInstructionsSheet(programme: Programme, lang: Lang): SheetSpec {
  const names = {
    consolidate: actionLabel("consolidate", lang),
    summary: sheetName("summary", lang),
    charts: N.chartsSheet[lang],
    groups: sheetName("groups", lang),
    late: sheetName("late", lang),
    risks: sheetName("risks", lang),
    checks: sheetName("checks", lang),
    history: sheetName("history", lang),
    target: formatDayFi(programme.target),
  };
  const lines = LINES[lang].map((line) => interpolate(line, names));
  const cells: SpecCell[][] = [[programme.name[lang]], [], ...lines.map((l) => [l.replace(/^#/, "")])];
  const legendRow = cells.length + 1;
  // Down column A, so the key prints on the page with the text it explains.
  const legend = bandLegend(programme, lang, legendRow, 0);
  cells.push([], ...legend.lines.map((l, i) => [i === 0 ? HEADING[lang] : l]));
  const headings = lines.flatMap((l, i) => (l.startsWith("#") ? [`A${i + 3}`] : []));
  return fitSheet(
    {
      name: sheetName("instructions", lang),
      cells,
      styles: [
        { range: "A1", ...TITLE_STYLE, fontSize: 16 },
        ...headings.map((range) => ({ range, bold: true, fontSize: 12 })),
        { range: `A3:A${lines.length + 2}`, wrap: true },
        ...headings.map((range) => ({ range, wrap: false })),
        ...legend.styles,
      ],
    },
    { spill: ["A1"], wrapWidths: [100] },
  );
}
