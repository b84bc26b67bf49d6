import type { Lang, Localized } from "../i18n/lang";

/** Names of the sheets the core writes. A reader finds a sheet by its name in any language. */
export const SHEET_NAMES = {
  instructions: { fi: "Ohjeet", sv: "Anvisningar", en: "Instructions" },
  roadmap: { fi: "Tiekartta", sv: "Färdplan", en: "Roadmap" },
  settings: { fi: "Asetukset", sv: "Inställningar", en: "Settings" },
  lists: { fi: "Listat", sv: "Listor", en: "Lists" },
  last100: { fi: "Viimeiset 100", sv: "Sista 100", en: "Last 100" },
  first100: { fi: "Ensimmäiset 100", sv: "Första 100", en: "First 100" },
  summary: { fi: "Yhteenveto", sv: "Sammanfattning", en: "Summary" },
  groups: { fi: "Valmisteluryhmät", sv: "Beredningsgrupper", en: "Workstreams" },
  late: { fi: "Myöhässä", sv: "Försenade", en: "Late" },
  risks: { fi: "Riskit", sv: "Risker", en: "Risks" },
  checks: { fi: "Tarkistukset", sv: "Kontroller", en: "Checks" },
  // Excel reserves the sheet name "History".
  history: { fi: "Historia", sv: "Historik", en: "Monthly history" },
  regions: { fi: "Alueet", sv: "Områden", en: "Regions" },
} as const satisfies Record<string, Localized>;
export type SheetKey = keyof typeof SHEET_NAMES;

/** The sheet's name in a language. */
export function sheetName(key: SheetKey, lang: Lang): string {
  return SHEET_NAMES[key][lang];
}

/** The first of `names` that is the sheet `key` in any language (the workbook's own spelling). */
export function findSheet(names: readonly string[], key: SheetKey): string | undefined {
  const wanted = new Set(Object.values(SHEET_NAMES[key]).map((n) => n.toLocaleLowerCase("fi")));
  return names.find((name) => wanted.has(name.trim().toLocaleLowerCase("fi")));
}

/** Month sheets are named YYYY-MM. */
export function isMonthSheetName(name: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(name.trim());
}

/** Short texts used on sheets: titles, row labels, section headers. */
export const LABELS = {
  yes: { fi: "Kyllä", sv: "Ja", en: "Yes" },
  no: { fi: "Ei", sv: "Nej", en: "No" },
  noFigure: { fi: "–", sv: "–", en: "–" },
  monthSheetTitle: {
    fi: "Toimeenpanon seuranta",
    sv: "Uppföljning av genomförandet",
    en: "Implementation tracking",
  },
  region: { fi: "Alue", sv: "Område", en: "Region" },
  month: { fi: "Kuukausi", sv: "Månad", en: "Month" },
  asOf: { fi: "Tilannepäivä", sv: "Lägesdatum", en: "Situation on" },
  due: { fi: "Palautettava viimeistään", sv: "Ska lämnas senast", en: "Due by" },
  target: { fi: "Tavoitepäivä", sv: "Måldatum", en: "Target date" },
  templateVersion: { fi: "Pohjan versio", sv: "Mallversion", en: "Template version" },
  measure: { fi: "Mittari", sv: "Mätare", en: "Measure" },
  count: { fi: "Määrä", sv: "Antal", en: "Count" },
  of: { fi: "Kaikista", sv: "Av", en: "Of" },
  share: { fi: "Osuus", sv: "Andel", en: "Share" },
  change: { fi: "Muutos (%-yks.)", sv: "Förändring (%-enh.)", en: "Change (pp)" },
  scheduleStarted: {
    fi: "Aloitettu aikataulun mukaan",
    sv: "Påbörjade enligt tidtabellen",
    en: "Started on schedule",
  },
  scheduleDone: { fi: "Valmis aikataulun mukaan", sv: "Klara enligt tidtabellen", en: "Done on schedule" },
  readinessStarted: {
    fi: "Aloitettu, valmius {target}",
    sv: "Påbörjade, beredskap {target}",
    en: "Started, readiness for {target}",
  },
  readinessDone: {
    fi: "Valmis, valmius {target}",
    sv: "Klara, beredskap {target}",
    en: "Done, readiness for {target}",
  },
  liveNote: {
    fi: "Luvut päivittyvät, kun muutat tehtävien tiloja. Kriittiset tehtävät, joita ei ole merkitty ”Ei koske”.",
    sv: "Siffrorna uppdateras när du ändrar uppgifternas status. Kritiska uppgifter som inte markerats ”Berör inte”.",
    en: "The figures update as you change task statuses. Critical tasks not marked “Not applicable”.",
  },
  assessmentTitle: {
    fi: "Itsearvio valmisteluryhmittäin",
    sv: "Självbedömning per beredningsgrupp",
    en: "Self-assessment by workstream",
  },
  assessment: { fi: "Arvio", sv: "Bedömning", en: "Assessment" },
  assessmentNote: { fi: "Perustelu", sv: "Motivering", en: "Rationale" },
  risksTitle: { fi: "Riskit", sv: "Risker", en: "Risks" },
  riskNumber: { fi: "Nro", sv: "Nr", en: "No." },
  riskDescription: { fi: "Kuvaus", sv: "Beskrivning", en: "Description" },
  riskSeverity: { fi: "Vakavuus", sv: "Allvarlighet", en: "Severity" },
  riskMitigation: { fi: "Toimenpiteet", sv: "Åtgärder", en: "Mitigation" },
  group: { fi: "Valmisteluryhmä", sv: "Beredningsgrupp", en: "Workstream" },
} as const satisfies Record<string, Localized>;

/** Self-assessment values. */
export const ASSESSMENTS = {
  green: { fi: "Vihreä", sv: "Grön", en: "Green" },
  yellow: { fi: "Keltainen", sv: "Gul", en: "Yellow" },
  red: { fi: "Punainen", sv: "Röd", en: "Red" },
} as const satisfies Record<string, Localized>;
export type AssessmentCode = keyof typeof ASSESSMENTS;

/** Risk severities. */
export const SEVERITIES = {
  high: { fi: "Korkea", sv: "Hög", en: "High" },
  medium: { fi: "Keskitaso", sv: "Medel", en: "Medium" },
  low: { fi: "Matala", sv: "Låg", en: "Low" },
} as const satisfies Record<string, Localized>;
export type RiskSeverity = keyof typeof SEVERITIES;

/** Finds the code whose label (any language) or code matches the text, case/whitespace-insensitive. */
export function codeOfLabel<K extends string>(
  table: Readonly<Record<K, Localized>>,
  key: string,
): K | undefined {
  for (const code of Object.keys(table) as K[]) {
    if (code === key) return code;
    const labels = table[code];
    if (
      labels.fi.toLocaleLowerCase("fi") === key ||
      labels.sv.toLocaleLowerCase("fi") === key ||
      labels.en.toLocaleLowerCase("fi") === key
    ) {
      return code;
    }
  }
  return undefined;
}
