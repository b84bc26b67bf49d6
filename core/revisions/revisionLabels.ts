import type { Localized } from "../i18n/lang";

/** The national workbook's log of roadmap versions, and the note a revision month carries. */
export const REVISION_LABELS = {
  sheet: { fi: "Tiekartan versiot", sv: "Färdplanens versioner", en: "Roadmap versions" },
  title: {
    fi: "Tiekartan versiot: mistä kuukaudesta alkaen kukin on ollut käytössä",
    sv: "Färdplanens versioner: från vilken månad var och en har använts",
    en: "Roadmap versions: the data month from which each one is used",
  },
  month: { fi: "Kuukausi", sv: "Månad", en: "Month" },
  from: { fi: "Aiempi versio", sv: "Tidigare version", en: "Previous version" },
  to: { fi: "Versio", sv: "Version", en: "Version" },
  historyHeader: { fi: "Tiekartan muutos", sv: "Ändring i färdplanen", en: "Roadmap change" },
  marker: {
    fi: "{from} → {to}: {added} uutta, {retired} poistunutta, {changed} muuttunutta tehtävää",
    sv: "{from} → {to}: {added} nya, {retired} slopade, {changed} ändrade uppgifter",
    en: "{from} → {to}: {added} added, {retired} retired, {changed} changed tasks",
  },
  note: {
    fi: "Tiekartta muuttui tässä kuussa (versio {from} → {to}: {added} uutta ja {retired} poistunutta tehtävää, {changed} muuttunutta). Muutos edelliseen kuuhun on laskettu samoista tehtävistä molempina kuukausina.",
    sv: "Färdplanen ändrades denna månad (version {from} → {to}: {added} nya och {retired} slopade uppgifter, {changed} ändrade). Förändringen från föregående månad är beräknad på samma uppgifter båda månaderna.",
    en: "The roadmap changed this month (version {from} → {to}: {added} tasks added, {retired} retired, {changed} changed). The change from last month compares the same tasks in both months.",
  },
} as const satisfies Record<string, Localized>;
