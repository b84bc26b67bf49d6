import type { Localized } from "../i18n/lang";

/** Messages of the issues about which roadmap counts (PRODUCT.md §6, "One roadmap decides"). */
export const ROADMAP_ISSUE_MESSAGES = {
  roadmap_differs: {
    fi: "Työkirjan tiekartta ({sheet}) poikkeaa kansallisesta tiekartasta: {value}. Alue mitataan kansallisen tiekartan mukaan.",
    sv: "Arbetsbokens färdplan ({sheet}) avviker från den nationella färdplanen: {value}. Området mäts enligt den nationella färdplanen.",
    en: "The workbook's roadmap ({sheet}) differs from the national roadmap: {value}. The region is measured against the national roadmap.",
  },
  retired_task: {
    fi: "Tehtävä {taskId} ({location}) on poistunut kansallisesta tiekartasta; sen tila jätettiin huomiotta.",
    sv: "Uppgiften {taskId} ({location}) har slopats ur den nationella färdplanen; dess status lämnades bort.",
    en: "Task {taskId} ({location}) was retired from the national roadmap; its status was ignored.",
  },
  other_programme: {
    fi: "Työkirjan asetuksissa on eri ohjelma ({value}) kuin tilannekuvassa; työkirja mitataan kansallisen tiekartan mukaan.",
    sv: "Arbetsbokens inställningar anger ett annat program ({value}) än lägesbilden; arbetsboken mäts enligt den nationella färdplanen.",
    en: "The workbook's settings name another programme ({value}) than the picture; it is measured against the national roadmap.",
  },
  roadmaps_disagree: {
    fi: "Alueiden työkirjojen tiekartat poikkeavat toisistaan ({value}); kaikki alueet mitataan saman tiekartan mukaan.",
    sv: "Områdenas arbetsböcker har olika färdplaner ({value}); alla områden mäts enligt samma färdplan.",
    en: "The regions' workbooks hold different roadmaps ({value}); every region is measured against the same roadmap.",
  },
} as const satisfies Record<string, Localized>;
