import type { AppsScriptEnv } from "../host/AppsScriptEnv";

/** A region spreadsheet made but not yet finished: its URL and, for a blank file, its leftover first sheet. */
export interface PartialRegion {
  url: string;
  /** The blank file's own first sheet ("Sheet1", "Taulukko1", …), deleted once the region's sheets exist. */
  leftoverSheet?: string;
}

const key = (code: string) => `tilannekuva.region.partial.${code}`;

/**
 * Region spreadsheets made by an earlier run whose other steps (setting it up, sharing it) did not all
 * succeed, kept in the national spreadsheet's document properties. The settings list a region's URL
 * only once every step succeeded, so a re-run takes the region up again and finishes this file instead
 * of making another.
 */
export const partialRegions = {
  get(env: AppsScriptEnv, code: string): PartialRegion | null {
    const value = env.propertiesService.getDocumentProperties().getProperty(key(code));
    if (!value) return null;
    try {
      return JSON.parse(value) as PartialRegion;
    } catch {
      return null;
    }
  },
  put(env: AppsScriptEnv, code: string, partial: PartialRegion): void {
    env.propertiesService.getDocumentProperties().setProperty(key(code), JSON.stringify(partial));
  },
  clear(env: AppsScriptEnv, code: string): void {
    env.propertiesService.getDocumentProperties().deleteProperty(key(code));
  },
};
