import type { Lang } from "../../../core/i18n/lang";
import type { RegionListing, RegionSource } from "../actions";
import type { AppsScriptEnv } from "../host/AppsScriptEnv";
import { SheetsWorkbook } from "../host/SheetsWorkbook";
import { describeFailure } from "../ui/describeFailure";
import type { JobItem } from "./Job";

/** Job items for regions listed in the national settings. */
export function regionItems(regions: readonly RegionListing[]): JobItem[] {
  return regions.map((region) => ({
    key: region.code,
    label: region.name || region.code,
    url: region.url,
    editors: [...region.editors],
  }));
}

/**
 * A region's spreadsheet as the core reads it: its workbook, or why it could not be opened, in words.
 * Opening costs one call (`openByUrl`); a bad URL or a file the user cannot open never throws here.
 */
export function openRegion(
  env: AppsScriptEnv,
  item: JobItem,
  lang: Lang,
): RegionSource & { failure?: string } {
  try {
    return {
      label: item.label,
      workbook: new SheetsWorkbook(env.spreadsheetApp.openByUrl(item.url), env.spreadsheetApp),
    };
  } catch (error) {
    const failure = describeFailure(error, lang);
    return { label: item.label, workbook: { error: failure }, failure };
  }
}
