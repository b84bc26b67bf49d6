import { matchKey } from "../../_lib/cells";
import type { SummaryRisk } from "../../consolidation/SummarySchema";
import type { RegionBrief } from "../RegionBrief";

// A risk is the same risk next month when its description reads the same, ignoring case and spacing.
const key = (risk: SummaryRisk) => matchKey(risk.description);

/** This month's risks split into new and continuing, and last month's that are no longer reported. */
export function compareRisks(
  now: readonly SummaryRisk[],
  before: readonly SummaryRisk[] | null,
): RegionBrief["risks"] {
  if (before === null) return { fresh: [...now], continuing: [], dropped: [], compared: false };
  const had = new Set(before.map(key));
  const has = new Set(now.map(key));
  return {
    fresh: now.filter((r) => !had.has(key(r))),
    continuing: now.filter((r) => had.has(key(r))),
    dropped: before.filter((r) => !has.has(key(r))),
    compared: true,
  };
}
