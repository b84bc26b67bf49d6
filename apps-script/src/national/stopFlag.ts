import type { AppsScriptEnv } from "../host/AppsScriptEnv";

/** The document property that asks the running job (by its id) to stop. */
const STOP_KEY = "tilannekuva.job.stop";

/**
 * Asks job `jobId` to stop. A document property, not the script lock: the running execution holds the
 * lock for minutes, and it reads this flag between regions.
 */
export function requestStop(env: AppsScriptEnv, jobId: string): void {
  env.propertiesService.getDocumentProperties().setProperty(STOP_KEY, jobId);
}

/** True when someone asked job `jobId` to stop (a flag left by an earlier job does not count). */
export function stopRequested(env: AppsScriptEnv, jobId: string): boolean {
  return env.propertiesService.getDocumentProperties().getProperty(STOP_KEY) === jobId;
}

export function clearStopRequest(env: AppsScriptEnv): void {
  env.propertiesService.getDocumentProperties().deleteProperty(STOP_KEY);
}
