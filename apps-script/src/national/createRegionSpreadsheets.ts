import type { Lang } from "../../../core/i18n/lang";
import { hostText } from "../i18n/hostText";
import { localeOfLang } from "../i18n/langOfLocale";
import { SheetsWorkbook } from "../host/SheetsWorkbook";
import { describeFailure } from "../ui/describeFailure";
import { failedOutcome } from "../ui/Outcome";
import type { Job, JobDeps, JobTask } from "./Job";
import type { PartialRegion } from "./partialRegions";
import { partialRegions } from "./partialRegions";
import { regionItems } from "./regionItems";

/** A failure of a region whose file exists: the next run finishes that file. */
function unfinished(reason: string, job: Job): string {
  return `${reason} ${hostText("regionUnfinished", job.uiLang)}`;
}

export interface CreatedRegion {
  code: string;
  label: string;
  /** Empty when the spreadsheet could not be created at all. */
  url: string;
  ok: boolean;
  message: string;
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A region's new file: a copy of the region template, or a blank file (`blank`), or why neither could be made. */
type NewFile = { spreadsheet: Spreadsheet; blank: boolean } | { failure: string };

/**
 * Creates a spreadsheet for every region the national settings list without a URL, one per step: a copy
 * of the region template spreadsheet the settings name (`regionTemplateUrl`; `Spreadsheet.copy` copies
 * its bound region script too, so region users get the Tilannekuva menu), or else a blank file
 * (`SpreadsheetApp.create`, which carries no script); either is owned by the user running the job. It is
 * made into the region's workbook from the national workbook's roadmap and settings (the core's
 * `createRegionWorkbook`, which rewrites the template's sheets by name), in the region's language and
 * Helsinki time, and shared with the editors listed for the region. The last step writes into the
 * settings the URLs of the regions whose every step succeeded; a file whose setting up or sharing failed
 * is remembered (`partialRegions`) and finished by the next run instead of being made again. A national workbook that is not set up yet is set up first. A template that cannot
 * be opened or copied fails each region in words, naming the setting.
 */
export function createRegionsTask(deps: JobDeps, options: { lang: Lang | null }): JobTask<CreatedRegion> {
  const { actions, national, env } = deps;
  const app = env.spreadsheetApp;
  // Read once per execution: the template's URL ("" for none) and, once opened, the template itself.
  let templateUrl: string | undefined;
  let template: Spreadsheet | undefined;

  async function newFile(name: string, job: Job): Promise<NewFile> {
    try {
      templateUrl ??= (await actions.listedRegions(national, job.lang ?? undefined)).regionTemplateUrl ?? "";
    } catch (error) {
      return { failure: describeFailure(error, job.uiLang) };
    }
    if (!templateUrl) {
      try {
        return { spreadsheet: app.create(name), blank: true };
      } catch (error) {
        return { failure: describeFailure(error, job.uiLang) };
      }
    }
    try {
      template ??= app.openByUrl(templateUrl);
      return { spreadsheet: template.copy(name), blank: false };
    } catch (error) {
      const reason = describeFailure(error, job.uiLang);
      return { failure: hostText("regionTemplateFailed", job.uiLang, { reason }) };
    }
  }

  /** The region's file: the one an earlier run left unfinished, or a new one (then remembered as unfinished). */
  async function fileFor(
    code: string,
    name: string,
    job: Job,
  ): Promise<{ spreadsheet: Spreadsheet; partial: PartialRegion } | { failure: string }> {
    const earlier = partialRegions.get(env, code);
    if (earlier) {
      try {
        return { spreadsheet: app.openByUrl(earlier.url), partial: earlier };
      } catch {
        // Deleted or no longer shared with this user since: make a new one.
        partialRegions.clear(env, code);
      }
    }
    const file = await newFile(name, job);
    if ("failure" in file) return file;
    const { spreadsheet } = file;
    // Only a blank file's first sheet is a leftover; a copy's sheets are the template's.
    const leftoverSheet = file.blank ? spreadsheet.getSheets()[0]?.getName() : undefined;
    const partial: PartialRegion = { url: spreadsheet.getUrl(), ...(leftoverSheet ? { leftoverSheet } : {}) };
    partialRegions.put(env, code, partial);
    return { spreadsheet, partial };
  }

  return {
    async prepare() {
      const lang = options.lang ?? undefined;
      let listed = await actions.listedRegions(national, lang);
      if (listed.regions.length === 0) {
        await actions.setupNational(national, lang ? { lang } : {});
        listed = await actions.listedRegions(national, lang);
      }
      templateUrl = listed.regionTemplateUrl ?? "";
      const items = regionItems(listed.regions.filter((r) => !r.url));
      return items.length > 0 ? items : failedOutcome(hostText("allRegionsHaveFiles", deps.uiLang));
    },
    async step(item, job) {
      const lang = job.lang ?? job.uiLang;
      const base = { code: item.key, label: item.label };
      const file = await fileFor(item.key, hostText("spreadsheetName", lang, { name: item.label }), job);
      if ("failure" in file) return { ...base, url: "", ok: false, message: file.failure };
      const { spreadsheet, partial } = file;
      const url = partial.url;
      try {
        spreadsheet.setSpreadsheetLocale(localeOfLang(lang));
        spreadsheet.setSpreadsheetTimeZone("Europe/Helsinki");
        const result = await actions.createRegionWorkbook(
          national,
          new SheetsWorkbook(spreadsheet, app, { me: () => env.session.getEffectiveUser() }),
          { region: item.key, ...(job.lang ? { lang: job.lang } : {}) },
        );
        if (!result.ok) return { ...base, url, ok: false, message: unfinished(result.message, job) };
        if (partial.leftoverSheet) {
          const leftover = spreadsheet.getSheetByName(partial.leftoverSheet);
          if (leftover) spreadsheet.deleteSheet(leftover);
        }
        if (item.editors.length > 0) spreadsheet.addEditors(item.editors);
        partialRegions.clear(env, item.key);
        return { ...base, url, ok: true, message: result.message };
      } catch (error) {
        return { ...base, url, ok: false, message: unfinished(describeFailure(error, job.uiLang), job) };
      }
    },
    async finish(created, job) {
      // A region is listed only once every step succeeded; the others are taken up by the next run.
      const urls = new Map(created.filter((c) => c.ok).map((c) => [c.code, c.url] as const));
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
