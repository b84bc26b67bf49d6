import type { Lang } from "../../../core/i18n/lang";
import { hostText } from "../i18n/hostText";
import { failedOutcome } from "../ui/Outcome";
import type { JobDeps, JobTask } from "./Job";
import type { RegionStep } from "./eachRegionTask";
import { eachRegionTask, failedRegions } from "./eachRegionTask";

/**
 * "Päivitä tiekartta kaikille alueille": applies the national workbook's roadmap (the authority, with
 * its version) to every region spreadsheet listed in the national settings, one region per step, with
 * the core's `updateRoadmap`: each region's roadmap sheet is replaced, its current month sheet gains the
 * new tasks and keeps every entry, its settings show the new version. A region already on that version
 * is left as it is, so running the job again finishes only the regions that failed. The roadmap is read
 * from the national workbook once per execution.
 */
export function pushRoadmapTask(deps: JobDeps, options: { lang: Lang | null }): JobTask<RegionStep> {
  let revision: ReturnType<typeof deps.actions.nationalRoadmap> | undefined;
  const national = () => (revision ??= deps.actions.nationalRoadmap(deps.national));
  return eachRegionTask(deps, {
    lang: options.lang,
    async check() {
      return (await national()) ? null : failedOutcome(hostText("roadmapNotSetUp", deps.uiLang));
    },
    async act(workbook, job) {
      const pushed = await national();
      if (!pushed)
        return { ok: false, message: hostText("roadmapNotSetUp", job.uiLang), sheets: [], issues: [] };
      return deps.actions.updateRoadmap(workbook, { ...pushed, ...(job.lang ? { lang: job.lang } : {}) });
    },
    async finish(steps, job) {
      const version = (await national())?.version ?? "";
      const ok = steps.filter((s) => s.ok).length;
      const details = failedRegions(steps, job.uiLang);
      return {
        ok: ok === steps.length,
        status: "done",
        message: hostText("roadmapPushed", job.uiLang, { version, ok, total: steps.length }),
        issues: [],
        issueCount: 0,
        details,
        sheets: [],
      };
    },
  });
}
