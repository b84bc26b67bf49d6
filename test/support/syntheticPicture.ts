import type { HistoryRow } from "../../core/consolidation/history";
import { countsOfMeasures, measuresOfCounts } from "../../core/consolidation/history";
import type { NationalPicture } from "../../core/consolidation/buildNationalPicture";
import { buildNationalPicture } from "../../core/consolidation/buildNationalPicture";
import type { RegionReading } from "../../core/consolidation/RegionReading";
import type { Lang } from "../../core/i18n/lang";
import { REGIONAL } from "../../core/programme/builtins";
import type { Programme } from "../../core/programme/ProgrammeSchema";
import type { Measures } from "../../core/readiness/Measures";

/** Counts that vary by region and measure, with a region now and then that has no figure at all. */
function measuresOf(i: number, month: number): Measures {
  const of = 40 + (i % 7);
  const pick = (k: number) => Math.min(of, Math.floor((of * ((i * 37 + k * 11 + month * 5) % 100)) / 100));
  return measuresOfCounts([
    [pick(1), of],
    [pick(2), of],
    [pick(3), of + 20],
    [pick(4), i % 9 === 4 ? 0 : of + 20],
  ]);
}

/** The regional programme with `units` reporting units: "01", "02", … (the 22 real ones first). */
export function programmeOf(units: number): Programme {
  const real = REGIONAL.units;
  return {
    ...REGIONAL,
    units: Array.from({ length: units }, (_, i) => {
      const code = String(i + 1).padStart(2, "0");
      return real[i] ?? { code, name: { fi: `Alue ${code}`, sv: `Område ${code}`, en: `Region ${code}` } };
    }),
  };
}

/**
 * A national picture of `units` regions over three months, without reading any file: every fifth region
 * did not report; late tasks, assessments and risks repeat across regions as they do in real months.
 */
export function syntheticPicture(units: number, lang: Lang = "fi"): NationalPicture {
  const programme = programmeOf(units);
  const tasks = programme.roadmap.filter((t) => t.critical).slice(0, 6);
  const months = ["2022-07", "2022-08"];
  const history: HistoryRow[] = months.flatMap((month, m) =>
    programme.units.map((u, i) => ({
      month,
      code: u.code,
      name: u.name[lang],
      reporting: true,
      counts: countsOfMeasures(measuresOf(i, m)),
    })),
  );
  const readings = programme.units.map((u, i): RegionReading => {
    const reporting = units === 1 || i % 5 !== 3;
    const measures = reporting ? measuresOf(i, 2) : null;
    return {
      label: `${u.code}.xlsx`,
      code: u.code,
      name: u.name[lang],
      reporting,
      templateVersion: "1.0",
      measures,
      groups: measures
        ? Object.fromEntries(programme.groups.map((g, k) => [g.id, measuresOf(i + k, 2)]))
        : {},
      change: reporting
        ? { newStarts: i % 4, newCompletions: i % 3, regressions: i % 5 === 0 ? 1 : 0 }
        : null,
      late: reporting
        ? tasks.slice(0, 1 + (i % 3)).map((t, k) => ({
            taskId: t.id,
            group: t.group,
            subtask: t.subtask,
            end: "2022-06-30",
            status: "in_progress" as const,
            statusText: "",
            comment: k === 0 ? `Viivästyy, koska hankinta on kesken (alue ${u.code}).` : "",
            expected: k === 0 ? "2022-12-31" : null,
            owner: "",
          }))
        : [],
      assessments: reporting
        ? programme.groups.map((g, k) => ({
            groupId: g.id,
            code: (["green", "yellow", "red"] as const)[(i + k) % 3]!,
            text: "",
            note: k === 4 ? "Tietojärjestelmien yhteentoimivuus" : "",
          }))
        : [],
      risks: reporting
        ? [
            {
              group: programme.groups[4]!.name[lang],
              severity: "high" as const,
              severityText: "",
              description: "Tietojärjestelmät eivät ole valmiita 1.1.2023",
              mitigation: "Varajärjestelyt",
            },
            ...(i % 2
              ? [
                  {
                    group: programme.groups[0]!.name[lang],
                    severity: "medium" as const,
                    severityText: "",
                    description: `Henkilöstön siirto (alue ${u.code})`,
                    mitigation: "",
                  },
                ]
              : []),
          ]
        : [],
      issues: [],
    };
  });
  return buildNationalPicture(readings, { programme, month: "2022-09", lang, history });
}
