/**
 * A stand-in for Excel's JavaScript API (`Excel.run`, request contexts, proxies) and the bits of `Office`
 * an add-in touches. Jest tests use it directly; the e2e test bundles test/fakeOfficeBrowser.ts, which
 * installs it as `globalThis.Excel` / `globalThis.Office` in the page in place of Office.js.
 *
 * It models what makes real add-ins fail: queued proxies that cannot be read before load + sync, every
 * `context.sync()` counted as a round trip, request size with Excel on the web's 5 MB limit, and text that
 * Excel turns into formulas, numbers or dates when written through `values` or `formulas`.
 */
import type { FakeStats } from "./fakeExcel/clientObject";
import { FakeRequestContext, versionAtLeast } from "./fakeExcel/clientObject";
import type { FakeLocale } from "./fakeExcel/localeEntry";
import { displayText, enterLocal } from "./fakeExcel/localeEntry";
import type { FakeCell, FakeScalar, FakeSheet } from "./fakeExcel/model";
import { FakeError, FakeWorkbookModel, contains, parseAddress } from "./fakeExcel/model";
import { FakeWorkbook } from "./fakeExcel/worksheet";

export type { FakeStats } from "./fakeExcel/clientObject";
export { PAYLOAD_LIMIT_BYTES } from "./fakeExcel/clientObject";
export type { FakeCell, FakeSheet } from "./fakeExcel/model";
export type { FakeLocale } from "./fakeExcel/localeEntry";
export { FakeWorkbookModel } from "./fakeExcel/model";

export interface FakeExcelOptions {
  /** Sheets the workbook starts with; default one sheet, "Taul1". */
  readonly sheets?: readonly string[];
  /** Highest ExcelApi requirement set; default "1.12". */
  readonly apiVersion?: string;
  /** `Office.context.displayLanguage`; default "fi-FI". */
  readonly displayLanguage?: string;
  /**
   * The language of what people type into cells (booleans, function names, separators); default
   * "en-US". Office.js's own `values` and `formulas` are en-US whatever this is.
   */
  readonly locale?: FakeLocale;
}

export type FakeContext = FakeRequestContext & { readonly workbook: FakeWorkbook };

export interface InspectedCell {
  /** The formula, with its leading `=`, when Excel holds a formula in the cell. */
  readonly formula?: string;
  /** The stored value; null for an empty cell or an (uncalculated) formula. */
  readonly value: FakeScalar | null;
  readonly numberFormat?: string;
  readonly quotePrefix?: boolean;
}

export interface FakeExcel {
  readonly model: FakeWorkbookModel;
  readonly stats: FakeStats;
  readonly Excel: {
    run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T>;
    run<T>(options: { delayForCellEdit?: boolean }, batch: (context: FakeContext) => Promise<T>): Promise<T>;
    readonly RequestContext: new () => FakeContext;
    /** ExcelApi 1.8: opens a new workbook from base64 .xlsx; the fake records it in `createdWorkbooks`. */
    createWorkbook(base64?: string): Promise<void>;
  };
  /** The base64 files handed to `Excel.createWorkbook`, in order. */
  readonly createdWorkbooks: string[];
  readonly Office: FakeOffice;
  /** Functions registered with `Office.actions.associate`, by id. */
  readonly commands: Record<string, (event: { completed(): void }) => unknown>;
  /** Dialogs opened with `Office.context.ui.displayDialogAsync`, by URL. */
  readonly dialogs: string[];
  newContext(): FakeContext;
  resetStats(): void;
  sheetNames(): string[];
  sheet(name: string): FakeSheet | null;
  inspect(sheet: string, a1: string): InspectedCell;
  /** Puts values straight into the document, as a user typing them would (no sync is counted). */
  type(sheet: string, a1: string, rows: readonly (readonly unknown[])[]): void;
  /**
   * Picks `item` from the cell's drop-down, as a user would: an inline list's entry is entered as typed
   * text; a list over cells shows their values in the locale's words, which are entered back.
   */
  pick(sheet: string, a1: string, item: string): void;
  /** Someone starts typing in a cell: batches fail (or wait, with delayForCellEdit) until `leaveCell`. */
  editCell(): void;
  leaveCell(): void;
  /** Stores values as they are (text stays text), as a saved workbook holds them; creates the sheet. */
  put(sheet: string, a1: string, rows: readonly (readonly (string | number | boolean | null)[])[]): void;
}

export interface FakeOffice {
  onReady(
    callback?: (info: { host: string; platform: string }) => void,
  ): Promise<{ host: string; platform: string }>;
  readonly context: {
    displayLanguage: string;
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly ui: {
      displayDialogAsync(url: string, options?: unknown, callback?: (result: unknown) => void): void;
      messageParent(message: string): void;
    };
  };
  readonly HostType: { readonly Excel: "Excel" };
  readonly PlatformType: { readonly OfficeOnline: "OfficeOnline" };
  readonly AsyncResultStatus: { readonly Succeeded: "succeeded"; readonly Failed: "failed" };
  readonly EventType: { readonly DialogMessageReceived: string; readonly DialogEventReceived: string };
  readonly actions: { associate(id: string, fn: (event: { completed(): void }) => unknown): void };
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const model = new FakeWorkbookModel(options.sheets ?? ["Taul1"]);
  const stats: FakeStats = {
    syncCount: 0,
    requestBytes: [],
    largestRequestBytes: 0,
    largestResponseBytes: 0,
  };
  const apiVersion = options.apiVersion ?? "1.12";
  const host: {
    model: FakeWorkbookModel;
    stats: FakeStats;
    apiVersion: string;
    cellEdit: Promise<void> | null;
  } = { model, stats, apiVersion, cellEdit: null };
  let leave: (() => void) | null = null;
  const commands: FakeExcel["commands"] = {};
  const createdWorkbooks: string[] = [];
  const dialogs: string[] = [];

  const newContext = (): FakeContext => {
    const context = new FakeRequestContext(host) as FakeRequestContext & { workbook: FakeWorkbook };
    context.workbook = new FakeWorkbook(context);
    return context;
  };

  class RequestContext {
    constructor() {
      return newContext();
    }
  }

  const Excel: FakeExcel["Excel"] = {
    async run<T>(
      first: { delayForCellEdit?: boolean } | ((context: FakeContext) => Promise<T>),
      second?: (context: FakeContext) => Promise<T>,
    ): Promise<T> {
      const batch = typeof first === "function" ? first : second!;
      const context = newContext();
      if (typeof first !== "function" && first.delayForCellEdit) {
        // RunOptions.delayForCellEdit is ExcelApi 1.11; an older Excel ignores it.
        context.delayForCellEdit = versionAtLeast(apiVersion, "1.11");
      }
      const result = await batch(context);
      // Excel.run sends whatever the batch left queued.
      if (context.pendingActions > 0) await context.sync();
      return result;
    },
    RequestContext: RequestContext as unknown as new () => FakeContext,
    async createWorkbook(base64) {
      if (!versionAtLeast(apiVersion, "1.8")) {
        throw new FakeError("ApiNotFound", "Excel.createWorkbook needs ExcelApi 1.8.");
      }
      // Excel refuses what is not base64 of a workbook; a zip starts "PK", base64 "UEs".
      if (base64 !== undefined && !/^UEs[A-Za-z0-9+/=]*$/.test(base64)) {
        throw new FakeError("InvalidArgument", "The file is not a base64-encoded workbook.");
      }
      createdWorkbooks.push(base64 ?? "");
    },
  };

  const info = { host: "Excel", platform: "OfficeOnline" };
  const Office: FakeOffice = {
    onReady(callback) {
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
    context: {
      displayLanguage: options.displayLanguage ?? "fi-FI",
      requirements: {
        isSetSupported: (name, minVersion = "1.1") =>
          name === "ExcelApi" && versionAtLeast(apiVersion, minVersion),
      },
      ui: {
        displayDialogAsync(url, _options, callback) {
          dialogs.push(url);
          callback?.({ status: "succeeded", value: { close() {}, addEventHandler() {} } });
        },
        messageParent() {},
      },
    },
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    actions: {
      associate(id, fn) {
        commands[id] = fn;
      },
    },
  };

  const locale = options.locale ?? "en-US";
  /** The values of the cells a list source such as ='_lists'!$A$1:$A$2 points at. */
  const listCells = (source: string): FakeScalar[] => {
    const { sheet: name, bounds } = parseAddress(source.slice(1));
    const sheet = name === undefined ? null : model.find(name);
    if (!sheet) throw new Error(`fake Excel: the list ${source} points at no sheet`);
    const values: FakeScalar[] = [];
    sheet.forEachCell(bounds, (cell) => values.push(cell.value));
    return values;
  };

  const requireSheet = (name: string): FakeSheet => {
    const sheet = model.find(name);
    if (!sheet) throw new Error(`fake Excel: no sheet ${name}`);
    return sheet;
  };

  return {
    model,
    stats,
    Excel,
    Office,
    commands,
    dialogs,
    createdWorkbooks,
    newContext,
    resetStats() {
      stats.syncCount = 0;
      stats.requestBytes = [];
      stats.largestRequestBytes = 0;
      stats.largestResponseBytes = 0;
    },
    editCell() {
      host.cellEdit ??= new Promise<void>((resolve) => (leave = resolve));
    },
    leaveCell() {
      host.cellEdit = null;
      leave?.();
      leave = null;
    },
    sheetNames: () => model.sheets.map((s) => s.name),
    sheet: (name) => model.find(name),
    inspect(sheetName, a1) {
      const { bounds } = parseAddress(a1);
      const cell: FakeCell | undefined = requireSheet(sheetName).cell(bounds.row, bounds.column);
      if (!cell) return { value: null };
      return {
        ...(cell.formula !== undefined ? { formula: cell.formula } : {}),
        value: cell.formula !== undefined || cell.value === "" ? null : cell.value,
        ...(cell.numberFormat !== undefined ? { numberFormat: cell.numberFormat } : {}),
        ...(cell.quotePrefix ? { quotePrefix: true } : {}),
      };
    },
    type(sheetName, a1, rows) {
      const sheet = model.find(sheetName) ?? model.add(sheetName);
      const { bounds } = parseAddress(a1);
      rows.forEach((row, r) =>
        row.forEach((value, c) => enterLocal(sheet.touch(bounds.row + r, bounds.column + c), value, locale)),
      );
    },
    pick(sheetName, a1, item) {
      const sheet = requireSheet(sheetName);
      const { bounds } = parseAddress(a1);
      const validation = sheet.validations.find((v) => contains(v.bounds, bounds.row, bounds.column));
      const source = (validation?.rule as { list?: { source?: string } } | undefined)?.list?.source;
      if (typeof source !== "string") throw new Error(`fake Excel: ${sheetName}!${a1} has no drop-down`);
      const shown = source.startsWith("=")
        ? listCells(source).map((value) => displayText(value, locale))
        : source.split(",");
      if (!shown.includes(item))
        throw new Error(`fake Excel: ${item} is not in the list ${shown.join(", ")}`);
      enterLocal(sheet.touch(bounds.row, bounds.column), item, locale);
    },
    put(sheetName, a1, rows) {
      const sheet = model.find(sheetName) ?? model.add(sheetName);
      const { bounds } = parseAddress(a1);
      rows.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value === null || value === "") return;
          const cell = sheet.touch(bounds.row + r, bounds.column + c);
          cell.value = value;
          delete cell.formula;
        }),
      );
    },
  };
}

/** Makes the fake the page's (or test's) `Excel` and `Office`. */
export function installFakeOffice(target: object, fake: FakeExcel): void {
  Object.assign(target, { Excel: fake.Excel, Office: fake.Office });
}
