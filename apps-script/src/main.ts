/**
 * The Apps Script entry of both projects (scripts/build.ts bundles it twice, with TILANNEKUVA_PROJECT
 * set to "region" or "national"). It only exposes global functions: the simple triggers, the menu
 * handlers, the sidebar's google.script.run targets and the national job's trigger handler. Everything
 * else is imported; the other project's code is left out of each bundle. The sidebar's poll
 * (`sidebarStatus`) has its own light entry, src/poll.ts.
 */
import { globalEnv } from "./host/AppsScriptEnv";
import { exposeToAppsScript } from "./host/exposeToAppsScript";
import { hostText } from "./i18n/hostText";
import { continueNationalJob } from "./national/nationalJobs";
import { runNationalRequest } from "./national/runNationalRequest";
import { formatOutcome } from "./ui/formatOutcome";
import type { HostContext, Project } from "./ui/HostContext";
import { hostContext, jobDeps } from "./ui/HostContext";
import { buildMenu, menuLang } from "./ui/menu";
import type { Outcome } from "./ui/Outcome";
import { cacheOutcome } from "./ui/Outcome";
import { runRegionRequest } from "./ui/runRegionRequest";
import type { ActionRequest, RequestRunner } from "./ui/runRequest";
import { runRequest } from "./ui/runRequest";
import { showSidebar } from "./ui/showSidebar";

declare const TILANNEKUVA_PROJECT: Project;

const runProjectRequest: RequestRunner =
  TILANNEKUVA_PROJECT === "national" ? runNationalRequest : runRegionRequest;
/** How long the sidebar can fetch an outcome it missed (google.script.run may not hand over a Promise's value). */
const OUTCOME_SECONDS = 10 * 60;

function context(): HostContext {
  return hostContext(TILANNEKUVA_PROJECT, globalEnv());
}

/** Simple trigger: adds the "Tilannekuva" menu in the spreadsheet's language. */
function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const env = globalEnv();
  buildMenu(env.spreadsheetApp.getUi(), TILANNEKUVA_PROJECT, menuLang(env));
}

/** Runs when the project is installed as an add-on: the menu, as on opening. */
function onInstall(event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  onOpen(event);
}

function showTilannekuvaSidebar(): void {
  showSidebar(context());
}

/** A menu item: runs the action with its defaults and shows the outcome in a dialog. */
async function runFromMenu(action: string): Promise<void> {
  const host = context();
  const outcome = await runRequest(host, { action }, runProjectRequest);
  const ui = host.env.spreadsheetApp.getUi();
  ui.alert(hostText("resultTitle", host.uiLang), formatOutcome(outcome, host.uiLang), ui.ButtonSet.OK);
}

const menuSetupTemplate = () => runFromMenu("setupTemplate");
const menuCreateMonthSheet = () => runFromMenu("createMonthSheet");
const menuValidateMonth = () => runFromMenu("validateMonth");
const menuGenerateChecklists = () => runFromMenu("generateChecklists");
const menuUpdateRoadmap = () => runFromMenu("updateRoadmap");
const menuSetupNational = () => runFromMenu("setupNational");
const menuConsolidate = () => runFromMenu("consolidate");
const menuRollMonth = () => runFromMenu("rollMonth");
const menuCreateRegionSpreadsheets = () => runFromMenu("createRegionSpreadsheets");
const menuPushRoadmap = () => runFromMenu("pushRoadmap");
const menuStopJob = () => runFromMenu("stopJob");

/** google.script.run: runs a sidebar request; the outcome is also kept for `sidebarOutcome(id)`. */
async function sidebarRun(request: ActionRequest & { id?: string }): Promise<Outcome> {
  const host = context();
  const outcome = await runRequest(host, request, runProjectRequest);
  if (request.id) {
    cacheOutcome(
      host.env.cacheService.getUserCache(),
      `tilannekuva.outcome.${request.id}`,
      outcome,
      OUTCOME_SECONDS,
    );
  }
  return outcome;
}

/** google.script.run: the outcome of request `id`, once it is done (null before). */
function sidebarOutcome(id: string): Outcome | null {
  const cached = globalEnv().cacheService.getUserCache()?.get(`tilannekuva.outcome.${id}`);
  return cached ? (JSON.parse(cached) as Outcome) : null;
}

/** The time-driven trigger's handler: carries a national job on where the last execution stopped. */
async function continueTilannekuvaJob(): Promise<void> {
  await continueNationalJob(jobDeps(context()));
}

const common = { onOpen, onInstall, showTilannekuvaSidebar, sidebarRun, sidebarOutcome };

exposeToAppsScript(
  TILANNEKUVA_PROJECT === "national"
    ? {
        ...common,
        menuSetupNational,
        menuConsolidate,
        menuRollMonth,
        menuCreateRegionSpreadsheets,
        menuUpdateRoadmap,
        menuPushRoadmap,
        menuStopJob,
        continueTilannekuvaJob,
      }
    : {
        ...common,
        menuSetupTemplate,
        menuCreateMonthSheet,
        menuValidateMonth,
        menuGenerateChecklists,
        menuUpdateRoadmap,
      },
);
