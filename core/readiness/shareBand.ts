import type { Band } from "../programme/ProgrammeSchema";

/**
 * The colour band of a share: the highest band whose `min` it reaches (bands are listed highest first),
 * the last band for a share below every `min`, null for no figure.
 * @example shareBand(0.8, REGIONAL.bands)?.id // → "green"
 */
export function shareBand(share: number | null, bands: readonly Band[]): Band | null {
  if (share === null || Number.isNaN(share)) return null;
  for (const band of bands) if (share >= band.min) return band;
  return bands[bands.length - 1] ?? null;
}
