import type { FakeRuntime } from "./counting";
import { FakeObject } from "./counting";
import type { FakeRange } from "./FakeRange";
import { contains, intersects } from "./FakeRange";
import type { FakeSheet, Rect } from "./FakeSheet";

/** A user as Apps Script hands it over (`Session.getActiveUser()`, `Protection.getEditors()`). */
export class FakeUser extends FakeObject {
  constructor(
    runtime: FakeRuntime,
    readonly _email: string,
  ) {
    super(runtime, "User");
  }
  getEmail(): string {
    return this._email;
  }
  override toString(): string {
    return this._email;
  }
}

export class FakeDataValidation extends FakeObject {
  constructor(
    runtime: FakeRuntime,
    readonly _criteria: "VALUE_IN_LIST" | "CHECKBOX",
    readonly _values: readonly unknown[],
    readonly _allowInvalid: boolean,
    readonly _helpText: string | null,
    readonly _showDropdown: boolean,
  ) {
    super(runtime, "DataValidation");
  }
  getCriteriaType(): string {
    return this._criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this._values];
  }
  getAllowInvalid(): boolean {
    return this._allowInvalid;
  }
  getHelpText(): string | null {
    return this._helpText;
  }
}

export class FakeDataValidationBuilder extends FakeObject {
  private criteria: "VALUE_IN_LIST" | "CHECKBOX" | null = null;
  private values: unknown[] = [];
  private allowInvalid = true;
  private helpText: string | null = null;
  private showDropdown = true;

  constructor(runtime: FakeRuntime) {
    super(runtime, "DataValidationBuilder");
  }
  requireValueInList(values: string[], showDropdown = true): this {
    if (values.length > 500) throw new Error("The data validation rule has more than 500 items.");
    this.criteria = "VALUE_IN_LIST";
    this.values = [values, showDropdown];
    this.showDropdown = showDropdown;
    return this;
  }
  requireCheckbox(): this {
    this.criteria = "CHECKBOX";
    this.values = [];
    return this;
  }
  setAllowInvalid(allowInvalid: boolean): this {
    this.allowInvalid = allowInvalid;
    return this;
  }
  setHelpText(helpText: string): this {
    this.helpText = helpText;
    return this;
  }
  build(): FakeDataValidation {
    if (!this.criteria) throw new Error("A data validation rule needs a criterion.");
    return new FakeDataValidation(
      this._runtime,
      this.criteria,
      this.values,
      this.allowInvalid,
      this.helpText,
      this.showDropdown,
    );
  }
}

export type FakeCondition =
  | { kind: "NUMBER_BETWEEN"; args: [number, number] }
  | { kind: "NUMBER_GREATER_THAN_OR_EQUAL"; args: [number] }
  | { kind: "TEXT_EQ"; args: [string] }
  | { kind: "CELL_EMPTY"; args: [] };

export class FakeConditionalFormatRule extends FakeObject {
  constructor(
    runtime: FakeRuntime,
    readonly _condition: FakeCondition,
    readonly _background: string | null,
    readonly _fontColor: string | null,
    readonly _ranges: FakeRange[],
  ) {
    super(runtime, "ConditionalFormatRule");
  }
  getRanges(): FakeRange[] {
    return [...this._ranges];
  }
}

export class FakeConditionalFormatRuleBuilder extends FakeObject {
  private condition: FakeCondition | null = null;
  private background: string | null = null;
  private fontColor: string | null = null;
  private ranges: FakeRange[] = [];

  constructor(runtime: FakeRuntime) {
    super(runtime, "ConditionalFormatRuleBuilder");
  }
  whenNumberBetween(start: number, end: number): this {
    this.condition = { kind: "NUMBER_BETWEEN", args: [start, end] };
    return this;
  }
  whenNumberGreaterThanOrEqualTo(number: number): this {
    this.condition = { kind: "NUMBER_GREATER_THAN_OR_EQUAL", args: [number] };
    return this;
  }
  whenTextEqualTo(text: string): this {
    this.condition = { kind: "TEXT_EQ", args: [text] };
    return this;
  }
  whenCellEmpty(): this {
    this.condition = { kind: "CELL_EMPTY", args: [] };
    return this;
  }
  setBackground(color: string | null): this {
    this.background = color;
    return this;
  }
  setFontColor(color: string | null): this {
    this.fontColor = color;
    return this;
  }
  setRanges(ranges: FakeRange[]): this {
    this.ranges = [...ranges];
    return this;
  }
  build(): FakeConditionalFormatRule {
    if (!this.condition || this.ranges.length === 0)
      throw new Error("A conditional format rule needs a condition and ranges.");
    return new FakeConditionalFormatRule(
      this._runtime,
      this.condition,
      this.background,
      this.fontColor,
      this.ranges,
    );
  }
}

export class FakeEmbeddedChart extends FakeObject {
  constructor(
    runtime: FakeRuntime,
    readonly _chartType: string,
    readonly _ranges: FakeRange[],
    readonly _position: { row: number; column: number; offsetX: number; offsetY: number },
    readonly _options: Record<string, unknown>,
    readonly _numHeaders: number,
  ) {
    super(runtime, "EmbeddedChart");
  }
  getRanges(): FakeRange[] {
    return [...this._ranges];
  }
  getOptions(): { get(option: string): unknown } {
    return { get: (option: string) => this._options[option] };
  }
}

export class FakeEmbeddedChartBuilder extends FakeObject {
  private chartType = "";
  private ranges: FakeRange[] = [];
  private position = { row: 1, column: 1, offsetX: 0, offsetY: 0 };
  private options: Record<string, unknown> = {};
  private numHeaders = -1;

  constructor(readonly _sheet: FakeSheet) {
    super(_sheet._runtime, "EmbeddedChartBuilder");
  }
  asBarChart(): this {
    this.chartType = "BAR";
    return this;
  }
  asColumnChart(): this {
    this.chartType = "COLUMN";
    return this;
  }
  asLineChart(): this {
    this.chartType = "LINE";
    return this;
  }
  setChartType(type: string): this {
    this.chartType = type;
    return this;
  }
  addRange(range: FakeRange): this {
    this.ranges.push(range);
    return this;
  }
  setNumHeaders(headers: number): this {
    this.numHeaders = headers;
    return this;
  }
  setTitle(title: string): this {
    this.options.title = title;
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.options[option] = value;
    return this;
  }
  setPosition(row: number, column: number, offsetX: number, offsetY: number): this {
    this.position = { row, column, offsetX, offsetY };
    return this;
  }
  build(): FakeEmbeddedChart {
    if (!this.chartType || this.ranges.length === 0)
      throw new Error("A chart needs a type and a data range.");
    return new FakeEmbeddedChart(
      this._runtime,
      this.chartType,
      this.ranges,
      this.position,
      this.options,
      this.numHeaders,
    );
  }
}

/**
 * A sheet protection. Until its editors are changed it mirrors the spreadsheet's editors, which in
 * effect protects nothing (as the Apps Script reference warns). The owner and the current user can
 * never be removed from it.
 */
export class FakeProtection extends FakeObject {
  _description = "";
  _warningOnly = false;
  _unprotected: FakeRange[] = [];
  _editors: Set<string>;
  _explicitEditors = false;
  _domainEdit = false;
  _removed = false;

  constructor(
    readonly _sheet: FakeSheet,
    readonly _kind: "SHEET" | "RANGE",
    readonly _rect: Rect | null,
  ) {
    super(_sheet._runtime, "Protection");
    // A new protection lists the file's editors, groups as groups: a user who edits through a group is
    // not listed by name.
    const me = _sheet._runtime.currentUser;
    this._editors = new Set([_sheet._ss._owner, ..._sheet._ss._editors]);
    if (!_sheet._ss._viaGroupOnly(me)) this._editors.add(me);
  }

  /** True when `user` is an editor of this protection, by name or through a listed group (free). */
  _lets(user: string): boolean {
    if (this._editors.has(user)) return true;
    return [...this._sheet._ss._groups].some(
      ([group, members]) => this._editors.has(group) && members.includes(user),
    );
  }

  /** True when this protection stops `user` from editing some cell of `rect`. */
  _blocks(user: string, rect: Rect): boolean {
    if (this._removed || this._warningOnly || !this._explicitEditors || this._lets(user)) return false;
    const area = this._rect ?? { row: 0, col: 0, rows: this._sheet._maxRows, cols: this._sheet._maxCols };
    if (!intersects(area, rect)) return false;
    return !this._unprotected.some((range) => contains(range._rect, rect));
  }

  setDescription(description: string): this {
    this._description = description;
    return this;
  }
  getDescription(): string {
    return this._description;
  }
  setWarningOnly(warningOnly: boolean): this {
    this._warningOnly = warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    return this._warningOnly;
  }
  setUnprotectedRanges(ranges: FakeRange[]): this {
    if (this._kind !== "SHEET") throw new Error("Unprotected ranges only apply to a protected sheet.");
    this._unprotected = [...ranges];
    return this;
  }
  getUnprotectedRanges(): FakeRange[] {
    return [...this._unprotected];
  }
  getEditors(): FakeUser[] {
    return [...this._editors].map((email) => new FakeUser(this._runtime, email));
  }
  addEditor(user: string | FakeUser): this {
    this._explicitEditors = true;
    this._editors.add(String(user));
    return this;
  }
  /**
   * Removes editors, never the owner or the current user. Removing the group through which the
   * current user edits throws, as the reference's sample warns, unless they were added by name first.
   */
  removeEditors(users: (string | FakeUser)[]): this {
    const me = this._runtime.currentUser;
    const keep = new Set([this._sheet._ss._owner, me]);
    const removed = users.map(String).filter((user) => !keep.has(user));
    const rest = [...this._editors].filter((user) => !removed.includes(user));
    const stillMe =
      rest.includes(me) || (rest.includes(this._sheet._ss._owner) && me === this._sheet._ss._owner);
    const meThroughGroup = [...this._sheet._ss._groups].some(
      ([group, members]) => rest.includes(group) && members.includes(me),
    );
    if (!stillMe && !meThroughGroup && this._lets(me))
      throw new Error("You can't remove yourself as an editor of this protected range.");
    this._explicitEditors = true;
    for (const user of removed) this._editors.delete(user);
    return this;
  }
  canEdit(): boolean {
    return this._removed || !this._explicitEditors || this._lets(this._runtime.currentUser);
  }
  canDomainEdit(): boolean {
    return this._domainEdit;
  }
  setDomainEdit(editable: boolean): this {
    if (!this._sheet._ss._domain)
      throw new Error("This operation is only available to Google Workspace domain users.");
    this._explicitEditors = true;
    this._domainEdit = editable;
    return this;
  }
  /** This protection in a copy of its spreadsheet, on `sheet`: same settings, editable by the copy's owner (free). */
  _copyOnto(sheet: FakeSheet, rangeIn: (range: FakeRange) => FakeRange): FakeProtection {
    const rect = this._rect ? { ...this._rect } : null;
    const copy = new FakeProtection(sheet, this._kind, rect);
    copy._description = this._description;
    copy._warningOnly = this._warningOnly;
    copy._unprotected = this._unprotected.map(rangeIn);
    copy._explicitEditors = this._explicitEditors;
    copy._domainEdit = this._domainEdit && sheet._ss._domain;
    return copy;
  }
  getProtectionType(): string {
    return this._kind;
  }
  remove(): void {
    if (!this._lets(this._runtime.currentUser) && this._explicitEditors) {
      throw new Error("You do not have permission to remove this protection.");
    }
    this._removed = true;
    this._sheet._protections = this._sheet._protections.filter((p) => p !== this);
  }
}
