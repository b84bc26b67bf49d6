// A national picture built from hand-made region readings; shared by the report tests, not part of the core API.
import type { NationalPicture } from "../../consolidation/buildNationalPicture";
import { buildNationalPicture } from "../../consolidation/buildNationalPicture";
import type { HistoryRow } from "../../consolidation/history";
import type { RegionReading } from "../../consolidation/RegionReading";
import type { Lang } from "../../i18n/lang";
import { REGIONAL } from "../../programme/builtins";
import type { RoadmapRow, StatusCode } from "../../programme/ProgrammeSchema";
import type { Measures } from "../../readiness/Measures";
import { computeUnitReadiness } from "../../readiness/computeUnitReadiness";

export const SCRIPT_COMMENT = "<script>alert(1)</script>";
export const FORMULA_RISK = '=HYPERLINK("http://x","y")';
export const HOSTILE_MESSAGE = 'Tuntematon tila "<img src=x onerror=alert(1)>" solussa 2022-09!J14.';

function task(id: string, group: string, start: string, end: string): RoadmapRow {
  return {
    id,
    group,
    area: "",
    task: "",
    subtask: `Tehtävä ${id}`,
    phase: "",
    start,
    end,
    critical: true,
    checklist: null,
    legalBasis: "",
    nationalSupport: "",
    owner: "",
    links: [],
  };
}

// The worked example of PRODUCT.md §3 (R = 30.9.2022): schedule 2/3 started, 1/2 done; readiness 3/4, 1/4.
const ROADMAP = [
  task("A", "1", "2021-09-01", "2021-12-31"),
  task("B", "1", "2022-03-01", "2022-10-31"),
  task("C", "2", "2022-06-01", "2022-09-30"),
  task("D", "2", "2022-10-01", "2022-12-31"),
  task("E", "3", "2023-01-01", "2023-01-31"),
  task("F", "1", "2022-01-01", "2022-06-30"),
];
const STATUSES: Record<string, StatusCode> = {
  A: "done",
  B: "in_progress",
  C: "not_started",
  D: "in_progress",
  E: "not_started",
  F: "not_applicable",
};

function share(count: number, of: number) {
  return { count, of, share: of === 0 ? null : count / of };
}

export function measures(counts: [number, number][]): Measures {
  const [a = [0, 0], b = [0, 0], c = [0, 0], d = [0, 0]] = counts;
  return {
    schedule: { started: share(...a), done: share(...b) },
    readiness: { started: share(...c), done: share(...d) },
  };
}

function reading(code: string, more: Partial<RegionReading>): RegionReading {
  const unit = REGIONAL.units.find((u) => u.code === code)!;
  return {
    label: `${code}.xlsx`,
    code,
    name: unit.name.fi,
    reporting: true,
    templateVersion: "1.0",
    measures: null,
    groups: {},
    change: null,
    late: [],
    assessments: [],
    risks: [],
    issues: [],
    ...more,
  };
}

/** Region 01 computed from the worked example, region 02 hand-built with a null share, 03 without the month sheet. */
export function readings(): RegionReading[] {
  const computed = computeUnitReadiness(ROADMAP, (id) => STATUSES[id] ?? "not_started", {
    asOf: "2022-09-30",
    target: REGIONAL.target,
    groups: REGIONAL.groups,
  });
  return [
    reading("01", {
      ...computed,
      change: { newStarts: 1, newCompletions: 0, regressions: 0 },
      late: [
        {
          taskId: "C",
          group: "2",
          subtask: "Tehtävä C",
          end: "2022-09-30",
          status: "not_started",
          statusText: "Ei aloitettu",
          comment: `${SCRIPT_COMMENT}\nToinen rivi`,
          expected: "2022-11-30",
          owner: "Maija Meikäläinen",
        },
      ],
      assessments: [{ groupId: "1", code: "green", text: "Vihreä", note: 'Etenee & "hyvin"' }],
      risks: [
        { group: "2", severity: "high", severityText: "Korkea", description: FORMULA_RISK, mitigation: "+1" },
      ],
      issues: [
        {
          code: "unknown_status",
          severity: "error",
          region: "01",
          sheet: "2022-09",
          cell: "J14",
          taskId: "C",
          message: HOSTILE_MESSAGE,
        },
      ],
    }),
    reading("02", {
      measures: measures([
        [3, 3],
        [0, 0],
        [1, 4],
        [0, 4],
      ]),
      groups: {
        "1": measures([
          [3, 3],
          [0, 0],
          [1, 4],
          [0, 4],
        ]),
      },
    }),
    reading("03", {
      reporting: false,
      issues: [
        {
          code: "month_missing",
          severity: "error",
          region: "03",
          sheet: "2022-09",
          message: "Välilehteä 2022-09 ei löydy.",
        },
      ],
    }),
  ];
}

/** Two earlier months: July with region 01 only, August with 01 and 02. */
export const HISTORY: HistoryRow[] = [
  {
    month: "2022-07",
    code: "01",
    name: "",
    reporting: true,
    counts: [
      [1, 3],
      [0, 2],
      [1, 4],
      [0, 4],
    ],
  },
  {
    month: "2022-08",
    code: "01",
    name: "",
    reporting: true,
    counts: [
      [1, 3],
      [0, 2],
      [2, 4],
      [0, 4],
    ],
  },
  {
    month: "2022-08",
    code: "02",
    name: "",
    reporting: true,
    counts: [
      [2, 3],
      [0, 0],
      [1, 4],
      [0, 4],
    ],
  },
];

export function picture(lang: Lang = "fi", history: readonly HistoryRow[] = HISTORY): NationalPicture {
  return buildNationalPicture(readings(), { programme: REGIONAL, month: "2022-09", lang, history });
}
