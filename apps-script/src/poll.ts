/**
 * The light entry of the national project: what the sidebar calls every 2 seconds while a job runs.
 * Apps Script evaluates every file of a project on every execution, so a separate file would not make
 * a poll cheaper; scripts/build.ts instead puts this small bundle at the top level of Code.js and the
 * rest (zod, the core) inside a function that only the other entry points call. A poll reads the job
 * sheet or the cache and nothing else.
 */
import { globalEnv } from "./host/AppsScriptEnv";
import { exposeToAppsScript, POLL_NAMESPACE } from "./host/exposeToAppsScript";
import { jobStatus } from "./national/jobStatus";

/** google.script.run: the national job under way, or the outcome of one that finished in the background. */
function sidebarStatus(): ReturnType<typeof jobStatus> {
  const env = globalEnv();
  return jobStatus({ env, spreadsheet: env.spreadsheetApp.getActive() });
}

exposeToAppsScript({ sidebarStatus }, POLL_NAMESPACE);
