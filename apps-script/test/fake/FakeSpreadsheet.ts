import type { FakeRuntime } from "./counting";
import { FakeObject } from "./counting";
import { FakeUser } from "./builders";
import type { FakeRange } from "./FakeRange";
import { FakeSheet } from "./FakeSheet";
import { SHEETS_LOCALES } from "./sheetsLocales";

/** Messages shown with `Spreadsheet.toast`, for tests to read. */
export interface ToastRecord {
  spreadsheet: string;
  message: string;
  title: string;
}

let nextId = 1;

/** One spreadsheet file. */
export class FakeSpreadsheet extends FakeObject {
  readonly _id: string;
  readonly _url: string;
  _sheets: FakeSheet[] = [];
  _active: FakeSheet | null = null;
  _editors: string[] = [];
  readonly _owner: string;
  /** True in a Google Workspace domain (where protections can be opened to the whole domain). */
  _domain = false;
  _timeZone = "Europe/Helsinki";
  /**
   * The Apps Script project bound to this file, if any (a name a test chooses, e.g. "region"). A copy
   * made with `copy` carries it, as Google copies a spreadsheet's bound script with the file.
   */
  _boundScript: string | null = null;
  /** Where a new file is listed so that it opens by URL (SpreadsheetApp's files); set by SpreadsheetApp. */
  _register: (file: FakeSpreadsheet) => void = () => {};

  constructor(
    runtime: FakeRuntime,
    public _name: string,
    public _locale: string,
    readonly _toasts: ToastRecord[],
    firstSheet = "Sheet1",
  ) {
    super(runtime, "Spreadsheet");
    this._id = `fake-${nextId++}`;
    this._url = `https://docs.google.com/spreadsheets/d/${this._id}/edit`;
    this._owner = runtime.currentUser;
    this._active = this._insert(firstSheet, 0);
  }

  /** Google Groups among the editors, by the group's address: their members edit through the group. */
  readonly _groups = new Map<string, string[]>();
  /** True when `user` may edit this file only because a group they belong to may (free). */
  _viaGroupOnly(user: string): boolean {
    if (user === this._owner || this._editors.includes(user)) return false;
    return [...this._groups].some(
      ([group, members]) => this._editors.includes(group) && members.includes(user),
    );
  }

  _assertFreeName(name: string, except?: FakeSheet): void {
    const taken = this._sheets.some((s) => s !== except && s._name.toLowerCase() === name.toLowerCase());
    if (taken) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
  _insert(name: string, index: number): FakeSheet {
    this._assertFreeName(name);
    const sheet = new FakeSheet(this, name);
    this._sheets.splice(Math.max(0, Math.min(index, this._sheets.length)), 0, sheet);
    return sheet;
  }
  _sheet(name: string): FakeSheet | undefined {
    return this._sheets.find((s) => s._name === name);
  }

  getId(): string {
    return this._id;
  }
  getUrl(): string {
    return this._url;
  }
  getName(): string {
    return this._name;
  }
  rename(name: string): void {
    this._name = name;
  }
  getSpreadsheetLocale(): string {
    return this._locale;
  }
  setSpreadsheetLocale(locale: string): void {
    if (!SHEETS_LOCALES.has(locale)) throw new Error(`Invalid argument: locale (${locale})`);
    this._locale = locale;
  }
  getSpreadsheetTimeZone(): string {
    return this._timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string): void {
    this._timeZone = timeZone;
  }

  getSheets(): FakeSheet[] {
    return [...this._sheets];
  }
  getNumSheets(): number {
    return this._sheets.length;
  }
  /** Sheets ignores case in sheet names (it refuses "Tiekartta" beside "TIEKARTTA"), and so does this. */
  getSheetByName(name: string): FakeSheet | null {
    return this._sheets.find((s) => s._name.toLowerCase() === String(name).toLowerCase()) ?? null;
  }
  getActiveSheet(): FakeSheet | null {
    return this._active;
  }
  insertSheet(name?: string, index?: number): FakeSheet {
    const sheetName = name ?? `Sheet${this._sheets.length + 1}`;
    const at = index ?? (this._active ? this._sheets.indexOf(this._active) + 1 : this._sheets.length);
    const sheet = this._insert(sheetName, at);
    this._active = sheet;
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    if (this._sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this._sheets = this._sheets.filter((s) => s !== sheet);
    if (this._active === sheet) this._active = this._sheets[0] ?? null;
  }

  /**
   * A new file named `name`, owned by the current user and shared with nobody, holding a copy of every
   * sheet (see `FakeSheet._copyInto`) with the same locale and time zone, and the bound script. Range
   * protections are not copied, and sheet protections lose their editors (only the copy's owner may
   * edit). One service call, however many sheets.
   */
  copy(name: string): FakeSpreadsheet {
    const copy = new FakeSpreadsheet(this._runtime, name, this._locale, this._toasts);
    copy._timeZone = this._timeZone;
    copy._domain = this._domain;
    copy._boundScript = this._boundScript;
    copy._register = this._register;
    copy._sheets = this._sheets.map((sheet) => sheet._copyInto(copy));
    const sheetIn = new Map(this._sheets.map((sheet, i) => [sheet, copy._sheets[i]!]));
    const rangeIn = (range: FakeRange): FakeRange => {
      const target = sheetIn.get(range._sheet);
      return target ? target._rangeOf(range._rect) : range;
    };
    this._sheets.forEach((sheet, i) => sheet._copyReferencesInto(copy._sheets[i]!, rangeIn));
    copy._active = copy._sheets[0] ?? null;
    this._register(copy);
    return copy;
  }

  toast(message: string, title = "", _timeoutSeconds?: number): void {
    this._toasts.push({ spreadsheet: this._name, message: String(message), title: String(title) });
  }

  getOwner(): FakeUser {
    return new FakeUser(this._runtime, this._owner);
  }
  getEditors(): FakeUser[] {
    return [this._owner, ...this._editors].map((email) => new FakeUser(this._runtime, email));
  }
  addEditor(email: string): this {
    return this.addEditors([email]);
  }
  addEditors(emails: string[]): this {
    for (const email of emails) {
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Error(`Invalid email: ${email}`);
      if (!this._editors.includes(email) && email !== this._owner) this._editors.push(email);
    }
    return this;
  }
}
