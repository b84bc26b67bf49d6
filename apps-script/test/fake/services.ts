import type { FakeRuntime } from "./counting";
import { FakeObject } from "./counting";
import { FakeUser } from "./builders";

// ---------------------------------------------------------------- Ui, menus, dialogs

export interface MenuRecord {
  title: string;
  items: ({ caption: string; functionName: string } | { separator: true })[];
}

export interface UiRecords {
  menus: MenuRecord[];
  sidebars: { title: string; html: string }[];
  /** Modal dialogs shown, with the size the script asked for. */
  dialogs: { title: string; html: string; width: number; height: number }[];
  alerts: { title: string; prompt: string }[];
}

export class FakeMenu extends FakeObject {
  private readonly record: MenuRecord;
  constructor(
    runtime: FakeRuntime,
    title: string,
    private readonly records: UiRecords,
  ) {
    super(runtime, "Menu");
    this.record = { title, items: [] };
  }
  addItem(caption: string, functionName: string): this {
    this.record.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.record.items.push({ separator: true });
    return this;
  }
  addToUi(): void {
    this.records.menus.push(this.record);
  }
}

export class FakeUi extends FakeObject {
  readonly ButtonSet = { OK: "OK", OK_CANCEL: "OK_CANCEL", YES_NO: "YES_NO", YES_NO_CANCEL: "YES_NO_CANCEL" };
  readonly Button = { OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO", CLOSE: "CLOSE" };

  constructor(
    runtime: FakeRuntime,
    private readonly records: UiRecords,
  ) {
    super(runtime, "Ui");
  }
  createMenu(title: string): FakeMenu {
    return new FakeMenu(this._runtime, title, this.records);
  }
  createAddonMenu(): FakeMenu {
    return new FakeMenu(this._runtime, "Add-on", this.records);
  }
  showSidebar(output: FakeHtmlOutput): void {
    this.records.sidebars.push({ title: output._title, html: output._content });
  }
  showModalDialog(output: FakeHtmlOutput, title: string): void {
    this.records.dialogs.push({ title, html: output._content, width: output._width, height: output._height });
  }
  alert(titleOrPrompt: string, prompt?: string, _buttons?: string): string {
    this.records.alerts.push(
      prompt === undefined ? { title: "", prompt: titleOrPrompt } : { title: titleOrPrompt, prompt },
    );
    return this.Button.OK;
  }
}

// ---------------------------------------------------------------- HtmlService

export class FakeHtmlOutput extends FakeObject {
  _title = "";
  // The size before the script sets one (a stand-in figure: only what the script asks is checked).
  _width = 600;
  _height = 400;
  constructor(
    runtime: FakeRuntime,
    readonly _content: string,
  ) {
    super(runtime, "HtmlOutput");
  }
  setTitle(title: string): this {
    this._title = title;
    return this;
  }
  setWidth(width: number): this {
    this._width = width;
    return this;
  }
  setHeight(height: number): this {
    this._height = height;
    return this;
  }
  getContent(): string {
    return this._content;
  }
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * A template with `<?= expr ?>` (escaped) and `<?!= expr ?>` (raw) printing scriptlets; expressions see
 * the properties the script set on the template. Plain `<? code ?>` scriptlets are not supported.
 */
export class FakeHtmlTemplate extends FakeObject {
  [field: string]: unknown;
  constructor(
    runtime: FakeRuntime,
    private readonly source: string,
  ) {
    super(runtime, "HtmlTemplate");
  }
  evaluate(): FakeHtmlOutput {
    const fields = Object.fromEntries(
      Object.entries(this).filter(([k]) => !k.startsWith("_") && k !== "source"),
    );
    const scope = (expr: string): unknown =>
      Function(...Object.keys(fields), `"use strict"; return (${expr});`)(...Object.values(fields));
    if (/<\?(?![=!])/.test(this.source))
      throw new Error("The fake HtmlTemplate only supports printing scriptlets.");
    const html = this.source
      .replace(/<\?!=([\s\S]*?)\?>/g, (_, expr: string) => String(scope(expr)))
      .replace(/<\?=([\s\S]*?)\?>/g, (_, expr: string) =>
        String(scope(expr)).replace(/[&<>"']/g, (c) => ESCAPES[c]!),
      );
    return new FakeHtmlOutput(this._runtime, html);
  }
}

export class FakeHtmlService extends FakeObject {
  constructor(
    runtime: FakeRuntime,
    private readonly files: Record<string, string>,
  ) {
    super(runtime, "HtmlService");
  }
  private file(name: string): string {
    const source = this.files[name];
    if (source === undefined) throw new Error(`No HTML file named ${name} was found.`);
    return source;
  }
  createTemplateFromFile(name: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this._runtime, this.file(name));
  }
  createHtmlOutputFromFile(name: string): FakeHtmlOutput {
    return new FakeHtmlOutput(this._runtime, this.file(name));
  }
  createHtmlOutput(html = ""): FakeHtmlOutput {
    return new FakeHtmlOutput(this._runtime, html);
  }
}

// ---------------------------------------------------------------- Properties, Cache, Lock

/** 9 KB per property value, as Apps Script allows. */
const PROPERTY_VALUE_LIMIT = 9 * 1024;

export class FakeProperties extends FakeObject {
  readonly _store = new Map<string, string>();
  constructor(runtime: FakeRuntime) {
    super(runtime, "Properties");
  }
  getProperty(key: string): string | null {
    return this._store.get(key) ?? null;
  }
  setProperty(key: string, value: string): this {
    if (String(value).length > PROPERTY_VALUE_LIMIT) throw new Error("Argument too large: value");
    this._store.set(key, String(value));
    return this;
  }
  deleteProperty(key: string): this {
    this._store.delete(key);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this._store);
  }
  getKeys(): string[] {
    return [...this._store.keys()];
  }
}

export class FakePropertiesService extends FakeObject {
  readonly _script: FakeProperties;
  readonly _document: FakeProperties;
  readonly _user: FakeProperties;
  constructor(runtime: FakeRuntime) {
    super(runtime, "PropertiesService");
    this._script = new FakeProperties(runtime);
    this._document = new FakeProperties(runtime);
    this._user = new FakeProperties(runtime);
  }
  getScriptProperties(): FakeProperties {
    return this._script;
  }
  getDocumentProperties(): FakeProperties {
    return this._document;
  }
  getUserProperties(): FakeProperties {
    return this._user;
  }
}

/** 100 KB per cached value, counted in UTF-8 bytes, as Apps Script allows; values expire after their time to live. */
const CACHE_VALUE_LIMIT = 100 * 1024;

export class FakeCache extends FakeObject {
  readonly _store = new Map<string, { value: string; expires: number }>();
  constructor(runtime: FakeRuntime) {
    super(runtime, "Cache");
  }
  get(key: string): string | null {
    const entry = this._store.get(key);
    if (!entry || entry.expires <= this._runtime.clock.now()) return null;
    return entry.value;
  }
  put(key: string, value: string, expirationInSeconds = 600): void {
    if (Buffer.byteLength(String(value), "utf8") > CACHE_VALUE_LIMIT)
      throw new Error("Argument too large: value");
    this._store.set(key, {
      value: String(value),
      expires: this._runtime.clock.now() + Math.min(expirationInSeconds, 21600) * 1000,
    });
  }
  remove(key: string): void {
    this._store.delete(key);
  }
}

export class FakeCacheService extends FakeObject {
  readonly _user: FakeCache;
  readonly _script: FakeCache;
  readonly _document: FakeCache;
  constructor(runtime: FakeRuntime) {
    super(runtime, "CacheService");
    this._user = new FakeCache(runtime);
    this._script = new FakeCache(runtime);
    this._document = new FakeCache(runtime);
  }
  getUserCache(): FakeCache {
    return this._user;
  }
  getScriptCache(): FakeCache {
    return this._script;
  }
  getDocumentCache(): FakeCache {
    return this._document;
  }
}

/** Who holds a lock taken outside any `execute` (a test calling code directly). */
const OUTSIDE = { kind: "ui" as const, startedAt: 0 };

/**
 * A lock shared by every execution: one that another execution holds is refused after waiting the
 * whole timeout (as `tryLock` waits), and an execution's locks go when it ends.
 */
export class FakeLock extends FakeObject {
  /** Set by a test to pretend another execution holds the lock. */
  _heldElsewhere = false;
  _holder: object | null = null;
  constructor(runtime: FakeRuntime) {
    super(runtime, "Lock");
  }
  private _me(): object {
    return this._runtime.execution ?? OUTSIDE;
  }
  tryLock(timeoutInMillis: number): boolean {
    if (this._heldElsewhere || (this._holder !== null && this._holder !== this._me())) {
      this._runtime.clock.advance(timeoutInMillis);
      return false;
    }
    this._holder = this._me();
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis))
      throw new Error("Lock timeout: another process was holding the lock for too long.");
  }
  hasLock(): boolean {
    return this._holder !== null && this._holder === this._me();
  }
  releaseLock(): void {
    if (this._holder === this._me()) this._holder = null;
  }
}

export class FakeLockService extends FakeObject {
  readonly _document: FakeLock;
  readonly _script: FakeLock;
  readonly _user: FakeLock;
  constructor(runtime: FakeRuntime) {
    super(runtime, "LockService");
    this._document = new FakeLock(runtime);
    this._script = new FakeLock(runtime);
    this._user = new FakeLock(runtime);
  }
  getDocumentLock(): FakeLock {
    return this._document;
  }
  getScriptLock(): FakeLock {
    return this._script;
  }
  getUserLock(): FakeLock {
    return this._user;
  }
  /** What Apps Script does when an execution ends: its locks go (free). */
  _releaseAll(execution: object): void {
    for (const lock of [this._document, this._script, this._user])
      if (lock._holder === execution) lock._holder = null;
  }
}

// ---------------------------------------------------------------- ScriptApp and triggers

export class FakeTrigger extends FakeObject {
  /** A one-off clock trigger fires once and then stays listed (disabled) until a script deletes it. */
  _fired = false;
  /** The user who created it: it runs as them, and only they see it in `getProjectTriggers`. */
  readonly _owner: string;
  constructor(
    runtime: FakeRuntime,
    readonly _id: string,
    readonly _handler: string,
    readonly _dueAt: number,
  ) {
    super(runtime, "Trigger");
    this._owner = runtime.currentUser;
  }
  getUniqueId(): string {
    return this._id;
  }
  getHandlerFunction(): string {
    return this._handler;
  }
  getEventType(): string {
    return "CLOCK";
  }
  getTriggerSource(): string {
    return "CLOCK";
  }
}

class FakeClockTriggerBuilder extends FakeObject {
  private dueAt: number | null = null;
  constructor(
    runtime: FakeRuntime,
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {
    super(runtime, "ClockTriggerBuilder");
  }
  after(durationMilliseconds: number): this {
    this.dueAt = this._runtime.clock.now() + durationMilliseconds;
    return this;
  }
  create(): FakeTrigger {
    if (this.dueAt === null) throw new Error("A time-based trigger needs a time.");
    if (this.app._own().length >= 20)
      throw new Error(
        "This script has too many triggers. Triggers must be deleted from the script before more can be added.",
      );
    const trigger = new FakeTrigger(this._runtime, `trigger-${++this.app._nextId}`, this.handler, this.dueAt);
    this.app._triggers.push(trigger);
    return trigger;
  }
}

class FakeTriggerBuilder extends FakeObject {
  constructor(
    runtime: FakeRuntime,
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {
    super(runtime, "TriggerBuilder");
  }
  timeBased(): FakeClockTriggerBuilder {
    return new FakeClockTriggerBuilder(this._runtime, this.app, this.handler);
  }
}

export class FakeScriptApp extends FakeObject {
  readonly AuthMode = { NONE: "NONE", LIMITED: "LIMITED", FULL: "FULL", CUSTOM_FUNCTION: "CUSTOM_FUNCTION" };
  _triggers: FakeTrigger[] = [];
  _nextId = 0;
  constructor(runtime: FakeRuntime) {
    super(runtime, "ScriptApp");
  }
  newTrigger(functionName: string): FakeTriggerBuilder {
    return new FakeTriggerBuilder(this._runtime, this, functionName);
  }
  /** The current user's triggers: each user's installable triggers are their own (free). */
  _own(): FakeTrigger[] {
    return this._triggers.filter((t) => t._owner === this._runtime.currentUser);
  }
  /** Only the current user's triggers, as the reference says; another user's stay hidden. */
  getProjectTriggers(): FakeTrigger[] {
    return this._own();
  }
  deleteTrigger(trigger: FakeTrigger): void {
    if (trigger._owner !== this._runtime.currentUser) throw new Error("Trigger not found.");
    this._triggers = this._triggers.filter((t) => t._id !== trigger._id);
  }
}

// ---------------------------------------------------------------- Session, Utilities, Logger

export class FakeSession extends FakeObject {
  userLocale = "fi";
  constructor(runtime: FakeRuntime) {
    super(runtime, "Session");
  }
  getActiveUserLocale(): string {
    return this.userLocale;
  }
  getScriptTimeZone(): string {
    return "Europe/Helsinki";
  }
  getActiveUser(): FakeUser {
    return new FakeUser(this._runtime, this._runtime.currentUser);
  }
  getEffectiveUser(): FakeUser {
    return new FakeUser(this._runtime, this._runtime.currentUser);
  }
}

export class FakeUtilities extends FakeObject {
  private uuid = 0;
  constructor(runtime: FakeRuntime) {
    super(runtime, "Utilities");
  }
  sleep(milliseconds: number): void {
    this._runtime.clock.advance(milliseconds);
  }
  getUuid(): string {
    return `00000000-0000-4000-8000-${String(++this.uuid).padStart(12, "0")}`;
  }
  /** Supports the tokens yyyy, MM, dd, HH, mm, ss, in the process's zone (the tests pin Europe/Helsinki). */
  formatDate(date: Date, _timeZone: string, format: string): string {
    const pad = (n: number) => String(n).padStart(2, "0");
    return format
      .replace("yyyy", String(date.getFullYear()))
      .replace("MM", pad(date.getMonth() + 1))
      .replace("dd", pad(date.getDate()))
      .replace("HH", pad(date.getHours()))
      .replace("mm", pad(date.getMinutes()))
      .replace("ss", pad(date.getSeconds()));
  }
}

export class FakeLogger extends FakeObject {
  readonly _lines: string[] = [];
  constructor(runtime: FakeRuntime) {
    super(runtime, "Logger");
  }
  log(...parts: unknown[]): this {
    this._lines.push(parts.map(String).join(" "));
    return this;
  }
}
