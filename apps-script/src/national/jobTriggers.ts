import type { AppsScriptEnv } from "../host/AppsScriptEnv";

/** The global function the continuation trigger calls (main.ts defines it). */
export const CONTINUE_HANDLER = "continueTilannekuvaJob";

/**
 * Deletes the continuation triggers of the user running this execution. `getProjectTriggers` lists only
 * that user's triggers, so a job started by someone else keeps its own; it ends them itself.
 */
export function deleteContinuations(env: AppsScriptEnv): void {
  for (const trigger of env.scriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === CONTINUE_HANDLER) env.scriptApp.deleteTrigger(trigger);
  }
}

/**
 * Makes the one continuation trigger due `afterMs` from now. The new trigger is created before the old
 * ones are deleted, so an execution cut off in between still leaves one behind.
 */
export function replaceContinuation(env: AppsScriptEnv, afterMs: number): void {
  const created = env.scriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(afterMs).create();
  const keep = created.getUniqueId();
  for (const trigger of env.scriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === CONTINUE_HANDLER && trigger.getUniqueId() !== keep)
      env.scriptApp.deleteTrigger(trigger);
  }
}
