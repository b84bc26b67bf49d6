import { share } from "./_lib/Tally";
import type { Measures } from "./Measures";
import type { Share } from "./Share";

/**
 * Pools units' figures as the national picture does: sum of counts over sum of `of`s, never a mean of
 * shares. An empty list gives null shares.
 * @example poolMeasures(regions.map((region) => region.measures)).readiness.done.share
 */
export function poolMeasures(list: readonly Measures[]): Measures {
  return {
    schedule: {
      started: pool(list, (m) => m.schedule.started),
      done: pool(list, (m) => m.schedule.done),
    },
    readiness: {
      started: pool(list, (m) => m.readiness.started),
      done: pool(list, (m) => m.readiness.done),
    },
  };
}

function pool(list: readonly Measures[], pick: (measures: Measures) => Share): Share {
  let count = 0;
  let of = 0;
  for (const measures of list) {
    const s = pick(measures);
    count += s.count;
    of += s.of;
  }
  return share(count, of);
}
