import type { Lang } from "../../../core/i18n/lang";
import type { ActionResult, Workbook } from "../actions";
import { hostText } from "../i18n/hostText";
import { describeFailure } from "../ui/describeFailure";
import type { Outcome } from "../ui/Outcome";
import { failedOutcome } from "../ui/Outcome";
import type { Job, JobDeps, JobTask } from "./Job";
import { openRegion, regionItems } from "./regionItems";

/** What a job that runs one core action in every region's spreadsheet stores per region. */
export interface RegionStep {
  label: string;
  ok: boolean;
  message: string;
}

export interface EachRegionTaskOptions {
  /** The national workbook's language, if the user chose one. */
  lang: Lang | null;
  /** An outcome saying why the job cannot start (checked before the regions are listed), or null. */
  check?(): Promise<Outcome | null>;
  /** The core action on one region's workbook. */
  act(workbook: Workbook, job: Job): Promise<ActionResult>;
  /** The job's outcome from every region's step, in the order of the national settings. */
  finish(steps: RegionStep[], job: Job): Outcome | Promise<Outcome>;
}

/** The lines naming each region whose step failed, and why. */
export function failedRegions(steps: readonly RegionStep[], lang: Lang): string[] {
  return steps.flatMap((s) =>
    s.ok ? [] : [hostText("regionFailed", lang, { label: s.label, reason: s.message })],
  );
}

/**
 * A resumable job that opens every region spreadsheet listed in the national settings (those with a
 * URL), one per step, and runs a core action on it. A region that cannot be opened, or whose action
 * fails or throws, is a failed step in words: the others go on.
 */
export function eachRegionTask(deps: JobDeps, options: EachRegionTaskOptions): JobTask<RegionStep> {
  const { actions, national } = deps;
  return {
    async prepare() {
      const refused = (await options.check?.()) ?? null;
      if (refused) return refused;
      const { regions } = await actions.listedRegions(national, options.lang ?? undefined);
      const items = regionItems(regions.filter((r) => r.url));
      return items.length > 0 ? items : failedOutcome(hostText("noRegions", deps.uiLang));
    },
    async step(item, job) {
      const source = openRegion(deps.env, item, job.uiLang);
      if ("error" in source.workbook) return { label: item.label, ok: false, message: source.workbook.error };
      try {
        const result = await options.act(source.workbook, job);
        return { label: item.label, ok: result.ok, message: result.message };
      } catch (error) {
        return { label: item.label, ok: false, message: describeFailure(error, job.uiLang) };
      }
    },
    async finish(steps, job) {
      return options.finish(steps, job);
    },
  };
}
