import type { Localized } from "../i18n/lang";
import type { AssessmentFlag, BriefQuestion } from "./RegionBrief";

/** Every text of the discussion brief, fi/sv/en. */
export const BRIEF_LABELS = {
  title: { fi: "Tilannekuvakeskustelu", sv: "Lägesbildsdiskussion", en: "Situational picture discussion" },
  subtitle: {
    fi: "Tilanne {asOf} · julkaistaan viimeistään {publishBy}",
    sv: "Läget {asOf} · publiceras senast {publishBy}",
    en: "Situation on {asOf} · published by {publishBy}",
  },
  notReporting: {
    fi: "Alue ei raportoinut kuukauden tilannetta.",
    sv: "Området rapporterade inte månadens läge.",
    en: "The region did not report the month's situation.",
  },
  figures: { fi: "Luvut", sv: "Siffror", en: "Figures" },
  measure: { fi: "Mittari", sv: "Mått", en: "Measure" },
  region: { fi: "Alue", sv: "Området", en: "Region" },
  national: { fi: "Koko maa", sv: "Hela landet", en: "National" },
  lastMonth: { fi: "Alue {month}", sv: "Området {month}", en: "Region {month}" },
  lastMonthNone: { fi: "Edellinen kk", sv: "Föregående månad", en: "Last month" },
  change: { fi: "Muutos", sv: "Förändring", en: "Change" },
  moved: { fi: "Mikä liikkui", sv: "Vad har rört sig", en: "What moved" },
  movedUnknown: {
    fi: "Edellisen kuun tilaa ei ole, joten muutosta ei voi sanoa.",
    sv: "Föregående månads status saknas, så förändringen kan inte anges.",
    en: "Last month's status is not at hand, so what moved cannot be said.",
  },
  newStarts: { fi: "Aloitettu", sv: "Påbörjade", en: "Started" },
  newCompletions: { fi: "Valmistunut", sv: "Klara", en: "Done" },
  regressions: { fi: "Palanneet taaksepäin", sv: "Gått bakåt", en: "Went back" },
  nothing: { fi: "ei yhtään", sv: "inga", en: "none" },
  more: { fi: "+ {count} muuta", sv: "+ {count} till", en: "+ {count} more" },
  late: {
    fi: "Myöhässä olevat kriittiset tehtävät",
    sv: "Försenade kritiska uppgifter",
    en: "Late critical tasks",
  },
  task: { fi: "Tehtävä", sv: "Uppgift", en: "Task" },
  // The date the task was due by, not when it ended ("Päättyi" read as "finished").
  due: { fi: "Määräpäivä", sv: "Förfallodag", en: "Due date" },
  status: { fi: "Tila", sv: "Status", en: "Status" },
  comment: { fi: "Kommentti", sv: "Kommentar", en: "Comment" },
  expected: { fi: "Arvioitu", sv: "Beräknad", en: "Expected" },
  owner: { fi: "Vastuu", sv: "Ansvar", en: "Owner" },
  noLate: {
    fi: "Ei myöhässä olevia kriittisiä tehtäviä.",
    sv: "Inga försenade kritiska uppgifter.",
    en: "No late critical tasks.",
  },
  assessments: {
    fi: "Itsearvio ja mitattu eteneminen",
    sv: "Självbedömning och uppmätt framsteg",
    en: "Self-assessment and measured progress",
  },
  group: { fi: "Valmisteluryhmä", sv: "Beredningsgrupp", en: "Workstream" },
  assessment: { fi: "Arvio", sv: "Bedömning", en: "Assessment" },
  measured: { fi: "Valmis aikataulun mukaan", sv: "Klara enligt tidtabell", en: "Done on schedule" },
  median: { fi: "Mediaani", sv: "Median", en: "Median" },
  note: { fi: "Perustelu / huomio", sv: "Motivering / anmärkning", en: "Note / flag" },
  risks: { fi: "Riskit", sv: "Risker", en: "Risks" },
  riskNew: { fi: "Uusi", sv: "Ny", en: "New" },
  riskContinuing: { fi: "Jatkuva", sv: "Kvarstår", en: "Continuing" },
  riskDropped: { fi: "Ei enää raportoitu", sv: "Rapporteras inte längre", en: "No longer reported" },
  riskUncompared: { fi: "Raportoitu", sv: "Rapporterad", en: "Reported" },
  noRisks: { fi: "Ei raportoituja riskejä.", sv: "Inga rapporterade risker.", en: "No risks reported." },
  issues: {
    fi: "Puuttuvat ja lukukelvottomat tiedot",
    sv: "Saknade och oläsliga uppgifter",
    en: "Missing or unreadable data",
  },
  noIssues: { fi: "Ei huomautettavaa.", sv: "Inget att anmärka.", en: "Nothing to note." },
  actions: {
    fi: "Avoimet sovitut toimenpiteet",
    sv: "Öppna överenskomna åtgärder",
    en: "Open agreed actions",
  },
  agreedIn: { fi: "sovittu {month}", sv: "överenskommen {month}", en: "agreed {month}" },
  noActions: { fi: "Ei avoimia toimenpiteitä.", sv: "Inga öppna åtgärder.", en: "No open actions." },
  material: {
    fi: "Keskustelut ja muu aineisto",
    sv: "Diskussioner och annat material",
    en: "Discussions and other material",
  },
  questions: {
    fi: "Kysymyksiä keskusteluun",
    sv: "Frågor till diskussionen",
    en: "Questions for the discussion",
  },
  noQuestions: {
    fi: "Ei erityisiä kysymyksiä; käy läpi tilanne yleisesti.",
    sv: "Inga särskilda frågor; gå igenom läget allmänt.",
    en: "No particular questions; go through the situation in general.",
  },
} as const satisfies Record<string, Localized>;

export const FLAG_LABELS: Record<AssessmentFlag, Localized> = {
  green_but_behind: {
    fi: "vihreä, vaikka jäljessä aikataulusta",
    sv: "grön trots eftersläpning",
    en: "green while behind schedule",
  },
  green_below_median: {
    fi: "vihreä, vaikka selvästi alle maan mediaanin",
    sv: "grön trots klart under landets median",
    en: "green while well below the national median",
  },
  red_but_ahead: {
    fi: "punainen, vaikka edellä",
    sv: "röd trots att området ligger före",
    en: "red while ahead",
  },
  not_assessed: { fi: "ei arviota", sv: "ingen bedömning", en: "not assessed" },
};

export const QUESTION_LABELS: Record<BriefQuestion["key"], Localized> = {
  notReported: {
    fi: "Miksi kuukauden {month} tilannetta ei raportoitu, ja milloin se saadaan?",
    sv: "Varför rapporterades inte läget för {month}, och när kommer det?",
    en: "Why was the situation for {month} not reported, and when will it be?",
  },
  regression: {
    fi: "Mikä palautti tehtävän ”{task}” taaksepäin?",
    sv: "Vad fick uppgiften ”{task}” att gå bakåt?",
    en: "What set the task “{task}” back?",
  },
  contradiction: {
    fi: "Ryhmän ”{group}” itsearvio ja mitattu eteneminen eroavat: mihin arvio perustuu?",
    sv: "Självbedömningen och det uppmätta framsteget för ”{group}” skiljer sig: vad grundar sig bedömningen på?",
    en: "The self-assessment and measured progress of “{group}” differ: what is the assessment based on?",
  },
  lateNoDate: {
    fi: "Milloin myöhässä oleva tehtävä ”{task}” arvioidaan valmistuvan?",
    sv: "När beräknas den försenade uppgiften ”{task}” bli klar?",
    en: "When is the late task “{task}” expected to be done?",
  },
  overdueAction: {
    fi: "Missä vaiheessa on sovittu toimenpide ”{action}”?",
    sv: "Hur långt har den överenskomna åtgärden ”{action}” kommit?",
    en: "Where does the agreed action “{action}” stand?",
  },
  droppedRisk: {
    fi: "Onko riski ”{risk}” poistunut vai jäikö se raportoimatta?",
    sv: "Har risken ”{risk}” försvunnit eller blev den orapporterad?",
    en: "Has the risk “{risk}” gone away, or was it left out?",
  },
  issues: {
    fi: "Raportissa on {count} virhettä: voidaanko ne korjata ennen julkaisua?",
    sv: "Rapporten har {count} fel: kan de rättas före publiceringen?",
    en: "The report has {count} errors: can they be fixed before publication?",
  },
};
