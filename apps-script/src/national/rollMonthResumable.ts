import type { Lang } from "../../../core/i18n/lang";
import { hostText } from "../i18n/hostText";
import type { JobDeps, JobTask } from "./Job";
import type { RegionStep } from "./eachRegionTask";
import { eachRegionTask } from "./eachRegionTask";

export type RollMonthStep = RegionStep;

/**
 * Creates the month sheet in every region's spreadsheet listed in the national settings, one region per
 * step (the core's `createMonthSheet`, which never changes an existing month sheet).
 */
export function rollMonthTask(
  deps: JobDeps,
  options: { month: string; lang: Lang | null },
): JobTask<RollMonthStep> {
  return eachRegionTask(deps, {
    lang: options.lang,
    act: (workbook, job) =>
      deps.actions.createMonthSheet(workbook, { month: job.month, ...(job.lang ? { lang: job.lang } : {}) }),
    finish(steps, job) {
      const ok = steps.filter((s) => s.ok).length;
      return {
        ok: ok === steps.length,
        status: "done",
        message: hostText("monthRolled", job.uiLang, { month: job.month, ok, total: steps.length }),
        issues: [],
        issueCount: 0,
        details: steps.map((s) =>
          hostText("regionFailed", job.uiLang, { label: s.label, reason: s.message }),
        ),
        sheets: [],
      };
    },
  });
}
