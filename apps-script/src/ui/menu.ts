import type { Lang } from "../../../core/i18n/lang";
import type { HostTextKey } from "../i18n/hostText";
import { hostText } from "../i18n/hostText";
import { langOfLocale } from "../i18n/langOfLocale";
import type { AppsScriptEnv } from "../host/AppsScriptEnv";
import type { Project } from "./HostContext";

type MenuEntry = { text: HostTextKey; handler: string } | "separator";

/** The "Tilannekuva" menu of each project: item text and the global function it calls. */
export const MENUS: Record<Project, readonly MenuEntry[]> = {
  region: [
    { text: "openSidebar", handler: "showTilannekuvaSidebar" },
    "separator",
    { text: "createMonthSheet", handler: "menuCreateMonthSheet" },
    { text: "validateMonth", handler: "menuValidateMonth" },
    { text: "generateChecklists", handler: "menuGenerateChecklists" },
    "separator",
    { text: "setupTemplate", handler: "menuSetupTemplate" },
    { text: "updateRoadmap", handler: "menuUpdateRoadmap" },
  ],
  national: [
    { text: "openSidebar", handler: "showTilannekuvaSidebar" },
    "separator",
    { text: "consolidate", handler: "menuConsolidate" },
    { text: "rollMonth", handler: "menuRollMonth" },
    { text: "createRegionSpreadsheets", handler: "menuCreateRegionSpreadsheets" },
    "separator",
    { text: "setupNational", handler: "menuSetupNational" },
    { text: "stopJob", handler: "menuStopJob" },
  ],
};

/**
 * The menu's language: the spreadsheet's locale, or the user's when the spreadsheet cannot be read
 * (an add-on's onOpen before it is enabled runs without access to the file).
 */
export function menuLang(env: AppsScriptEnv): Lang {
  try {
    return langOfLocale(env.spreadsheetApp.getActive().getSpreadsheetLocale());
  } catch {
    try {
      return langOfLocale(env.session.getActiveUserLocale());
    } catch {
      return "fi";
    }
  }
}

/** Adds the "Tilannekuva" menu: 2 + one call per item. */
export function buildMenu(ui: GoogleAppsScript.Base.Ui, project: Project, lang: Lang): void {
  const menu = ui.createMenu(hostText("menuTitle", lang));
  for (const entry of MENUS[project]) {
    if (entry === "separator") menu.addSeparator();
    else menu.addItem(hostText(entry.text, lang), entry.handler);
  }
  menu.addToUi();
}
