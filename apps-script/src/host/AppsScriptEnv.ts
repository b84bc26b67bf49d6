/**
 * The Apps Script services the projects use, passed around instead of read from globals, so that tests
 * can hand in fakes and the national-only services are touched only by national code.
 */
export interface AppsScriptEnv {
  readonly spreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly scriptApp: GoogleAppsScript.Script.ScriptApp;
  readonly htmlService: GoogleAppsScript.HTML.HtmlService;
  readonly lockService: GoogleAppsScript.Lock.LockService;
  readonly cacheService: GoogleAppsScript.Cache.CacheService;
  readonly propertiesService: GoogleAppsScript.Properties.PropertiesService;
  readonly session: GoogleAppsScript.Base.Session;
  /** Milliseconds since the epoch; Apps Script's clock, or a test's. */
  now(): number;
}

/** The real services, looked up only when used. */
export function globalEnv(): AppsScriptEnv {
  return {
    get spreadsheetApp() {
      return SpreadsheetApp;
    },
    get scriptApp() {
      return ScriptApp;
    },
    get htmlService() {
      return HtmlService;
    },
    get lockService() {
      return LockService;
    },
    get cacheService() {
      return CacheService;
    },
    get propertiesService() {
      return PropertiesService;
    },
    get session() {
      return Session;
    },
    now: () => Date.now(),
  };
}
