import type { Lang } from "../../../core/i18n/lang";
import type { RegionReading, Workbook } from "../actions";
import { hostText } from "../i18n/hostText";
import type { Outcome } from "../ui/Outcome";
import { failedOutcome, outcomeOf } from "../ui/Outcome";
import type { JobDeps, JobTask } from "./Job";
import { openRegion, regionItems } from "./regionItems";

/** What is stored per region: the core's reading (plain JSON) and why its file could not be opened. */
export interface ConsolidationStep {
  reading: RegionReading;
  failure?: string;
}

/** A workbook that remembers the names of the sheets written through it. */
function recording(workbook: Workbook): Workbook & { written: string[] } {
  const written: string[] = [];
  return {
    written,
    sheetNames: () => workbook.sheetNames(),
    readSheets: (names) => workbook.readSheets(names),
    writeSheets: async (specs) => {
      await workbook.writeSheets(specs);
      written.push(...specs.map((s) => s.name));
    },
  };
}

/**
 * Consolidation as a resumable job, built on the core's `readRegion` (one region → one JSON reading)
 * and `writeNationalPicture` (all readings → the national sheets). Each step opens one region's
 * spreadsheet by the URL in the national settings and reads it; the readings wait in the job store
 * until the last step writes the picture. The national workbook's programme and history are read once
 * per execution. Regions without a URL are not opened: the core counts them as not reporting.
 */
export function consolidateTask(
  deps: JobDeps,
  options: { month: string; lang: Lang | null },
): JobTask<ConsolidationStep> {
  const { actions, national } = deps;
  let context: Awaited<ReturnType<typeof actions.loadNationalContext>> | undefined;
  const nationalContext = async () =>
    (context ??= await actions.loadNationalContext(national, options.lang ? { lang: options.lang } : {}));
  return {
    async prepare() {
      const { regions } = await actions.listedRegions(national, options.lang ?? undefined);
      const items = regionItems(regions.filter((r) => r.url));
      return items.length > 0 ? items : failedOutcome(hostText("noRegions", deps.uiLang));
    },
    async step(item, job) {
      const { programme, lang } = await nationalContext();
      const source = openRegion(deps.env, item, job.uiLang);
      const reading = await actions.readRegion(source, { month: job.month, programme, lang });
      return source.failure ? { reading, failure: source.failure } : { reading };
    },
    async finish(steps, job): Promise<Outcome> {
      const readings = steps.map((s) => s.reading);
      const target = recording(national);
      const picture = await actions.writeNationalPicture(target, readings, await nationalContext(), {
        month: job.month,
      });
      const details = steps.flatMap((s) =>
        s.failure
          ? [hostText("regionFailed", job.uiLang, { label: s.reading.label, reason: s.failure })]
          : [],
      );
      return outcomeOf(
        {
          ok: true,
          message: actions.consolidatedMessage(picture),
          sheets: target.written,
          issues: readings.flatMap((r) => r.issues),
        },
        details,
      );
    },
  };
}
