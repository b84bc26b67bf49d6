import { ACTION_LABELS, defaultDataMonth } from "../../../core/actions/actionLabels";
import type { ActionLabelKey } from "../../../core/actions/actionLabels";
import type { Lang } from "../../../core/i18n/lang";
import { builtinUnits } from "../actions";
import type { HostContext } from "./HostContext";
import { monthsAround } from "./HostContext";

/** The HTML file (without ".html") the build copies beside Code.js. */
export const SIDEBAR_FILE = "Sidebar";

/** What the sidebar's script starts from. */
export interface SidebarBootstrap {
  project: HostContext["project"];
  lang: HostContext["uiLang"];
  /** `data` is the month every action offers by default: last month (the core's `defaultDataMonth`). */
  months: { current: string; previous: string; data: string };
  /** Each action's name in every language, from the core (the same words as the Excel pane). */
  actions: Record<Lang, Record<string, string>>;
  units: Record<string, { code: string; name: string }[]>;
}

/** The sidebar's action keys (its buttons call the server with these) and the core's label of each. */
export const SIDEBAR_ACTIONS: Record<string, ActionLabelKey> = {
  createMonthSheet: "createMonthSheet",
  validateMonth: "validateMonth",
  generateChecklists: "generateChecklists",
  setupTemplate: "setupTemplate",
  updateRoadmap: "updateRoadmap",
  pushRoadmap: "pushRoadmap",
  consolidate: "consolidate",
  rollMonth: "rollMonth",
  createRegionSpreadsheets: "createRegionWorkbooks",
  setupNational: "setupNational",
  stopJob: "stopJob",
  brief: "brief",
  longCsv: "longCsv",
};

function sidebarActionLabels(): Record<Lang, Record<string, string>> {
  const inLang = (lang: Lang) =>
    Object.fromEntries(
      Object.entries(SIDEBAR_ACTIONS).map(([key, label]) => [key, ACTION_LABELS[label][lang]]),
    );
  return { fi: inLang("fi"), sv: inLang("sv"), en: inLang("en") };
}

/** JSON safe to print inside a <script> element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** Opens the sidebar: one HtmlService template with the bootstrap printed into it (5 calls). */
export function showSidebar(context: HostContext): void {
  const { current, previous, today } = monthsAround(context.env.now());
  const bootstrap: SidebarBootstrap = {
    project: context.project,
    lang: context.uiLang,
    months: { current, previous, data: defaultDataMonth(today) },
    actions: sidebarActionLabels(),
    units: builtinUnits(context.uiLang),
  };
  const template = context.env.htmlService.createTemplateFromFile(SIDEBAR_FILE);
  template.bootstrap = scriptJson(bootstrap);
  template.lang = context.uiLang;
  const html = template.evaluate().setTitle("Tilannekuva");
  context.env.spreadsheetApp.getUi().showSidebar(html);
}
