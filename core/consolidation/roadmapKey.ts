import type { RoadmapRow } from "../programme/ProgrammeSchema";

/**
 * A short fingerprint of a roadmap's content (ids, groups, names, dates, critical flags), independent of
 * row order: two copies with the same key measure a region the same way.
 * @example roadmapKey(REGIONAL.roadmap) === roadmapKey([...REGIONAL.roadmap].reverse()) // true
 */
export function roadmapKey(roadmap: readonly RoadmapRow[]): string {
  const lines = roadmap
    .map((r) =>
      [r.id, r.group ?? "", r.area, r.task, r.subtask, r.start ?? "", r.end ?? "", r.critical ? 1 : 0].join(
        "\u0001",
      ),
    )
    .sort();
  // FNV-1a, twice with different seeds: 64 bits is plenty to tell a few dozen copies apart.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (const line of lines) {
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      a = Math.imul(a ^ c, 16777619);
      b = Math.imul(b ^ c, 2246822519);
    }
    a = Math.imul(a ^ 10, 16777619);
    b = Math.imul(b ^ 10, 2246822519);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
