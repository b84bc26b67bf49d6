import { REVISED, CHANGED } from "../../test/roadmap/_support/revision";
import { REGIONAL } from "../programme/builtins";
import { describeRoadmapDiff } from "./describeRoadmapDiff";
import { diffRoadmaps, isEmptyDiff } from "./diffRoadmaps";

describe("diffRoadmaps", () => {
  it("finds every kind of change by id", () => {
    const diff = diffRoadmaps(REGIONAL.roadmap, REVISED);
    expect(diff.added.map((t) => t.id)).toEqual(CHANGED.added);
    expect(diff.retired.map((t) => t.id).sort()).toEqual([...CHANGED.retired].sort());
    expect(diff.renamed.map((c) => c.id)).toEqual([CHANGED.renamed]);
    expect(diff.moved.map((c) => c.id)).toEqual([CHANGED.moved]);
    expect(diff.dates.map((c) => c.id)).toEqual([CHANGED.dates]);
    expect(diff.critical.map((c) => c.id).sort()).toEqual([CHANGED.madeCritical, CHANGED.madePlain].sort());
  });

  it("finds nothing between a roadmap and itself reordered", () => {
    expect(isEmptyDiff(diffRoadmaps(REGIONAL.roadmap, [...REGIONAL.roadmap].reverse()))).toBe(true);
  });

  it("sees a change of dates only, not of the rest", () => {
    const [first, ...rest] = REGIONAL.roadmap;
    const diff = diffRoadmaps(REGIONAL.roadmap, [{ ...first!, start: "2021-08-01" }, ...rest]);
    expect(diff.dates).toHaveLength(1);
    expect(diff.renamed.length + diff.moved.length + diff.critical.length + diff.added.length).toBe(0);
  });
});

describe("describeRoadmapDiff", () => {
  const diff = diffRoadmaps(REGIONAL.roadmap, REVISED);
  const dates = REGIONAL.roadmap.find((t) => t.id === CHANGED.dates)!;

  it.each([
    [
      "fi",
      "Tiekartan muutokset: 1.0 → 1.1",
      "Uudet tehtävät (2)",
      "Poistuneet tehtävät (2)",
      "ei kriittinen → kriittinen",
    ],
    [
      "sv",
      "Ändringar i färdplanen: 1.0 → 1.1",
      "Nya uppgifter (2)",
      "Slopade uppgifter (2)",
      "inte kritisk → kritisk",
    ],
    ["en", "Roadmap changes: 1.0 → 1.1", "Tasks added (2)", "Tasks retired (2)", "not critical → critical"],
  ] as const)("lists the changes in %s", (lang, title, added, retired, madeCritical) => {
    const text = describeRoadmapDiff(diff, { lang, groups: REGIONAL.groups, from: "1.0", to: "1.1" }).join(
      "\n",
    );
    expect(text.split("\n")[0]).toBe(title);
    expect(text).toContain(added);
    expect(text).toContain(retired);
    expect(text).toContain(`${CHANGED.madeCritical}  `);
    expect(text).toContain(madeCritical);
    expect(text).toMatch(
      new RegExp(`${CHANGED.dates.replace(/\./g, "\\.")} .*→ \\d+\\.\\d+\\.\\d{4}–31\\.12\\.2022`),
    );
    expect(text).toContain(`${CHANGED.renamed}  ”`);
    expect(dates.end).not.toBe("2022-12-31");
  });

  it("names the groups of a moved task in the reader's language", () => {
    const text = describeRoadmapDiff(diff, { lang: "sv", groups: REGIONAL.groups }).join("\n");
    const group = (id: string | null) => REGIONAL.groups.find((g) => g.id === id)!.name.sv;
    const before = REGIONAL.roadmap.find((t) => t.id === CHANGED.moved)!.group;
    const after = REVISED.find((t) => t.id === CHANGED.moved)!.group;
    expect(text).toContain(`: ${group(before)} → ${group(after)}`);
  });

  it("says so when nothing changed", () => {
    expect(describeRoadmapDiff(diffRoadmaps(REVISED, REVISED), { lang: "en", groups: [] })).toEqual([
      "No changes.",
    ]);
  });
});
