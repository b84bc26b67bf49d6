import type { Programme } from "../programme/ProgrammeSchema";
import type { RegionReading } from "./RegionReading";
import { notReporting } from "./RegionReading";

/** The readings of a run as they come, less what buildNationalPicture will not count. */
export interface CountedReadings {
  readonly readings: RegionReading[];
  add(reading: RegionReading): void;
}

/**
 * Collects a run's readings and lets go of what buildNationalPicture drops: of two files of the same
 * region, the one not counted (the second, unless only the second reports) keeps only its label, code
 * and name, which is all its duplicate issue names. Many copies of one region then hold one region's
 * tasks, not one per copy; the picture is the same.
 * @example const counted = countedReadings(programme); counted.add(await readRegion(source, options));
 */
export function countedReadings(programme: Programme): CountedReadings {
  const units = new Set(programme.units.map((u) => u.code));
  const readings: RegionReading[] = [];
  // Region code → index of the reading that counts for it so far.
  const kept = new Map<string, number>();
  const stub = (r: RegionReading) => notReporting(r.label, r.code, r.name);
  return {
    readings,
    add(reading) {
      const code = reading.code;
      const at = code !== null && units.has(code) ? kept.get(code) : undefined;
      if (code === null || at === undefined) {
        if (code !== null && units.has(code)) kept.set(code, readings.length);
        readings.push(reading);
        return;
      }
      const counted = readings[at]!;
      if (!counted.reporting && reading.reporting) {
        readings[at] = stub(counted);
        kept.set(code, readings.length);
        readings.push(reading);
      } else readings.push(stub(reading));
    },
  };
}
