import type { Lang } from "../../../core/i18n/lang";
import { hostText } from "../i18n/hostText";
import { localeOfLang } from "../i18n/langOfLocale";
import { SheetsWorkbook } from "../host/SheetsWorkbook";
import { describeFailure } from "../ui/describeFailure";
import { failedOutcome } from "../ui/Outcome";
import type { JobDeps, JobTask } from "./Job";
import { regionItems } from "./regionItems";

export interface CreatedRegion {
  code: string;
  label: string;
  /** Empty when the spreadsheet could not be created at all. */
  url: string;
  ok: boolean;
  message: string;
}

/**
 * Creates a spreadsheet for every region the national settings list without a URL, one per step: a new
 * file (`SpreadsheetApp.create`, owned by the user running it) made into the region's workbook from
 * the national workbook's roadmap and settings (the core's `createRegionWorkbook`), in the region's
 * language and Helsinki time, shared with the editors listed for the region. The last step writes all
 * the URLs into the settings. A national workbook that is not set up yet is set up first.
 */
export function createRegionsTask(deps: JobDeps, options: { lang: Lang | null }): JobTask<CreatedRegion> {
  const { actions, national, env } = deps;
  const app = env.spreadsheetApp;
  return {
    async prepare() {
      const lang = options.lang ?? undefined;
      let { regions } = await actions.listedRegions(national, lang);
      if (regions.length === 0) {
        await actions.setupNational(national, lang ? { lang } : {});
        ({ regions } = await actions.listedRegions(national, lang));
      }
      const items = regionItems(regions.filter((r) => !r.url));
      return items.length > 0 ? items : failedOutcome(hostText("allRegionsHaveFiles", deps.uiLang));
    },
    async step(item, job) {
      const lang = job.lang ?? job.uiLang;
      const base = { code: item.key, label: item.label };
      let spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
      try {
        spreadsheet = app.create(hostText("spreadsheetName", lang, { name: item.label }));
      } catch (error) {
        return { ...base, url: "", ok: false, message: describeFailure(error, job.uiLang) };
      }
      try {
        spreadsheet.setSpreadsheetLocale(localeOfLang(lang));
        spreadsheet.setSpreadsheetTimeZone("Europe/Helsinki");
        const blank = spreadsheet.getSheets()[0];
        const result = await actions.createRegionWorkbook(national, new SheetsWorkbook(spreadsheet, app), {
          region: item.key,
          ...(job.lang ? { lang: job.lang } : {}),
        });
        if (result.ok && blank) spreadsheet.deleteSheet(blank);
        if (item.editors.length > 0) spreadsheet.addEditors(item.editors);
        return { ...base, url: spreadsheet.getUrl(), ok: result.ok, message: result.message };
      } catch (error) {
        return { ...base, url: spreadsheet.getUrl(), ok: false, message: describeFailure(error, job.uiLang) };
      }
    },
    async finish(created, job) {
      const urls = new Map(created.filter((c) => c.url).map((c) => [c.code, c.url] as const));
      await actions.writeRegionUrls(national, urls);
      const ok = created.filter((c) => c.ok).length;
      return {
        ok: ok === created.length,
        status: "done",
        message: hostText("regionsCreated", job.uiLang, { ok, total: created.length }),
        issues: [],
        issueCount: 0,
        details: created.map((c) =>
          hostText("regionFailed", job.uiLang, {
            label: c.label,
            reason: c.url ? `${c.message} ${c.url}` : c.message,
          }),
        ),
        sheets: [],
      };
    },
  };
}
