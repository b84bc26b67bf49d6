// A month where one region has far more of everything than a page holds, for the one-page tests.
import type { Summary } from "../../consolidation/SummarySchema";
import { SummarySchema } from "../../consolidation/SummarySchema";
import { REGIONAL } from "../../programme/builtins";
import { measures } from "../../report/_test/fixtures";

const LONG = "Pitkä kommentti, jossa on paljon sanoja ja vielä enemmän sanoja. ".repeat(20);

export function crowdedSummary(): Summary {
  const critical = REGIONAL.roadmap.filter((t) => t.critical);
  const m = measures([
    [5, 10],
    [3, 10],
    [5, 10],
    [2, 10],
  ]);
  const groups = Object.fromEntries(REGIONAL.groups.map((g) => [g.id, m]));
  const ids = critical.slice(0, 25).map((t) => t.id);
  return SummarySchema.parse({
    programme: "regional",
    month: "2022-09",
    asOf: "2022-09-30",
    target: "2023-01-01",
    publishBy: "2022-10-31",
    reporting: { count: 1, of: 22 },
    national: m,
    groups,
    regions: [
      {
        code: "05",
        name: "Kanta-Hämeen hyvinvointialue",
        reporting: true,
        measures: m,
        groups,
        change: { newStarts: ids, newCompletions: ids, regressions: ids },
        late: critical.slice(0, 30).map((t) => ({
          taskId: t.id,
          group: t.group,
          subtask: LONG,
          end: "2022-06-30",
          status: "in_progress",
          comment: LONG,
          expected: null,
          owner: LONG,
        })),
        assessments: REGIONAL.groups.map((g) => ({ groupId: g.id, code: "green", text: "", note: LONG })),
        risks: Array.from({ length: 15 }, (_, i) => ({
          group: "1",
          severity: "high",
          severityText: "",
          description: `${i} ${LONG}`,
          mitigation: LONG,
        })),
      },
    ],
    issues: Array.from({ length: 12 }, (_, i) => ({
      region: "05",
      severity: "error",
      code: "unknown_status",
      sheet: "2022-09",
      cell: `J${i + 10}`,
      taskId: null,
      message: LONG,
    })),
    discussions: Array.from({ length: 12 }, (_, i) => ({
      region: "05",
      month: "2022-09",
      kind: i % 2 ? "action" : "material",
      date: "2022-09-01",
      text: `${i} ${LONG}`,
      who: LONG,
      due: "2022-09-01",
      done: false,
      source: i % 2 ? null : "media",
      link: "",
      carriedFrom: null,
    })),
  });
}
