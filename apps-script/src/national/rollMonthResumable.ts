import type { Lang } from "../../../core/i18n/lang";
import { hostText } from "../i18n/hostText";
import { describeFailure } from "../ui/describeFailure";
import { failedOutcome } from "../ui/Outcome";
import type { JobDeps, JobTask } from "./Job";
import { openRegion, regionItems } from "./regionItems";

export interface RollMonthStep {
  label: string;
  ok: boolean;
  message: string;
}

/**
 * Creates the month sheet in every region's spreadsheet listed in the national settings, one region per
 * step (the core's `createMonthSheet`, which never changes an existing month sheet).
 */
export function rollMonthTask(
  deps: JobDeps,
  options: { month: string; lang: Lang | null },
): JobTask<RollMonthStep> {
  const { actions, national } = deps;
  return {
    async prepare() {
      const { regions } = await actions.listedRegions(national, options.lang ?? undefined);
      const items = regionItems(regions.filter((r) => r.url));
      return items.length > 0 ? items : failedOutcome(hostText("noRegions", deps.uiLang));
    },
    async step(item, job) {
      const source = openRegion(deps.env, item, job.uiLang);
      if ("error" in source.workbook) return { label: item.label, ok: false, message: source.workbook.error };
      try {
        const result = await actions.createMonthSheet(source.workbook, {
          month: job.month,
          ...(job.lang ? { lang: job.lang } : {}),
        });
        return { label: item.label, ok: result.ok, message: result.message };
      } catch (error) {
        return { label: item.label, ok: false, message: describeFailure(error, job.uiLang) };
      }
    },
    async finish(steps, job) {
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
  };
}
