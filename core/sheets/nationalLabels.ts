import { STATUS_COLUMNS } from "../_lib/headers";
import type { Lang, Localized } from "../i18n/lang";
import { LABELS } from "./labels";

/** Texts of the national workbook's sheets. */
export const NATIONAL_LABELS = {
  title: { fi: "Tilannekuva {month}", sv: "Lägesbild {month}", en: "Situational picture {month}" },
  reporting: { fi: "Raportoineet", sv: "Rapporterat", en: "Reporting" },
  reports: { fi: "Raportoi", sv: "Rapporterar", en: "Reports" },
  national: { fi: "Koko maa", sv: "Hela landet", en: "National" },
  regionsTitle: { fi: "Alueittain", sv: "Per område", en: "By region" },
  code: { fi: "Koodi", sv: "Kod", en: "Code" },
  newStarts: { fi: "Uusia aloitettuja", sv: "Nya påbörjade", en: "New starts" },
  newCompletions: { fi: "Uusia valmiita", sv: "Nya klara", en: "New completions" },
  regressions: { fi: "Taantumia", sv: "Tillbakagångar", en: "Regressions" },
  shortScheduleStarted: {
    fi: "Aloitettu (aikataulu)",
    sv: "Påbörjade (tidtabell)",
    en: "Started (schedule)",
  },
  shortScheduleDone: { fi: "Valmis (aikataulu)", sv: "Klara (tidtabell)", en: "Done (schedule)" },
  shortReadinessStarted: {
    fi: "Aloitettu (valmius)",
    sv: "Påbörjade (beredskap)",
    en: "Started (readiness)",
  },
  shortReadinessDone: { fi: "Valmis (valmius)", sv: "Klara (beredskap)", en: "Done (readiness)" },
  changeOf: { fi: "Muutos: {measure}", sv: "Förändring: {measure}", en: "Change: {measure}" },
  groupsTitle: {
    fi: "Valmisteluryhmittäin, molemmat näkymät",
    sv: "Per beredningsgrupp, båda vyerna",
    en: "By workstream, both views",
  },
  lateTitle: {
    fi: "Myöhässä olevat kriittiset tehtävät ({asOf})",
    sv: "Försenade kritiska uppgifter ({asOf})",
    en: "Late critical tasks ({asOf})",
  },
  ended: { fi: "Määräpäivä", sv: "Förfallodag", en: "Due date" },
  assessmentsTitle: { fi: "Itsearviot", sv: "Självbedömningar", en: "Self-assessments" },
  checksTitle: { fi: "Tietojen tarkistukset", sv: "Kontroller av uppgifterna", en: "Data-quality checks" },
  severity: { fi: "Vakavuus", sv: "Allvarlighet", en: "Severity" },
  error: { fi: "Virhe", sv: "Fel", en: "Error" },
  warning: { fi: "Varoitus", sv: "Varning", en: "Warning" },
  issueCode: { fi: "Tekninen koodi", sv: "Teknisk kod", en: "Technical code" },
  regionCode: { fi: "Alueen koodi", sv: "Områdets kod", en: "Region code" },
  finding: { fi: "Havainto", sv: "Iakttagelse", en: "Finding" },
  sheet: { fi: "Välilehti", sv: "Flik", en: "Sheet" },
  cell: { fi: "Solu", sv: "Cell", en: "Cell" },
  task: { fi: "Tehtävä", sv: "Uppgift", en: "Task" },
  message: { fi: "Viesti", sv: "Meddelande", en: "Message" },
  historyTitle: { fi: "Historia", sv: "Historik", en: "History" },
  trendTitle: { fi: "Koko maan kehitys", sv: "Utvecklingen i hela landet", en: "National trend" },
  noIssues: { fi: "Ei huomautettavaa.", sv: "Inget att anmärka.", en: "Nothing to report." },
  noLate: {
    fi: "Ei myöhässä olevia kriittisiä tehtäviä.",
    sv: "Inga försenade kritiska uppgifter.",
    en: "No late critical tasks.",
  },
  chartShares: {
    fi: "Valmiusasteet alueittain",
    sv: "Beredskapsgrader per område",
    en: "Readiness by region",
  },
  totalRow: { fi: "Koko maa", sv: "Hela landet", en: "National" },
  legendTitle: { fi: "Värit", sv: "Färger", en: "Colours" },
  legendNone: { fi: "– ei lukua", sv: "– ingen siffra", en: "– no figure" },
  noteSchedule: {
    fi: "Aikataulu: aloitetut niistä tehtävistä, joiden tiekartan alku on viimeistään {asOf}, ja valmiit niistä, joiden loppu on viimeistään {asOf}.",
    sv: "Tidtabell: påbörjade av de uppgifter som enligt färdplanen börjar senast {asOf}, och klara av dem som slutar senast {asOf}.",
    en: "Schedule: started of the tasks the roadmap starts by {asOf}, and done of those it ends by {asOf}.",
  },
  noteReadiness: {
    fi: "Valmius: samat tilat suhteessa kaikkiin tehtäviin, joiden pitää olla valmiita {target} mennessä.",
    sv: "Beredskap: samma statusar i förhållande till alla uppgifter som ska vara klara senast {target}.",
    en: "Readiness: the same statuses against every task that must be done by {target}.",
  },
  noteCounts: {
    fi: "Luvut ovat alue × tehtävä -pareja: {count}/{of} tarkoittaa raportoineiden alueiden kriittisiä tehtäviä yhteensä (tehtävä lasketaan kerran kullakin alueella).",
    sv: "Antalen är par av område × uppgift: {count}/{of} är de rapporterande områdenas kritiska uppgifter sammanlagt (en uppgift räknas en gång per område).",
    en: "Counts are region × task pairs: {count}/{of} is the reporting regions' critical tasks added up (a task counts once in each region).",
  },
  lateByTaskTitle: {
    fi: "Myöhässä useimmilla alueilla",
    sv: "Försenade i flest områden",
    en: "Late in the most regions",
  },
  lateListTitle: { fi: "Alueittain", sv: "Per område", en: "By region" },
  regionCount: { fi: "Alueita", sv: "Områden", en: "Regions" },
  medianDaysLate: {
    fi: "Myöhässä, päivää (mediaani)",
    sv: "Försenad, dagar (median)",
    en: "Days late (median)",
  },
  regionCodes: { fi: "Alueet", sv: "Områden", en: "Regions" },
  assessmentMatrixTitle: {
    fi: "Itsearviot: alue × valmisteluryhmä",
    sv: "Självbedömningar: område × beredningsgrupp",
    en: "Self-assessments: region × workstream",
  },
  assessmentNotesTitle: {
    fi: "Itsearvioiden perustelut",
    sv: "Motiveringar till självbedömningarna",
    en: "Notes on the self-assessments",
  },
  risksAcrossTitle: {
    fi: "Samat riskit alueiden yli",
    sv: "Samma risker i flera områden",
    en: "The same risks across regions",
  },
  risksListTitle: { fi: "Riskit alueittain", sv: "Risker per område", en: "Risks by region" },
  highestSeverity: { fi: "Vakavin arvio", sv: "Allvarligaste bedömning", en: "Highest severity" },
  noRisks: { fi: "Ei raportoituja riskejä.", sv: "Inga rapporterade risker.", en: "No risks reported." },
  noAssessments: { fi: "Ei itsearvioita.", sv: "Inga självbedömningar.", en: "No self-assessments." },
  chartsSheet: { fi: "Kaaviot", sv: "Diagram", en: "Charts" },
  chartsTitle: { fi: "Kaaviot {month}", sv: "Diagram {month}", en: "Charts {month}" },
  chartsNote: {
    fi: "Kaavioiden luvut ovat taulukoissa kaavioiden vieressä. Kopioi kaavio esitykseen: se pysyy muokattavana.",
    sv: "Diagrammens siffror finns i tabellerna bredvid. Kopiera ett diagram till en presentation: det förblir redigerbart.",
    en: "The figures behind each chart are in the table beside it. Copy a chart into slides: it stays editable.",
  },
  groupsChartTitle: {
    fi: "Valmisteluryhmittäin, koko maa",
    sv: "Per beredningsgrupp, hela landet",
    en: "By workstream, national",
  },
  groupCountsHeader: {
    fi: "Ryhmien luvut (ohjelman käyttöön)",
    sv: "Gruppernas antal (för programmet)",
    en: "Group counts (read by the program)",
  },
  groupTrendTitle: {
    fi: "Kehitys valmisteluryhmittäin: {measure}",
    sv: "Utvecklingen per beredningsgrupp: {measure}",
    en: "Trend by workstream: {measure}",
  },
  risksSheetTitle: {
    fi: "Itsearviot ja riskit",
    sv: "Självbedömningar och risker",
    en: "Self-assessments and risks",
  },
} as const satisfies Record<string, Localized>;

/** Headers of a late critical task with what its region said of it, in the national sheet and the report. */
export function lateTaskHeaders(lang: Lang): string[] {
  return [
    STATUS_COLUMNS.id.label[lang],
    LABELS.group[lang],
    NATIONAL_LABELS.task[lang],
    NATIONAL_LABELS.ended[lang],
    STATUS_COLUMNS.status.label[lang],
    STATUS_COLUMNS.comment.label[lang],
    STATUS_COLUMNS.expected.label[lang],
    STATUS_COLUMNS.owner.label[lang],
  ];
}
