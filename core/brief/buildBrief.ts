import { MEASURE_KEYS } from "../consolidation/history";
import type { Summary, SummaryRegion } from "../consolidation/SummarySchema";
import { openActions } from "../discussion/carryOver";
import type { Lang } from "../i18n/lang";
import { unitRoadmap } from "../programme/builtins";
import type { Programme } from "../programme/ProgrammeSchema";
import { monthChange } from "../readiness/monthChange";
import { briefQuestions } from "./_lib/briefQuestions";
import { checkAssessment, median } from "./_lib/checkAssessment";
import { compareRisks } from "./_lib/compareRisks";
import type { Brief, BriefTask, RegionBrief } from "./RegionBrief";

export interface BuildBriefOptions {
  /** The national workbook's programme: its roadmap names the tasks. */
  programme: Programme;
  lang: Lang;
  /** Last month's summary, when the national workbook has it: risks that dropped, figures then. */
  previous?: Summary | null;
  /** Only this region's page; all regions when absent. */
  region?: string;
}

/** What moved: the region's own last-month column first, else last month's picture. */
function moved(region: SummaryRegion, before: SummaryRegion | undefined, programme: Programme) {
  const roadmap = unitRoadmap(programme, region.code);
  const names = new Map(roadmap.map((t) => [t.id, t.subtask || t.task || t.id]));
  const named = (ids: readonly string[]): BriefTask[] => ids.map((id) => ({ id, name: names.get(id) ?? id }));
  let change = region.change ?? null;
  if (!change && region.tasks && before?.tasks) {
    const then = new Map(before.tasks.map((t) => [t.id, t.status]));
    const now = new Map(region.tasks.map((t) => [t.id, t.status]));
    change = monthChange(
      roadmap,
      (id) => then.get(id),
      (id) => now.get(id) ?? "not_started",
    );
  }
  if (!change) return { moved: null, names };
  return {
    moved: {
      newStarts: named(change.newStarts),
      newCompletions: named(change.newCompletions),
      regressions: named(change.regressions),
    },
    names,
  };
}

/**
 * The discussion brief of a month (issue #10 §1) from its summary, last month's and the discussion
 * record the summary carries: per region its figures beside the nation's and last month's, what moved,
 * late critical tasks, self-assessments against measured progress, risks new/continuing/dropped, its
 * issues, open actions and questions to ask.
 * @example renderBrief(buildBrief(summary, { programme, lang: "fi", previous }))
 */
export function buildBrief(summary: Summary, options: BuildBriefOptions): Brief {
  const { programme, lang } = options;
  const previous = options.previous ?? null;
  const groupName = (id: string) =>
    summary.groupNames?.[id] ?? programme.groups.find((g) => g.id === id)?.name[lang] ?? id;
  const reporting = summary.regions.filter((r) => r.reporting);
  const medians = new Map(
    programme.groups.map((g) => [g.id, median(reporting.map((r) => r.groups[g.id]?.schedule.done.share))]),
  );
  const regions = summary.regions
    .filter((r) => !options.region || r.code === options.region)
    .map((region): RegionBrief => {
      const before = previous?.regions.find((r) => r.code === region.code);
      const { moved: movedTasks, names } = moved(region, before, programme);
      const assessed = new Map((region.assessments ?? []).map((a) => [a.groupId, a]));
      const page: Omit<RegionBrief, "questions"> = {
        code: region.code,
        name: region.name,
        reporting: region.reporting,
        figures: MEASURE_KEYS.map(([view, kind]) => ({
          region: region.measures?.[view][kind] ?? null,
          national: summary.national[view][kind],
          previous: before?.measures?.[view][kind] ?? null,
        })),
        moved: movedTasks,
        late: [...(region.late ?? [])]
          .sort((a, b) => a.end.localeCompare(b.end))
          .map((t) => ({ ...t, name: names.get(t.taskId) ?? t.subtask })),
        assessments: region.reporting
          ? programme.groups.map((g) => {
              const a = assessed.get(g.id);
              const measured = region.groups[g.id]?.schedule.done ?? null;
              const code = a?.code ?? null;
              return {
                groupId: g.id,
                groupName: groupName(g.id),
                code,
                text: a?.text ?? "",
                note: a?.note ?? "",
                measured,
                median: medians.get(g.id) ?? null,
                flags:
                  code === null && a?.text ? [] : checkAssessment(code, measured, medians.get(g.id) ?? null),
              };
            })
          : [],
        risks: compareRisks(region.risks ?? [], before ? (before.risks ?? []) : null),
        issues: summary.issues.filter((i) => i.region === region.code),
        openActions: openActions(summary.discussions ?? [], region.code, summary.month),
        notes: (summary.discussions ?? []).filter(
          (e) => e.region === region.code && e.month === summary.month && e.kind !== "action",
        ),
      };
      return { ...page, questions: briefQuestions(page, summary.month) };
    });
  return {
    month: summary.month,
    asOf: summary.asOf,
    publishBy: summary.publishBy ?? null,
    previousMonth: previous?.month ?? null,
    regions,
  };
}
