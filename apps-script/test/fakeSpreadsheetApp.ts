/**
 * A fake of the Apps Script services the Tilannekuva projects use, counting every service call.
 *
 * Each method call on a service object (SpreadsheetApp, a Spreadsheet, a Sheet, a Range, a builder, a
 * Protection, the Ui, …) is one call in `log`, and takes `latencyMs` of simulated time on `clock`.
 * It models what bites a real host: strings given to `setValue(s)` are parsed like typed input (see
 * `fake/cellInput.ts`), `getValues` hands over "" for empty cells and Date objects for date cells,
 * ranges outside a sheet's 1,000 × 26 grid throw, protections block other users, the Ui is not
 * available in triggers, an execution dies after six minutes of simulated time, and `Spreadsheet.copy`
 * carries the source's bound script (`addSpreadsheet(…, { boundScript })`, read back with `boundScript`).
 */
import { parseRange } from "../../core/_lib/cells";
import type { FakeRange } from "./fake/FakeRange";
import { FakeConditionalFormatRuleBuilder, FakeDataValidationBuilder } from "./fake/builders";
import type { CallLog, ExecutionKind, FakeClock } from "./fake/counting";
import { FakeObject, FakeRuntime, KILLED, counted, raw } from "./fake/counting";
import type { ToastRecord } from "./fake/FakeSpreadsheet";
import { FakeSpreadsheet } from "./fake/FakeSpreadsheet";
import { SHEETS_LOCALES } from "./fake/sheetsLocales";
import type { UiRecords } from "./fake/services";
import {
  FakeCacheService,
  FakeHtmlService,
  FakeLockService,
  FakeLogger,
  FakePropertiesService,
  FakeScriptApp,
  FakeSession,
  FakeUi,
  FakeUtilities,
} from "./fake/services";

export { raw } from "./fake/counting";
export type { CallLog } from "./fake/counting";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

class FakeSpreadsheetApp extends FakeObject {
  readonly ProtectionType = { RANGE: "RANGE", SHEET: "SHEET" };
  readonly DataValidationCriteria = { VALUE_IN_LIST: "VALUE_IN_LIST", CHECKBOX: "CHECKBOX" };
  _active: FakeSpreadsheet | null = null;
  readonly _files = new Map<string, FakeSpreadsheet>();
  /** URLs that fail to open, with the error Apps Script gives. */
  readonly _openFailures = new Map<string, string>();

  constructor(
    runtime: FakeRuntime,
    private readonly ui: FakeUi,
    private readonly toasts: ToastRecord[],
  ) {
    super(runtime, "SpreadsheetApp");
  }

  _add(name: string, locale: string): FakeSpreadsheet {
    const ss = new FakeSpreadsheet(this._runtime, name, locale, this.toasts);
    ss._register = (file) => this._files.set(file._url, file);
    ss._register(ss);
    return ss;
  }
  private _open(key: string): FakeSpreadsheet {
    const failure = this._openFailures.get(key);
    if (failure) throw new Error(failure);
    const ss = this._files.get(key) ?? [...this._files.values()].find((s) => s._id === key);
    if (!ss)
      throw new Error(
        "Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.",
      );
    return ss;
  }

  getActive(): FakeSpreadsheet | null {
    return this._active;
  }
  getActiveSpreadsheet(): FakeSpreadsheet | null {
    return this._active;
  }
  openByUrl(url: string): FakeSpreadsheet {
    return this._open(url);
  }
  openById(id: string): FakeSpreadsheet {
    return this._open(id);
  }
  create(name: string): FakeSpreadsheet {
    return this._add(name, "fi_FI");
  }
  getUi(): FakeUi {
    if (this._runtime.execution?.kind === "trigger")
      throw new Error("Cannot call SpreadsheetApp.getUi() from this context.");
    return this.ui;
  }
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this._runtime);
  }
  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this._runtime);
  }
  flush(): void {}
}

export interface FakeAppsScriptOptions {
  /** Epoch milliseconds where the clock starts; default 2022-10-03 09:00 Helsinki. */
  start?: number;
  /** Milliseconds each call takes, by "Type.method" or "Type.*". */
  latencyMs?: Record<string, number>;
  defaultLatencyMs?: number;
  /** HTML files HtmlService can open, by name without ".html". */
  htmlFiles?: Record<string, string>;
}

/** How one cell is stored, looked at without paying for it. */
export interface StoredCell {
  formula?: string;
  value: unknown;
  numberFormat?: string;
}

/** The fake Apps Script world: services, files, the clock, the call log and what the Ui showed. */
export class FakeAppsScript {
  readonly runtime: FakeRuntime;
  readonly ui: UiRecords = { menus: [], sidebars: [], dialogs: [], alerts: [] };
  readonly toasts: ToastRecord[] = [];
  private readonly app: FakeSpreadsheetApp;
  private readonly scriptApp: FakeScriptApp;
  private readonly services: {
    html: FakeHtmlService;
    properties: FakePropertiesService;
    cache: FakeCacheService;
    lock: FakeLockService;
    session: FakeSession;
    utilities: FakeUtilities;
    logger: FakeLogger;
  };
  readonly htmlFiles: Record<string, string>;

  constructor(options: FakeAppsScriptOptions = {}) {
    this.runtime = new FakeRuntime(options.start ?? Date.UTC(2022, 9, 3, 6, 0, 0));
    this.runtime.latencyMs = { ...(options.latencyMs ?? {}) };
    this.runtime.defaultLatencyMs = options.defaultLatencyMs ?? 0;
    this.htmlFiles = { ...(options.htmlFiles ?? {}) };
    this.app = new FakeSpreadsheetApp(this.runtime, new FakeUi(this.runtime, this.ui), this.toasts);
    this.scriptApp = new FakeScriptApp(this.runtime);
    this.services = {
      html: new FakeHtmlService(this.runtime, this.htmlFiles),
      properties: new FakePropertiesService(this.runtime),
      cache: new FakeCacheService(this.runtime),
      lock: new FakeLockService(this.runtime),
      session: new FakeSession(this.runtime),
      utilities: new FakeUtilities(this.runtime),
      logger: new FakeLogger(this.runtime),
    };
  }

  get log(): CallLog {
    return this.runtime.log;
  }
  get clock(): FakeClock {
    return this.runtime.clock;
  }

  /** The Apps Script globals, as a script sees them (every call counted). */
  get globals() {
    return {
      SpreadsheetApp: counted(this.app) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      ScriptApp: counted(this.scriptApp) as unknown as GoogleAppsScript.Script.ScriptApp,
      HtmlService: counted(this.services.html) as unknown as GoogleAppsScript.HTML.HtmlService,
      PropertiesService: counted(
        this.services.properties,
      ) as unknown as GoogleAppsScript.Properties.PropertiesService,
      CacheService: counted(this.services.cache) as unknown as GoogleAppsScript.Cache.CacheService,
      LockService: counted(this.services.lock) as unknown as GoogleAppsScript.Lock.LockService,
      Session: counted(this.services.session) as unknown as GoogleAppsScript.Base.Session,
      Utilities: counted(this.services.utilities) as unknown as GoogleAppsScript.Utilities.Utilities,
      Logger: counted(this.services.logger) as unknown as GoogleAppsScript.Base.Logger,
      Date: this.runtime.DateCtor,
    };
  }

  /**
   * A new spreadsheet file holding one blank "Sheet1" (free: it is test setup). `boundScript` names the
   * Apps Script project bound to it, which `Spreadsheet.copy` carries into copies.
   */
  addSpreadsheet(
    name: string,
    options: { locale?: string; active?: boolean; boundScript?: string } = {},
  ): Spreadsheet {
    const locale = options.locale ?? "fi_FI";
    if (!SHEETS_LOCALES.has(locale)) throw new Error(`Sheets lists no locale ${locale}`);
    const ss = this.app._add(name, locale);
    if (options.boundScript) ss._boundScript = options.boundScript;
    if (options.active) this.app._active = ss;
    return counted(ss) as unknown as Spreadsheet;
  }
  setActive(spreadsheet: Spreadsheet | null): void {
    this.app._active = spreadsheet ? (raw(spreadsheet) as unknown as FakeSpreadsheet) : null;
  }
  /**
   * Shares `spreadsheet` with a Google Group: the group is an editor, and its `members` edit through
   * it without being editors by name (free: test setup).
   */
  shareWithGroup(spreadsheet: Spreadsheet, group: string, members: string[]): void {
    const file = raw(spreadsheet) as unknown as FakeSpreadsheet;
    file._groups.set(group, [...members]);
    if (!file._editors.includes(group)) file._editors.push(group);
  }
  /** Makes opening `url` fail with Apps Script's `message`. */
  failToOpen(url: string, message = "You do not have permission to access the requested document."): void {
    this.app._openFailures.set(url, message);
  }
  /** Every spreadsheet file, in creation order. */
  spreadsheets(): Spreadsheet[] {
    return [...this.app._files.values()].map((ss) => counted(ss) as unknown as Spreadsheet);
  }
  /** The Apps Script project bound to a file (null for none), looked at without paying. */
  boundScript(spreadsheet: Spreadsheet): string | null {
    return (raw(spreadsheet) as unknown as FakeSpreadsheet)._boundScript;
  }
  /** The locale `Session.getActiveUserLocale()` reports. */
  setUserLocale(locale: string): void {
    this.services.session.userLocale = locale;
  }
  /** Makes the next call of "Type.method" fail with Apps Script's `message`. */
  failNext(call: string, message: string): void {
    this.runtime.failNext.set(call, message);
  }
  /** Pretends another execution holds the document lock. */
  holdDocumentLockElsewhere(held = true): void {
    this.services.lock._document._heldElsewhere = held;
    this.services.lock._script._heldElsewhere = held;
  }
  /** The cache a container-bound script's `getDocumentCache` / `getUserCache` returns. */
  get caches() {
    return this.services.cache;
  }
  /** Every user's triggers (a script sees only its user's: `getProjectTriggers`). */
  get triggers() {
    return this.scriptApp._triggers.map((t) => ({
      id: t._id,
      owner: t._owner,
      handler: t._handler,
      dueAt: t._dueAt,
      fired: t._fired,
    }));
  }

  /** How a cell is stored: its formula (if any), its raw value (dates as serials) and number format. */
  inspect(spreadsheet: Spreadsheet, sheet: string, a1: string): StoredCell {
    const target = (raw(spreadsheet) as unknown as FakeSpreadsheet)._sheet(sheet);
    if (!target) throw new Error(`No sheet ${sheet}`);
    const { row, column } = parseRange(a1);
    const cell = target._cellAt(row, column);
    const format = target._formatAt(row, column)?.numberFormat ?? cell?.impliedFormat;
    const stored: StoredCell = { value: cell ? cell.value : null };
    if (cell?.formula) stored.formula = cell.formula;
    if (format) stored.numberFormat = format;
    return stored;
  }
  /** The fake sheet behind a name, to look at formats, validations, rules, protections and charts. */
  sheet(spreadsheet: Spreadsheet, name: string) {
    const target = (raw(spreadsheet) as unknown as FakeSpreadsheet)._sheet(name);
    if (!target) throw new Error(`No sheet ${name}`);
    return target;
  }
  /** The range a fake rule or chart refers to, as A1 notation. */
  a1(range: FakeRange): string {
    return raw(range).getA1Notation();
  }

  /**
   * Runs `work` as one Apps Script execution (menu click, google.script.run call or trigger): the six
   * minute limit counts from now, and triggers cannot use the Ui. Called while another execution is
   * under way, it runs beside that one: each keeps its own time limit and locks.
   */
  async execute<T>(kind: ExecutionKind, work: () => T | Promise<T>): Promise<T> {
    const execution: NonNullable<FakeRuntime["execution"]> = { kind, startedAt: this.clock.now() };
    // An execution started inside another one runs beside it (a sidebar click while a job runs).
    const outer = this.runtime.execution;
    this.runtime.execution = execution;
    let result: T | undefined;
    let failure: unknown = null;
    try {
      result = await work();
    } catch (error) {
      failure = error ?? new Error("undefined thrown");
    } finally {
      this.runtime.execution = outer;
      // Apps Script releases the locks an execution still holds when it ends, however it ends.
      this.services.lock._releaseAll(execution);
    }
    // An execution cut off ends with Apps Script's error, whatever its own catch blocks made of it.
    if (execution.killed) {
      this.kills += 1;
      throw new Error(KILLED);
    }
    if (failure !== null) throw failure;
    return result as T;
  }
  /** Executions Apps Script cut off at its time limit. */
  kills = 0;

  /**
   * Fires the earliest trigger whose time has come (moving the clock there first), as a new execution
   * that calls `call(handlerName)`. Returns the handler's name, or null when no trigger is waiting.
   */
  async fireNextTrigger(call: (handler: string) => unknown): Promise<string | null> {
    const next = this.scriptApp._triggers.filter((t) => !t._fired).sort((a, b) => a._dueAt - b._dueAt)[0];
    if (!next) return null;
    next._fired = true;
    if (next._dueAt > this.clock.now()) this.clock.advance(next._dueAt - this.clock.now());
    // A trigger runs as the user who created it; its failure goes to the execution log, not to anyone.
    const user = this.runtime.currentUser;
    this.runtime.currentUser = next._owner;
    try {
      await this.execute("trigger", () => call(next._handler));
    } catch (error) {
      if (!(error instanceof Error) || error.message !== KILLED) throw error;
    } finally {
      this.runtime.currentUser = user;
    }
    return next._handler;
  }
}

export function createFakeAppsScript(options: FakeAppsScriptOptions = {}): FakeAppsScript {
  return new FakeAppsScript(options);
}
