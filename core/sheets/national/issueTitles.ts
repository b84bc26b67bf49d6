import type { Localized } from "../../i18n/lang";
import type { IssueCode } from "../../issues/Issue";

/** A short name per issue code, for the checks sheet: what a person filters on instead of `month_missing`. */
export const ISSUE_TITLES: Record<IssueCode, Localized> = {
  unreadable_file: { fi: "Tiedostoa ei voi lukea", sv: "Filen kan inte läsas", en: "Unreadable file" },
  beyond_limits: { fi: "Tiedosto yli rajojen", sv: "Filen över gränserna", en: "File beyond limits" },
  text_cut: { fi: "Teksti katkaistu", sv: "Texten avkortad", en: "Text cut" },
  roadmap_differs: { fi: "Tiekartta poikkeaa", sv: "Färdplanen avviker", en: "Roadmap differs" },
  retired_task: { fi: "Poistunut tehtävä", sv: "Avvecklad uppgift", en: "Retired task" },
  other_programme: { fi: "Eri ohjelma", sv: "Annat program", en: "Other programme" },
  roadmaps_disagree: {
    fi: "Alueiden tiekartat eroavat",
    sv: "Områdenas färdplaner skiljer sig",
    en: "Regions' roadmaps disagree",
  },
  not_a_region_workbook: {
    fi: "Ei alueen työkirja",
    sv: "Inte en arbetsbok för ett område",
    en: "Not a region workbook",
  },
  duplicate_region: { fi: "Alue kahdesti", sv: "Området två gånger", en: "Region twice" },
  month_missing: { fi: "Kuukausi puuttuu", sv: "Månaden saknas", en: "Month missing" },
  template_version: { fi: "Eri pohjan versio", sv: "Annan mallversion", en: "Other template version" },
  region_missing: { fi: "Alue ei raportoinut", sv: "Området rapporterade inte", en: "Region did not report" },
  missing_header: { fi: "Otsikkorivi puuttuu", sv: "Rubrikraden saknas", en: "Header row missing" },
  missing_task: { fi: "Tehtävä puuttuu", sv: "Uppgift saknas", en: "Task missing" },
  duplicate_task: { fi: "Tehtävä kahdesti", sv: "Uppgift två gånger", en: "Task twice" },
  unknown_task: { fi: "Tuntematon tehtävä", sv: "Okänd uppgift", en: "Unknown task" },
  unknown_status: { fi: "Tuntematon tila", sv: "Okänd status", en: "Unknown status" },
  missing_status: { fi: "Tila puuttuu", sv: "Status saknas", en: "Status missing" },
  invalid_date: { fi: "Virheellinen päivämäärä", sv: "Ogiltigt datum", en: "Invalid date" },
  task_row_moved: { fi: "Rivi siirtynyt", sv: "Raden flyttad", en: "Row moved" },
  task_id_missing: { fi: "Rivin tunnus puuttuu", sv: "Radens kod saknas", en: "Row's ID missing" },
  missing_column: { fi: "Sarake puuttuu", sv: "Kolumn saknas", en: "Column missing" },
  missing_id: { fi: "Tunnus puuttuu", sv: "Kod saknas", en: "ID missing" },
  duplicate_id: { fi: "Tunnus kahdesti", sv: "Kod två gånger", en: "ID twice" },
  invalid_group: { fi: "Virheellinen ryhmä", sv: "Ogiltig grupp", en: "Invalid workstream" },
  invalid_flag: { fi: "Virheellinen kyllä/ei", sv: "Ogiltigt ja/nej", en: "Invalid yes/no" },
  invalid_checklist: {
    fi: "Virheellinen 100+100-merkintä",
    sv: "Ogiltig 100+100-markering",
    en: "Invalid 100+100 mark",
  },
  end_before_start: { fi: "Loppu ennen alkua", sv: "Slut före början", en: "Ends before it starts" },
  empty_roadmap: { fi: "Tiekartta on tyhjä", sv: "Färdplanen är tom", en: "Empty roadmap" },
  invalid_assessment: {
    fi: "Virheellinen itsearvio",
    sv: "Ogiltig självbedömning",
    en: "Invalid self-assessment",
  },
  invalid_severity: { fi: "Virheellinen vakavuus", sv: "Ogiltig allvarlighet", en: "Invalid severity" },
};
