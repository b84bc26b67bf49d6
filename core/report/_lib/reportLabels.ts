import type { Localized } from "../../i18n/lang";

/** Texts of the HTML report that the national sheets do not already have (those come from NATIONAL_LABELS). */
export const REPORT_LABELS = {
  notReporting: { fi: "Ei raportoinut", sv: "Har inte rapporterat", en: "Not reporting" },
  notReportingList: { fi: "Eivät raportoineet", sv: "Har inte rapporterat", en: "Not reporting" },
  nationalTitle: {
    fi: "Valmiusaste koko maassa",
    sv: "Beredskapsgrad i hela landet",
    en: "National readiness",
  },
  changeFromPrevious: {
    fi: "Muutos edellisestä kuukaudesta",
    sv: "Förändring från föregående månad",
    en: "Change from previous month",
  },
  tasks: { fi: "{count}/{of} tehtävää", sv: "{count}/{of} uppgifter", en: "{count}/{of} tasks" },
  barChartDesc: {
    fi: "Vaakapylväskaavio: neljä osuutta kullekin alueelle asteikolla 0–100 %. Harmaalla ja merkillä – näytetyt alueet eivät raportoineet. Samat luvut ovat kaavion alla taulukkona.",
    sv: "Liggande stapeldiagram: fyra andelar för varje område på skalan 0–100 %. Områden i grått och med – har inte rapporterat. Samma siffror finns i tabellen under diagrammet.",
    en: "Horizontal bar chart: four shares for each region on a 0–100% scale. Regions in grey marked – did not report. The same figures are in the table below the chart.",
  },
  chartTable: {
    fi: "Kaavion luvut taulukkona",
    sv: "Diagrammets siffror som tabell",
    en: "Chart figures as a table",
  },
  trendDesc: {
    fi: "Viivakaavio: koko maan neljä osuutta kuukausittain asteikolla 0–100 %, yksi piste kuukautta kohden. Samat luvut ovat kaavion alla taulukkona.",
    sv: "Linjediagram: hela landets fyra andelar per månad på skalan 0–100 %, en punkt per månad. Samma siffror finns i tabellen under diagrammet.",
    en: "Line chart: the four national shares by month on a 0–100% scale, one point per month. The same figures are in the table below the chart.",
  },
  noHistory: { fi: "Ei historiatietoja.", sv: "Ingen historik.", en: "No history." },
  schedule: { fi: "Aikataulu", sv: "Tidtabell", en: "Schedule" },
  readiness: { fi: "Valmius {target}", sv: "Beredskap {target}", en: "Readiness {target}" },
  // Column heads of the region × group table, where twenty columns share a landscape page.
  startedShort: { fi: "Aloit.", sv: "Påbörj.", en: "Started" },
  doneShort: { fi: "Valmis", sv: "Klara", en: "Done" },
  legend: { fi: "Värit", sv: "Färger", en: "Colours" },
  noFigure: { fi: "ei lukua", sv: "ingen siffra", en: "no figure" },
  risksSection: {
    fi: "Itsearviot ja riskit",
    sv: "Självbedömningar och risker",
    en: "Self-assessments and risks",
  },
  noAssessments: { fi: "Ei itsearvioita.", sv: "Inga självbedömningar.", en: "No self-assessments." },
  noRisks: { fi: "Ei riskejä.", sv: "Inga risker.", en: "No risks." },
  issueCounts: {
    fi: "Virheitä {errors}, varoituksia {warnings}.",
    sv: "Fel {errors}, varningar {warnings}.",
    en: "Errors {errors}, warnings {warnings}.",
  },
  location: { fi: "Välilehti!solu", sv: "Flik!cell", en: "Sheet!cell" },
} as const satisfies Record<string, Localized>;
