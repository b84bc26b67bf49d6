import type { RoadmapRow } from "../../../core";
import { RoadmapRowSchema } from "../../../core";
import { lastDayOfMonth } from "../../../core/_lib/day";
import { seededRandom } from "../../../core/demo/simulateMonth";

/** The demo's deterministic PRNG, so every run benchmarks the same data. */
export const random = seededRandom;

const GROUPS = 5;
const AREAS = 4;
const TASKS = 5;

function phaseOf(start: string): string {
  if (start < "2022-03-01") return "VATE";
  if (start < "2023-01-01") return "Aluevaltuusto";
  return "Järjestämisvastuu";
}

/**
 * A Programme-like roadmap of `count` subtasks: ids g.a.t.s over the five groups, three in four critical,
 * starts and ends spread over 2021–2023 at month granularity (as official roadmaps give them).
 */
export function syntheticRoadmap(count: number, seed = 2022): RoadmapRow[] {
  const next = random(seed);
  const perGroup = Math.ceil(count / GROUPS);
  const subtasksPerTask = Math.ceil(perGroup / (AREAS * TASKS));
  const rows: RoadmapRow[] = [];
  for (let i = 0; i < count; i++) {
    const g = Math.floor(i / perGroup) + 1;
    const inGroup = i % perGroup;
    const a = Math.floor(inGroup / (TASKS * subtasksPerTask)) + 1;
    const t = (Math.floor(inGroup / subtasksPerTask) % TASKS) + 1;
    const s = (inGroup % subtasksPerTask) + 1;
    // Start in one of the 33 months 2021-01..2023-09, last one to twelve months, never past 2023.
    const startMonth = Math.floor(next() * 33);
    const endMonth = Math.min(35, startMonth + Math.floor(next() * 12));
    const start = `${2021 + Math.floor(startMonth / 12)}-${String((startMonth % 12) + 1).padStart(2, "0")}-01`;
    const end = lastDayOfMonth(2021 + Math.floor(endMonth / 12), (endMonth % 12) + 1);
    rows.push(
      RoadmapRowSchema.parse({
        id: `${g}.${a}.${t}.${s}`,
        group: String(g),
        area: `Tehtäväkokonaisuus ${g}.${a}`,
        task: `Tehtävä ${g}.${a}.${t}`,
        subtask: `Osatehtävä ${g}.${a}.${t}.${s}: synteettinen vertailuaineisto`,
        phase: phaseOf(start),
        start,
        end,
        critical: i % 4 !== 3,
        checklist: null,
        legalBasis: "",
        nationalSupport: "",
        owner: "",
        links: [],
      }),
    );
  }
  return rows;
}
