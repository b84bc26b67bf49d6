import type { IsoDay } from "../../_lib/day";
import type { RoadmapRow, StatusCode } from "../../programme/ProgrammeSchema";
import type { Measures } from "../Measures";
import type { Share } from "../Share";

/** Running counts behind one `Measures`, so that many of them fill in a single pass over a roadmap. */
export class Tally {
  scheduleStarted = 0;
  scheduleStartedOf = 0;
  scheduleDone = 0;
  scheduleDoneOf = 0;
  readinessStarted = 0;
  readinessDone = 0;
  readinessOf = 0;

  /** Counts one critical task; not applicable ones are outside every population. */
  add(task: RoadmapRow, status: StatusCode, asOf: IsoDay, target: IsoDay): void {
    if (status === "not_applicable") return;
    const done = status === "done";
    const started = done || status === "in_progress";
    const { start, end } = task;
    if (start !== null && start <= asOf) {
      this.scheduleStartedOf++;
      if (started) this.scheduleStarted++;
    }
    if (end !== null && end <= asOf) {
      this.scheduleDoneOf++;
      if (done) this.scheduleDone++;
    }
    if (end !== null && end <= target) {
      this.readinessOf++;
      if (started) this.readinessStarted++;
      if (done) this.readinessDone++;
    }
  }

  measures(): Measures {
    return {
      schedule: {
        started: share(this.scheduleStarted, this.scheduleStartedOf),
        done: share(this.scheduleDone, this.scheduleDoneOf),
      },
      readiness: {
        started: share(this.readinessStarted, this.readinessOf),
        done: share(this.readinessDone, this.readinessOf),
      },
    };
  }
}

/** `{count, of, share}`, share null when nothing is counted. */
export function share(count: number, of: number): Share {
  return { count, of, share: of === 0 ? null : count / of };
}
