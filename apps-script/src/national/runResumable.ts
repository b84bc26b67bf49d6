import type { Lang } from "../../../core/i18n/lang";
import { hostText } from "../i18n/hostText";
import type { Outcome } from "../ui/Outcome";
import { cacheOutcome, failedOutcome, thrownOutcome } from "../ui/Outcome";
import type { Job, JobDeps, JobKind, JobLimits, JobTask } from "./Job";
import { DEFAULT_LIMITS } from "./Job";
import { deleteContinuations, replaceContinuation } from "./jobTriggers";
import { LAST_OUTCOME_KEY, viewOf } from "./jobStatus";
import { SheetJobStore } from "./SheetJobStore";
import { clearStopRequest, requestStop, stopRequested } from "./stopFlag";

export { CONTINUE_HANDLER } from "./jobTriggers";
export { jobStatus, LAST_OUTCOME_KEY } from "./jobStatus";
export type { JobView } from "./jobStatus";

/** "consolidating 2022-09", in the user's language. */
export function jobTitle(job: Pick<Job, "kind" | "month">, lang: Lang): string {
  return hostText(`job_${job.kind}`, lang, { month: job.month });
}

function limitsOf(deps: JobDeps): JobLimits {
  return { ...DEFAULT_LIMITS, ...deps.limits };
}

/** Ends a job: its state, its stop request and its triggers go; the outcome waits for the sidebar. */
function finished(deps: JobDeps, store: SheetJobStore, outcome: Outcome): Outcome {
  store.clear();
  clearStopRequest(deps.env);
  deleteContinuations(deps.env);
  cacheOutcome(deps.env.cacheService.getDocumentCache(), LAST_OUTCOME_KEY, outcome, 6 * 60 * 60);
  deps.spreadsheet.toast(outcome.message, hostText("resultTitle", deps.uiLang), 15);
  return outcome;
}

function stoppedOutcome(job: Job, lang: Lang): Outcome {
  const message = hostText("jobStopped", lang, { job: jobTitle(job, lang) });
  return { ...failedOutcome(message), ok: true, status: "done" };
}

/** This execution leaves the job for the next: its trigger is due in about a minute. */
function continues(deps: JobDeps, store: SheetJobStore, job: Job): Outcome {
  job.open = false;
  store.saveJob(job);
  replaceContinuation(deps.env, limitsOf(deps).continueAfterMs);
  const message = hostText("continues", job.uiLang, { done: job.next, total: job.items.length });
  deps.spreadsheet.toast(message, hostText("resultTitle", job.uiLang), 15);
  return {
    ok: true,
    status: "continues",
    message,
    issues: [],
    issueCount: 0,
    details: [],
    sheets: [],
    progress: viewOf(job),
  };
}

/**
 * Runs a job from where it stands until it is done, stopped, or this execution has used up its time:
 * one region per step, each result stored before the next step starts, so an execution that ends (or
 * dies) loses at most the region in hand. Before anything else it creates a watchdog trigger due after
 * Apps Script's six-minute limit: an execution cut off runs no `catch` or `finally`, so only a trigger
 * made in advance can carry the job on. A step starts only if it should end before the soft limit,
 * judged by the longest step so far, and only if nobody asked the job to stop (a flag read between
 * regions). The last execution writes the national sheets, then deletes the stored state and trigger.
 */
export async function runResumable<R>(
  deps: JobDeps,
  task: JobTask<R>,
  store: SheetJobStore,
  job: Job,
): Promise<Outcome> {
  const limits = limitsOf(deps);
  const elapsed = () => deps.env.now() - deps.startedAt;
  replaceContinuation(deps.env, limits.watchdogAfterMs);
  job.executions += 1;
  if (job.open) {
    // The last execution never got to its end: Apps Script cut it off.
    job.failures += 1;
    if (job.failures > limits.maxFailures) {
      const message = hostText("jobCutOff", job.uiLang, {
        job: jobTitle(job, job.uiLang),
        count: job.failures,
      });
      return finished(deps, store, failedOutcome(message));
    }
  }
  job.open = true;
  store.saveJob(job);
  let longestStep = 0;
  try {
    while (job.next < job.items.length) {
      if (stopRequested(deps.env, job.id)) return finished(deps, store, stoppedOutcome(job, job.uiLang));
      if (elapsed() + longestStep > limits.softLimitMs) return continues(deps, store, job);
      const item = job.items[job.next]!;
      deps.spreadsheet.toast(
        hostText("progress", job.uiLang, { done: job.next + 1, total: job.items.length, label: item.label }),
        hostText("resultTitle", job.uiLang),
        10,
      );
      const before = deps.env.now();
      store.putResult(job.next, await task.step(item, job));
      job.next += 1;
      store.saveJob(job);
      longestStep = Math.max(longestStep, deps.env.now() - before);
    }
    if (stopRequested(deps.env, job.id)) return finished(deps, store, stoppedOutcome(job, job.uiLang));
    if (elapsed() + limits.finishReserveMs > limits.softLimitMs) return continues(deps, store, job);
    const outcome = await task.finish(store.results(job.items.length) as R[], job);
    return finished(deps, store, outcome);
  } catch (error) {
    job.failures += 1;
    if (job.failures > limits.maxFailures) return finished(deps, store, thrownOutcome(error, job.uiLang));
    return {
      ...continues(deps, store, job),
      ok: false,
      message: `${thrownOutcome(error, job.uiLang).message} ${hostText("continues", job.uiLang, { done: job.next, total: job.items.length })}`,
    };
  }
}

/** Runs `work` under the script lock, or says that something else is running. */
async function locked(deps: JobDeps, work: () => Promise<Outcome>): Promise<Outcome> {
  const lock = deps.env.lockService.getScriptLock();
  if (!lock.tryLock(10_000)) return failedOutcome(hostText("lockBusy", deps.uiLang));
  try {
    return await work();
  } catch (error) {
    return thrownOutcome(error, deps.uiLang);
  } finally {
    lock.releaseLock();
  }
}

/** Starts a job, unless one is already under way; runs as much of it as this execution allows. */
export function startJob<R>(
  deps: JobDeps,
  kind: JobKind,
  task: JobTask<R>,
  options: { month: string; lang: Lang | null },
): Promise<Outcome> {
  return locked(deps, async () => {
    const store = new SheetJobStore(deps.spreadsheet);
    const running = store.load();
    if (running) {
      const view = viewOf(running);
      return failedOutcome(
        hostText("jobBusy", deps.uiLang, {
          job: jobTitle(running, deps.uiLang),
          done: view.done,
          total: view.total,
        }),
      );
    }
    const items = await task.prepare();
    if (!Array.isArray(items)) return items;
    deps.env.cacheService.getDocumentCache()?.remove(LAST_OUTCOME_KEY);
    const job: Job = {
      id: `${kind}-${deps.startedAt}`,
      kind,
      month: options.month,
      lang: options.lang,
      uiLang: deps.uiLang,
      items,
      next: 0,
      startedAt: deps.startedAt,
      executions: 0,
      failures: 0,
    };
    store.create(job);
    return runResumable(deps, task, store, job);
  });
}

/**
 * Continues the stored job (the trigger's handler calls this); null when there is none. When something
 * else holds the lock, it tries again a minute later rather than leave the job stranded.
 */
export async function continueJob(
  deps: JobDeps,
  taskFor: (job: Job) => JobTask<unknown>,
): Promise<Outcome | null> {
  const lock = deps.env.lockService.getScriptLock();
  if (!lock.tryLock(10_000)) {
    replaceContinuation(deps.env, limitsOf(deps).continueAfterMs);
    return null;
  }
  try {
    const store = new SheetJobStore(deps.spreadsheet);
    const job = store.load();
    if (!job) {
      deleteContinuations(deps.env);
      return null;
    }
    return await runResumable(deps, taskFor(job), store, job);
  } finally {
    lock.releaseLock();
  }
}

/**
 * Stops the stored job, without waiting for the script lock that a running execution holds for
 * minutes. When no execution is working on the job, it ends at once; otherwise a flag asks the running
 * execution to end it after the region in hand. Nothing already written is undone.
 */
export async function stopJob(deps: JobDeps): Promise<Outcome> {
  try {
    const store = new SheetJobStore(deps.spreadsheet);
    const job = store.load();
    if (!job) {
      deleteContinuations(deps.env);
      return failedOutcome(hostText("noJob", deps.uiLang));
    }
    const lock = deps.env.lockService.getScriptLock();
    if (lock.tryLock(0)) {
      try {
        return finished(deps, store, stoppedOutcome(job, deps.uiLang));
      } finally {
        lock.releaseLock();
      }
    }
    requestStop(deps.env, job.id);
    return {
      ok: true,
      status: "continues",
      message: hostText("jobStopping", deps.uiLang, { job: jobTitle(job, deps.uiLang) }),
      issues: [],
      issueCount: 0,
      details: [],
      sheets: [],
      progress: viewOf(job),
    };
  } catch (error) {
    return thrownOutcome(error, deps.uiLang);
  }
}
