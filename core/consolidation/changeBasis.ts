import type { Measures } from "../readiness/Measures";
import { poolMeasures } from "../readiness/poolMeasures";
import type { NationalPicture } from "./buildNationalPicture";
import type { RegionReading } from "./RegionReading";

/** What a change column compares: this month's figures against last month's, over the same ground. */
export interface ChangeSides {
  now: Measures | null | undefined;
  before: Measures | null | undefined;
}

export interface ChangeBasis {
  national: ChangeSides;
  region(reading: RegionReading): ChangeSides & { counts: RegionReading["change"] };
}

/**
 * The two sides of every month-over-month change in a picture. In a month the roadmap changed, both sides
 * are the same tasks measured on the new roadmap (the readings' like-with-like figures), so a revision
 * shows as neither progress nor regression; otherwise this month against last month's history.
 * @example changes(...Object.values(changeBasis(picture).national))
 */
export function changeBasis(
  p: Pick<NationalPicture, "readings" | "summary" | "previous" | "roadmapChange">,
): ChangeBasis {
  if (!p.roadmapChange) {
    return {
      national: { now: p.summary.national, before: p.previous.national },
      region: (r) => ({ now: r.measures, before: p.previous.regions.get(r.code ?? ""), counts: r.change }),
    };
  }
  const same = p.readings.filter((r) => r.reporting && r.sameTasks).map((r) => r.sameTasks!);
  return {
    national: same.length
      ? { now: poolMeasures(same.map((s) => s.current)), before: poolMeasures(same.map((s) => s.previous)) }
      : { now: p.summary.national, before: null },
    region: (r) =>
      r.sameTasks
        ? { now: r.sameTasks.current, before: r.sameTasks.previous, counts: r.sameTasks.change }
        : { now: r.measures, before: null, counts: null },
  };
}
