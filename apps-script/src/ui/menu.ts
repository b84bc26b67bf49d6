import type { Lang } from "../../../core/i18n/lang";
import type { ActionLabelKey } from "../../../core/actions/actionLabels";
import { actionLabel } from "../../../core/actions/actionLabels";
import { hostText } from "../i18n/hostText";
import { langOfLocale } from "../i18n/langOfLocale";
import type { AppsScriptEnv } from "../host/AppsScriptEnv";
import type { Project } from "./HostContext";

/** An item's text is the core's name of its action (the same words as the Excel pane). */
type MenuEntry = { text: ActionLabelKey; handler: string } | "separator";

/** The "Tilannekuva" menu of each project: item text and the global function it calls. */
export const MENUS: Record<Project, readonly MenuEntry[]> = {
  region: [
    { text: "showPane", handler: "showTilannekuvaSidebar" },
    "separator",
    { text: "createMonthSheet", handler: "menuCreateMonthSheet" },
    { text: "validateMonth", handler: "menuValidateMonth" },
    { text: "generateChecklists", handler: "menuGenerateChecklists" },
    "separator",
    { text: "setupTemplate", handler: "menuSetupTemplate" },
    { text: "updateRoadmap", handler: "menuUpdateRoadmap" },
  ],
  national: [
    { text: "showPane", handler: "showTilannekuvaSidebar" },
    "separator",
    { text: "consolidate", handler: "menuConsolidate" },
    { text: "rollMonth", handler: "menuRollMonth" },
    { text: "createRegionWorkbooks", handler: "menuCreateRegionSpreadsheets" },
    "separator",
    { text: "updateRoadmap", handler: "menuUpdateRoadmap" },
    { text: "pushRoadmap", handler: "menuPushRoadmap" },
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
    else menu.addItem(actionLabel(entry.text, lang), entry.handler);
  }
  menu.addToUi();
}
