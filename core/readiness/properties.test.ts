import fc from "fast-check";
import type { CellValue } from "../_lib/cells";
import { isoDay } from "../_lib/day";
import type { Group, RoadmapRow, StatusCode } from "../programme/ProgrammeSchema";
import { STATUS_CODES } from "../programme/ProgrammeSchema";
import { parseStatusTable } from "../status/parseStatusTable";
import { statusOf } from "../status/statusOf";
import { STATUSES, task } from "./_test/fixtures";
import { computeMeasures } from "./computeMeasures";
import { computeUnitReadiness } from "./computeUnitReadiness";
import type { Measures } from "./Measures";
import { MeasuresSchema } from "./Measures";
import { poolMeasures } from "./poolMeasures";
import type { Share } from "./Share";

const GROUP_IDS = ["1", "2", "3", "4", "5"];
const GROUPS: Group[] = GROUP_IDS.map((id) => ({ id, name: { fi: id, sv: id, en: id } }));

const dayArb = fc
  .record({
    year: fc.integer({ min: 2021, max: 2023 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ year, month, day }) => isoDay(year, month, day));
const statusArb = fc.constantFrom(...STATUS_CODES);

const roadmapArb: fc.Arbitrary<RoadmapRow[]> = fc
  .uniqueArray(fc.stringMatching(/^[1-5]\.[1-9]\.[1-9]$/), { maxLength: 30 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc
          .record({
            start: fc.option(dayArb, { freq: 5 }),
            end: fc.option(dayArb, { freq: 5 }),
            critical: fc.boolean(),
            group: fc.option(fc.constantFrom(...GROUP_IDS), { freq: 8 }),
          })
          .map(({ start, end, critical, group }) => task(id, start, end, { critical, group })),
      ),
    ),
  );

/** A roadmap with a status for each task, and the reporting and target dates. */
const caseArb = roadmapArb.chain((roadmap) =>
  fc.record({
    roadmap: fc.constant(roadmap),
    statuses: fc.tuple(...roadmap.map(() => statusArb)),
    asOf: dayArb,
    target: dayArb,
  }),
);

function lookupOf(
  roadmap: readonly RoadmapRow[],
  statuses: readonly StatusCode[],
): (id: string) => StatusCode {
  const byId = new Map(roadmap.map((t, i) => [t.id, statuses[i] ?? "not_started"]));
  return (id) => byId.get(id) ?? "not_started";
}

function shares(measures: Measures): Share[] {
  return [
    measures.schedule.started,
    measures.schedule.done,
    measures.readiness.started,
    measures.readiness.done,
  ];
}

describe("readiness properties", () => {
  it("keeps every share in [0, 1] with count ≤ of, and null exactly when of is 0", () => {
    fc.assert(
      fc.property(caseArb, ({ roadmap, statuses, asOf, target }) => {
        const unit = computeUnitReadiness(roadmap, lookupOf(roadmap, statuses), {
          asOf,
          target,
          groups: GROUPS,
        });
        for (const measures of [unit.measures, ...Object.values(unit.groups)]) {
          expect(MeasuresSchema.safeParse(measures).success).toBe(true);
          for (const s of shares(measures)) {
            expect(s.count).toBeLessThanOrEqual(s.of);
            expect(s.share === null).toBe(s.of === 0);
            if (s.share !== null) {
              expect(s.share).toBeGreaterThanOrEqual(0);
              expect(s.share).toBeLessThanOrEqual(1);
            }
          }
        }
      }),
    );
  });

  it("pools the groups into the unit's figures when every task has a listed group", () => {
    fc.assert(
      fc.property(caseArb, ({ roadmap, statuses, asOf, target }) => {
        const grouped = roadmap.map((t) => ({ ...t, group: t.group ?? "1" }));
        const status = lookupOf(grouped, statuses);
        const unit = computeUnitReadiness(grouped, status, { asOf, target, groups: GROUPS });
        expect(poolMeasures(Object.values(unit.groups))).toEqual(unit.measures);
        expect(unit.measures).toEqual(computeMeasures(grouped, status, { asOf, target }));
      }),
    );
  });

  it("pools one unit into itself and any units into the sums of their counts", () => {
    const measuresArb = caseArb.map(({ roadmap, statuses, asOf, target }) =>
      computeMeasures(roadmap, lookupOf(roadmap, statuses), { asOf, target }),
    );
    fc.assert(
      fc.property(fc.array(measuresArb, { maxLength: 6 }), (list) => {
        if (list[0]) expect(poolMeasures([list[0]])).toEqual(list[0]);
        const pooled = shares(poolMeasures(list));
        pooled.forEach((s, i) => {
          expect(s.count).toBe(list.reduce((sum, m) => sum + shares(m)[i]!.count, 0));
          expect(s.of).toBe(list.reduce((sum, m) => sum + shares(m)[i]!.of, 0));
        });
      }),
    );
  });
});

describe("status grid properties", () => {
  const spellingArb = fc.record({
    form: fc.constantFrom("fi", "sv", "en", "code"),
    caseChange: fc.constantFrom("as is", "upper", "lower"),
    before: fc.constantFrom("", " ", "\u00a0", "\t", " \u00a0 "),
    after: fc.constantFrom("", " ", "\u00a0", "\t", "\t "),
  });
  type Spelling = typeof spellingArb extends fc.Arbitrary<infer T> ? T : never;

  function spell(code: StatusCode, spelling: Spelling): string {
    const text = spelling.form === "code" ? code : STATUSES[code][spelling.form];
    const cased =
      spelling.caseChange === "upper"
        ? text.toUpperCase()
        : spelling.caseChange === "lower"
          ? text.toLowerCase()
          : text;
    return spelling.before + cased + spelling.after;
  }

  /** A month sheet body: some roadmap tasks with a status, unknown ids, odd statuses, blank rows. */
  const gridCaseArb = caseArb.chain(({ roadmap, statuses, asOf, target }) =>
    fc.record({
      roadmap: fc.constant(roadmap),
      asOf: fc.constant(asOf),
      target: fc.constant(target),
      tasks: fc.tuple(
        ...roadmap.map((t, i) =>
          fc.record({
            present: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
            cell: fc.oneof(
              { weight: 8, arbitrary: spellingArb.map((s): CellValue => spell(statuses[i]!, s)) },
              { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, "", " ", "valmis?", "50 %", 3) },
            ),
            id: fc.constantFrom<CellValue>(t.id, ` ${t.id} `, `\u00a0${t.id}`),
          }),
        ),
      ),
      extras: fc.array(
        fc.oneof(
          fc.constant<CellValue[]>([]),
          fc.constant<CellValue[]>([null, "Valmis"]),
          fc.stringMatching(/^9\.[1-9]\.[1-9]$/).map((id): CellValue[] => [id, "Valmis"]),
        ),
        { maxLength: 5 },
      ),
    }),
  );

  it("reads the same statuses, issues and figures whatever the order of the rows", () => {
    fc.assert(
      fc.property(gridCaseArb, fc.func(fc.integer()), ({ roadmap, asOf, target, tasks, extras }, order) => {
        const header: CellValue[] = ["Tunnus", "Tila", "Kommentti"];
        const body: CellValue[][] = [
          ...tasks.flatMap((t): CellValue[][] => (t.present ? [[t.id, t.cell, ""]] : [])),
          ...extras,
        ];
        // A deterministic shuffle driven by fast-check: sort by a generated key, ties kept stable.
        const shuffled = body
          .map((row, i) => ({ row, key: order(i) }))
          .sort((a, b) => a.key - b.key)
          .map(({ row }) => row);
        const options = { sheet: "2022-09", roadmap, statuses: STATUSES };
        const a = parseStatusTable([["Yhteenveto"], [], header, ...body], options);
        const b = parseStatusTable([header, ...shuffled], options);

        const statusMap = (r: typeof a): Record<string, StatusCode> =>
          Object.fromEntries([...r.value.entries].map(([id, e]) => [id, e.status]));
        const issueKeys = (r: typeof a): string[] =>
          r.issues
            .map((issue) => `${issue.code} ${issue.severity} ${issue.taskId ?? ""} ${issue.value ?? ""}`)
            .sort();
        expect(statusMap(b)).toEqual(statusMap(a));
        expect(issueKeys(b)).toEqual(issueKeys(a));
        expect(b.ok).toBe(a.ok);
        const figures = (r: typeof a) =>
          computeUnitReadiness(roadmap, statusOf(r.value), { asOf, target, groups: GROUPS });
        expect(figures(b)).toEqual(figures(a));
      }),
    );
  });
});
