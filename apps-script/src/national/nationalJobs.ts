import type { Lang } from "../../../core/i18n/lang";
import type { Outcome } from "../ui/Outcome";
import { consolidateTask } from "./consolidateResumable";
import { createRegionsTask } from "./createRegionSpreadsheets";
import type { Job, JobDeps, JobKind, JobTask } from "./Job";
import { pushRoadmapTask } from "./pushRoadmapResumable";
import { rollMonthTask } from "./rollMonthResumable";
import { continueJob, startJob } from "./runResumable";

/** The task that carries on a stored job. */
export function taskFor(deps: JobDeps, job: Pick<Job, "kind" | "month" | "lang">): JobTask<unknown> {
  const options = { month: job.month, lang: job.lang };
  switch (job.kind) {
    case "consolidate":
      return consolidateTask(deps, options) as JobTask<unknown>;
    case "rollMonth":
      return rollMonthTask(deps, options) as JobTask<unknown>;
    case "createRegions":
      return createRegionsTask(deps, options) as JobTask<unknown>;
    case "pushRoadmap":
      return pushRoadmapTask(deps, options) as JobTask<unknown>;
  }
}

/** Starts one of the national jobs. */
export function startNationalJob(
  deps: JobDeps,
  kind: JobKind,
  options: { month: string; lang: Lang | null },
): Promise<Outcome> {
  return startJob(deps, kind, taskFor(deps, { kind, ...options }), options);
}

/** What the continuation trigger runs. */
export function continueNationalJob(deps: JobDeps): Promise<Outcome | null> {
  return continueJob(deps, (job) => taskFor(deps, job));
}
