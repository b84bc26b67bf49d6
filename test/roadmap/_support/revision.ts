/**
 * A revision of the built-in roadmap with every kind of change (issue #11): tasks added and retired,
 * renamed, moved to another group, dates moved, critical flags changed both ways.
 */
import { REGIONAL } from "../../../core/programme/builtins";
import type { RoadmapRow } from "../../../core/programme/ProgrammeSchema";

const critical = REGIONAL.roadmap.filter((t) => t.critical);
const plain = REGIONAL.roadmap.filter((t) => !t.critical);

/** The ids each kind of change touches. */
export const CHANGED = {
  added: ["1.1.1.9", "5.9.9.1"],
  retired: [critical[2]!.id, plain[1]!.id],
  renamed: critical[5]!.id,
  moved: critical[8]!.id,
  dates: critical[11]!.id,
  madeCritical: plain[3]!.id,
  madePlain: critical[14]!.id,
} as const;

const ADDED: RoadmapRow[] = [
  {
    ...critical[0]!,
    id: CHANGED.added[0],
    subtask: "Kriittisten osatehtävien tarkennus (syksy 2021)",
    start: "2021-10-01",
    end: "2022-06-30",
    critical: true,
    checklist: null,
  },
  {
    ...plain[0]!,
    id: CHANGED.added[1],
    group: "5",
    subtask: "Tietojärjestelmien siirtymäsuunnitelman päivitys",
    start: "2022-03-01",
    end: "2022-12-31",
    critical: false,
    checklist: null,
  },
];

/** The revised roadmap (version 1.1). */
export const REVISED: RoadmapRow[] = [
  ...REGIONAL.roadmap
    .filter((t) => !(CHANGED.retired as readonly string[]).includes(t.id))
    .map((t): RoadmapRow => {
      if (t.id === CHANGED.renamed) return { ...t, subtask: `${t.subtask} (tarkennettu)` };
      if (t.id === CHANGED.moved) return { ...t, group: t.group === "3" ? "4" : "3" };
      if (t.id === CHANGED.dates) return { ...t, end: "2022-12-31" };
      if (t.id === CHANGED.madeCritical) return { ...t, critical: true };
      if (t.id === CHANGED.madePlain) return { ...t, critical: false };
      return t;
    }),
  ...ADDED,
];

export const REVISED_VERSION = "1.1";
