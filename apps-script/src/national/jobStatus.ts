/**
 * What the sidebar's poll asks every 2 seconds while a national job runs. Kept apart from the job's
 * code (and from zod and the core): `src/poll.ts` bundles only this, so a poll evaluates a few
 * kilobytes and never the rest of the project (see scripts/build.ts).
 */
import type { Outcome } from "../ui/Outcome";
import type { Job, JobDeps, JobKind } from "./Job";
import { SheetJobStore } from "./SheetJobStore";

/** Where the outcome of a job that finished in the background waits for the sidebar (6 hours). */
export const LAST_OUTCOME_KEY = "tilannekuva.job.outcome";

/** What the sidebar shows of a running job. */
export interface JobView {
  kind: JobKind;
  month: string;
  done: number;
  total: number;
  label: string;
}

export function viewOf(job: Job): JobView {
  return {
    kind: job.kind,
    month: job.month,
    done: job.next,
    total: job.items.length,
    label: job.items[job.next]?.label ?? "",
  };
}

/** The running job, or the outcome of the last one that finished in the background (4 or 5 calls). */
export function jobStatus(deps: Pick<JobDeps, "env" | "spreadsheet">): {
  running: JobView | null;
  last: Outcome | null;
} {
  const job = new SheetJobStore(deps.spreadsheet).load();
  const cached = job ? null : deps.env.cacheService.getDocumentCache()?.get(LAST_OUTCOME_KEY);
  return { running: job ? viewOf(job) : null, last: cached ? (JSON.parse(cached) as Outcome) : null };
}
