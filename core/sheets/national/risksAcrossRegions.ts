import { matchKey } from "../../_lib/cells";
import type { RegionReading } from "../../consolidation/RegionReading";
import type { RiskSeverity } from "../labels";

/** One risk as several regions put it: the same description (case and spacing aside) and group. */
export interface RiskAcrossRegions {
  description: string;
  group: string;
  /** The most severe rating any of the regions gave it; null when none used the list. */
  severity: RiskSeverity | null;
  regions: string[];
}

const ORDER: readonly RiskSeverity[] = ["high", "medium", "low"];

/**
 * Risks folded across regions: one row per description and group, with the regions that report it,
 * the most reported (then the most severe) first. Regions word risks freely, so only the same wording
 * folds; a risk one region alone reports stays a row of its own.
 * @example risksAcrossRegions(readings)[0] // { description: "ICT…", regions: [21 codes], severity: "high" }
 */
export function risksAcrossRegions(readings: readonly RegionReading[]): RiskAcrossRegions[] {
  const byKey = new Map<string, RiskAcrossRegions>();
  for (const reading of readings) {
    for (const risk of reading.risks) {
      if (!risk.description.trim()) continue;
      const key = `${matchKey(risk.description)}\u0000${matchKey(risk.group)}`;
      let entry = byKey.get(key);
      if (!entry) {
        entry = { description: risk.description.trim(), group: risk.group, severity: null, regions: [] };
        byKey.set(key, entry);
      }
      const code = reading.code ?? "";
      if (!entry.regions.includes(code)) entry.regions.push(code);
      if (risk.severity && (!entry.severity || ORDER.indexOf(risk.severity) < ORDER.indexOf(entry.severity)))
        entry.severity = risk.severity;
    }
  }
  const rank = (s: RiskSeverity | null) => (s ? ORDER.indexOf(s) : ORDER.length);
  return [...byKey.values()].sort(
    (a, b) => b.regions.length - a.regions.length || rank(a.severity) - rank(b.severity),
  );
}
