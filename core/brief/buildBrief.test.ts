import type { Summary, SummaryRegion } from "../consolidation/SummarySchema";
import { SummarySchema } from "../consolidation/SummarySchema";
import type { DiscussionEntry } from "../discussion/DiscussionSchema";
import { REGIONAL } from "../programme/builtins";
import type { Measures } from "../readiness/Measures";
import { measures } from "../report/_test/fixtures";
import { buildBrief } from "./buildBrief";
import { renderBrief } from "./renderBrief";

const ALL: Measures = measures([
  [8, 10],
  [6, 10],
  [8, 10],
  [4, 10],
]);
const groups = (done: number): Record<string, Measures> =>
  Object.fromEntries(
    REGIONAL.groups.map((g) => [
      g.id,
      measures([
        [10, 10],
        [done, 10],
        [10, 10],
        [done, 10],
      ]),
    ]),
  );
const [first, second, third] = REGIONAL.roadmap.filter((t) => t.critical);

function region(code: string, more: Partial<SummaryRegion> = {}): SummaryRegion {
  return { code, name: `Alue ${code}`, reporting: true, measures: ALL, groups: groups(9), ...more };
}

function summary(month: string, regions: SummaryRegion[], discussions: DiscussionEntry[] = []): Summary {
  return SummarySchema.parse({
    programme: "regional",
    month,
    asOf: month === "2022-09" ? "2022-09-30" : "2022-08-31",
    target: "2023-01-01",
    publishBy: "2022-10-31",
    reporting: { count: regions.length, of: 22 },
    national: ALL,
    groups: groups(9),
    regions,
    issues: [],
    discussions,
  });
}

const RISK = { group: "5", severity: "high" as const, severityText: "Korkea", mitigation: "" };
const action = (text: string, done: boolean): DiscussionEntry => ({
  region: "05",
  month: "2022-08",
  kind: "action",
  date: null,
  text,
  who: "STM",
  due: "2022-09-15",
  done,
  source: null,
  link: "",
  carriedFrom: null,
});

const previous = summary("2022-08", [
  region("05", {
    measures: measures([
      [7, 10],
      [5, 10],
      [7, 10],
      [3, 10],
    ]),
    risks: [
      { ...RISK, description: "ICT-siirto viivästyy" },
      { ...RISK, description: "Henkilöstön saatavuus" },
    ],
  }),
]);
const current = summary(
  "2022-09",
  [
    region("05", {
      change: { newStarts: [first!.id], newCompletions: [], regressions: [second!.id] },
      groups: { ...groups(9), "3": groups(2)["3"]! },
      assessments: REGIONAL.groups.map((g) => ({
        groupId: g.id,
        code: "green" as const,
        text: "Vihreä",
        note: "",
      })),
      risks: [
        { ...RISK, description: "ICT-siirto  viivästyy" },
        { ...RISK, description: "<b>Uusi</b> riski" },
      ],
      late: [
        {
          taskId: third!.id,
          group: third!.group,
          subtask: third!.subtask,
          end: "2022-06-30",
          status: "in_progress",
          comment: "=1+1",
          expected: null,
          owner: "Maija",
        },
      ],
    }),
    region("06", { reporting: false, measures: null, groups: {} }),
    region("07"),
  ],
  [action("Toimita ICT-suunnitelma", false), action("Päivitä riskit", true)],
);

describe("buildBrief", () => {
  const brief = buildBrief(current, { programme: REGIONAL, lang: "fi", previous });
  const page = brief.regions.find((r) => r.code === "05")!;

  it("puts the region's figures beside the national ones and last month's", () => {
    expect(page.figures[0]).toEqual({
      region: ALL.schedule.started,
      national: ALL.schedule.started,
      previous: { count: 7, of: 10, share: 0.7 },
    });
    expect(brief.previousMonth).toBe("2022-08");
  });

  it("names what moved, regressions included", () => {
    expect(page.moved?.newStarts).toEqual([{ id: first!.id, name: first!.subtask || first!.task }]);
    expect(page.moved?.regressions.map((t) => t.id)).toEqual([second!.id]);
  });

  it("flags a group assessed green while behind the schedule and well below the national median", () => {
    const ict = page.assessments.find((a) => a.groupId === "3")!;
    expect(ict.flags).toEqual(["green_but_behind", "green_below_median"]);
    expect(page.assessments.filter((a) => a.flags.length)).toHaveLength(1);
  });

  it("splits risks into new, continuing and no longer reported, whatever the spacing", () => {
    expect(page.risks.fresh.map((r) => r.description)).toEqual(["<b>Uusi</b> riski"]);
    expect(page.risks.continuing.map((r) => r.description)).toEqual(["ICT-siirto  viivästyy"]);
    expect(page.risks.dropped.map((r) => r.description)).toEqual(["Henkilöstön saatavuus"]);
  });

  it("lists only the open actions, carried into the month", () => {
    expect(page.openActions.map((a) => [a.text, a.carriedFrom])).toEqual([
      ["Toimita ICT-suunnitelma", "2022-08"],
    ]);
  });

  it("asks about the regression, the contradiction, the late task without a date, the overdue action and the dropped risk", () => {
    expect(page.questions.map((q) => q.key)).toEqual([
      "regression",
      "contradiction",
      "lateNoDate",
      "overdueAction",
      "droppedRisk",
    ]);
    expect(brief.regions.find((r) => r.code === "06")!.questions.map((q) => q.key)).toEqual(["notReported"]);
  });

  it("asks about an action recorded again each month, still open, once", () => {
    const again = (month: string) => ({ ...action("Toimita ICT-suunnitelma", false), month });
    const repeated = summary("2022-09", [region("05")], [again("2022-07"), again("2022-08")]);
    const [alone] = buildBrief(repeated, { programme: REGIONAL, lang: "fi", region: "05" }).regions;
    expect(alone!.openActions).toHaveLength(2);
    expect(alone!.questions.filter((q) => q.key === "overdueAction")).toHaveLength(1);
  });

  it("says it cannot tell risks apart without last month's picture", () => {
    const alone = buildBrief(current, { programme: REGIONAL, lang: "fi", region: "05" });
    expect(alone.regions).toHaveLength(1);
    expect(alone.regions[0]!.risks).toMatchObject({ compared: false, dropped: [] });
  });
});

describe("renderBrief", () => {
  it.each(["fi", "sv", "en"] as const)("renders a page per region in %s, region text escaped", (lang) => {
    const html = renderBrief(buildBrief(current, { programme: REGIONAL, lang, previous }), REGIONAL, lang);
    expect(html.match(/<section class="page"/g)).toHaveLength(3);
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain("&lt;b&gt;Uusi&lt;/b&gt; riski");
    expect(html).not.toContain("<b>Uusi</b>");
    const words = {
      fi: "Kysymyksiä keskusteluun",
      sv: "Frågor till diskussionen",
      en: "Questions for the discussion",
    };
    expect(html).toContain(words[lang]);
  });

  it.each([
    ["fi", "Tehtävä", "Määräpäivä", "Päättyi"],
    ["sv", "Uppgift", "Förfallodag", "Slutade"],
    ["en", "Task", "Due date", "Ended"],
  ] as const)(
    "heads the late tasks' date as the due date in %s, not as when they ended",
    (lang, task, due, ended) => {
      const html = renderBrief(buildBrief(current, { programme: REGIONAL, lang, previous }), REGIONAL, lang);
      const lateHead = new RegExp(`<th>${task}</th><th>([^<]*)</th>`).exec(html)?.[1];
      expect(lateHead).toBe(due);
      expect(html).not.toContain(`<th>${ended}</th>`);
    },
  );
});
