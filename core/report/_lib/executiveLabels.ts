import type { Localized } from "../../i18n/lang";

/** Texts of the executive page, the per-region change and the discussions section (issue #10 §3). */
export const EXECUTIVE_LABELS = {
  title: { fi: "Tiivistelmä", sv: "Sammanfattning", en: "Summary" },
  publishBy: { fi: "Julkaistaan viimeistään", sv: "Publiceras senast", en: "Published by" },
  scheduleSentence: {
    fi: "Aikataulun mukaan {started} tehtävistä on aloitettu ja {done} valmiina ({change} edellisestä kuusta).",
    sv: "Enligt tidtabellen har {started} av uppgifterna påbörjats och {done} är klara ({change} från föregående månad).",
    en: "On schedule, {started} of due tasks have started and {done} are done ({change} from last month).",
  },
  readinessSentence: {
    fi: "Suhteessa {target} mennessä päättyviin tehtäviin {started} on aloitettu ja {done} valmiina ({change}).",
    sv: "Av uppgifterna som slutar senast {target} har {started} påbörjats och {done} är klara ({change}).",
    en: "Of the tasks ending by {target}, {started} have started and {done} are done ({change}).",
  },
  groupsBehind: {
    fi: "Eniten jäljessä: valmisteluryhmät",
    sv: "Mest efter: beredningsgrupper",
    en: "Furthest behind: workstreams",
  },
  regionsBehind: { fi: "Eniten jäljessä: alueet", sv: "Mest efter: områden", en: "Furthest behind: regions" },
  lateAcross: {
    fi: "Myöhässä olevat kriittiset tehtävät ({count, plural, one {# tehtävä} other {# tehtävää}} alueilla)",
    sv: "Försenade kritiska uppgifter ({count, plural, one {# uppgift} other {# uppgifter}} i områdena)",
    en: "Late critical tasks ({count} across regions)",
  },
  lateIn: {
    fi: "myöhässä {count} alueella",
    sv: "försenad i {count} områden",
    en: "late in {count} regions",
  },
  riskIn: {
    fi: "{count} alueella",
    sv: "i {count} områden",
    en: "in {count} regions",
  },
  openRisks: {
    fi: "Avoimet riskit ({count}, joista korkeita {high})",
    sv: "Öppna risker ({count}, varav höga {high})",
    en: "Open risks ({count}, {high} high)",
  },
  none: { fi: "Ei yhtään.", sv: "Inga.", en: "None." },
  doneOnSchedule: { fi: "valmis aikataulun mukaan", sv: "klara enligt tidtabell", en: "done on schedule" },
  changeTitle: { fi: "Muutos alueittain", sv: "Förändring per område", en: "Change by region" },
  newStarts: { fi: "Uusia aloitettuja", sv: "Nya påbörjade", en: "Newly started" },
  newCompletions: { fi: "Uusia valmiita", sv: "Nya klara", en: "Newly done" },
  regressions: { fi: "Taaksepäin", sv: "Bakåt", en: "Went back" },
  discussionsTitle: {
    fi: "Tilannekuvakeskustelut ja muu aineisto",
    sv: "Lägesbildsdiskussioner och annat material",
    en: "Discussions and other material",
  },
  noDiscussions: {
    fi: "Kuukaudelle ei ole kirjattu keskusteluja eikä muuta aineistoa.",
    sv: "Inga diskussioner eller annat material har förts in för månaden.",
    en: "No discussions or other material recorded for the month.",
  },
  openActions: { fi: "Avoimia toimenpiteitä", sv: "Öppna åtgärder", en: "Open actions" },
} as const satisfies Record<string, Localized>;
