import type { IsoDay } from "../_lib/day";
import type { Phase, Programme } from "../programme/ProgrammeSchema";

/**
 * The programme phase a day falls in (both ends inclusive, a null end is open), or null before the first.
 *
 * @example
 * phaseOf("2022-03-01", REGIONAL)?.id; // "Aluevaltuusto"
 */
export function phaseOf(day: IsoDay, programme: Pick<Programme, "phases">): Phase | null {
  return programme.phases.find((p) => p.start <= day && (p.end === null || day <= p.end)) ?? null;
}
