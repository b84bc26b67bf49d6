import type { NationalPicture } from "../../consolidation/buildNationalPicture";
import type { RegionReading } from "../../consolidation/RegionReading";

/** Whether a reading counts in the figures: a reporting region with measures, as consolidation pools them. */
export function isReporting(r: RegionReading): boolean {
  return r.reporting && r.measures !== null;
}

/**
 * A unit's name in the report's language from the programme, so every row reads alike; the name the
 * region's file gave when the programme does not know the code.
 */
export function displayName(p: NationalPicture, r: { code: string | null; name: string }): string {
  const unit = p.programme.units.find((u) => u.code === r.code);
  return unit ? unit.name[p.lang] : r.name;
}

/** A unit with its code: "01 Itä-Uudenmaan hyvinvointialue". */
export function unitName(p: NationalPicture, r: { code: string | null; name: string }): string {
  const name = displayName(p, r);
  return r.code ? `${r.code} ${name}` : name;
}
