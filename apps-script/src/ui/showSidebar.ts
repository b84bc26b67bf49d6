import { builtinUnits } from "../actions";
import type { HostContext } from "./HostContext";
import { monthsAround } from "./HostContext";

/** The HTML file (without ".html") the build copies beside Code.js. */
export const SIDEBAR_FILE = "Sidebar";

/** What the sidebar's script starts from. */
export interface SidebarBootstrap {
  project: HostContext["project"];
  lang: HostContext["uiLang"];
  months: { current: string; previous: string };
  units: Record<string, { code: string; name: string }[]>;
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
  const { current, previous } = monthsAround(context.env.now());
  const bootstrap: SidebarBootstrap = {
    project: context.project,
    lang: context.uiLang,
    months: { current, previous },
    units: builtinUnits(context.uiLang),
  };
  const template = context.env.htmlService.createTemplateFromFile(SIDEBAR_FILE);
  template.bootstrap = scriptJson(bootstrap);
  template.lang = context.uiLang;
  const html = template.evaluate().setTitle("Tilannekuva");
  context.env.spreadsheetApp.getUi().showSidebar(html);
}
