import type { FakeRequestContext } from "./clientObject";
import { ClientObject } from "./clientObject";
import { loadItems } from "./loadItems";
import type { FakeSheet, FakeWorkbookModel } from "./model";
import { FakeError, MAX_COLUMNS, MAX_ROWS, parseAddress } from "./model";
import type { RangeTarget } from "./range";
import { FakeChartCollection } from "./charts";
import { FakeAutoFilter, FakePageBreakCollection, FakePageLayout } from "./pageLayout";
import { FakeRange } from "./range";

export class FakeWorkbook extends ClientObject<FakeWorkbookModel> {
  readonly worksheets: FakeWorksheetCollection;
  constructor(context: FakeRequestContext) {
    super(context, () => context.host.model);
    this.worksheets = new FakeWorksheetCollection(context, () => context.host.model);
  }
  protected scalarProperties(): readonly string[] {
    return [];
  }
  protected readProperty(): unknown {
    return undefined;
  }
}

export class FakeWorksheetCollection extends ClientObject<FakeWorkbookModel> {
  private loadedItems: FakeWorksheet[] | undefined;

  protected scalarProperties(): readonly string[] {
    return [];
  }
  protected readProperty(): unknown {
    return undefined;
  }

  override load(properties?: string | readonly string[] | { select?: string }): this {
    loadItems(
      this,
      properties,
      () => this._resolve()?.sheets ?? null,
      (sheet) => new FakeWorksheet(this.context, () => sheet),
      (items) => (this.loadedItems = items),
    );
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) return this.get("items");
    return this.loadedItems;
  }

  add(name?: string): FakeWorksheet {
    const proxy = new FakeWorksheet(this.context, () => null);
    this.call({ name }, (model) => proxy._bind(model.add(name)));
    return proxy;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this._target().find(name));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this._resolve()?.find(name) ?? null, true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this._target().activeSheet);
  }
}

export class FakeWorksheet extends ClientObject<FakeSheet> {
  private protectionProxy: FakeWorksheetProtection | undefined;
  private freezeProxy: FakeFreezePanes | undefined;
  private chartsProxy: FakeChartCollection | undefined;

  constructor(
    context: FakeRequestContext,
    resolver: () => FakeSheet | null,
    private readonly orNull = false,
  ) {
    super(context, resolver, orNull);
  }

  /**
   * The sheet for an object chained on this proxy. The reference does not say that a call on a null
   * object gives a null object, so the stand-in refuses it: check `isNullObject` first.
   */
  private chained(): FakeSheet | null {
    const sheet = this._resolve();
    if (sheet === null && this.orNull) {
      throw new FakeError(
        "InvalidObjectPath",
        "A method was called on a null object; check isNullObject first.",
      );
    }
    return sheet;
  }

  protected scalarProperties(): readonly string[] {
    return ["id", "name", "position", "visibility", "tabColor"];
  }
  protected readProperty(sheet: FakeSheet, property: string): unknown {
    switch (property) {
      case "id":
        return sheet.id;
      case "name":
        return sheet.name;
      case "position":
        return this.context.host.model.sheets.indexOf(sheet);
      case "visibility":
        return sheet.visibility;
      case "tabColor":
        return sheet.tabColor;
      default:
        throw new FakeError("InvalidArgument", `Worksheet has no property ${property} in this fake.`);
    }
  }

  get id(): string {
    return this.get("id");
  }
  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.set("name", name, (sheet) => (sheet.name = name));
  }
  get position(): number {
    return this.get("position");
  }
  set position(position: number) {
    this.set("position", position, (sheet) => {
      const model = this.context.host.model;
      model.sheets = model.sheets.filter((s) => s !== sheet);
      model.sheets.splice(Math.max(0, Math.min(position, model.sheets.length)), 0, sheet);
    });
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(visibility: string) {
    this.set("visibility", visibility, (sheet) => {
      const model = this.context.host.model;
      if (visibility !== "Visible" && model.sheets.every((s) => s === sheet || s.visibility !== "Visible")) {
        throw new FakeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      sheet.visibility = visibility;
      if (model.activeSheet === sheet && visibility !== "Visible") {
        model.activeSheet = model.sheets.find((s) => s.visibility === "Visible") ?? null;
      }
    });
  }
  get tabColor(): string {
    return this.get("tabColor");
  }
  set tabColor(color: string) {
    this.set("tabColor", color, (sheet) => {
      this.context._requireApi("1.7", "Worksheet.tabColor");
      if (color !== "" && !/^#?[0-9A-Fa-f]{6}$/.test(color))
        throw new FakeError("InvalidArgument", `Not a colour: ${color}`);
      sheet.tabColor = color;
    });
  }

  get protection(): FakeWorksheetProtection {
    return (this.protectionProxy ??= new FakeWorksheetProtection(this.context, () => this.chained()));
  }
  get freezePanes(): FakeFreezePanes {
    return (this.freezeProxy ??= new FakeFreezePanes(this.context, () => this.chained()));
  }
  get charts(): FakeChartCollection {
    return (this.chartsProxy ??= new FakeChartCollection(this.context, () => this.chained()));
  }
  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.context, () => this._resolve());
  }
  get horizontalPageBreaks(): FakePageBreakCollection {
    return new FakePageBreakCollection(this.context, () => this._resolve());
  }
  get autoFilter(): FakeAutoFilter {
    return new FakeAutoFilter(this.context, () => this._resolve());
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.chained();
      if (sheet === null) return null;
      const bounds = address
        ? parseAddress(address).bounds
        : { row: 0, column: 0, rows: MAX_ROWS, columns: MAX_COLUMNS };
      return { sheet, bounds };
    });
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.chained();
      if (sheet === null) return null;
      return { sheet, bounds: sheet.usedBounds(valuesOnly) ?? { row: 0, column: 0, rows: 1, columns: 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      (): RangeTarget | null => {
        const sheet = this.chained();
        const bounds = sheet?.usedBounds(valuesOnly) ?? null;
        return sheet && bounds ? { sheet, bounds } : null;
      },
      true,
    );
  }

  activate(): void {
    this.call({}, (sheet) => (this.context.host.model.activeSheet = sheet));
  }

  delete(): void {
    this.call({}, (sheet) => this.context.host.model.remove(sheet));
  }
}

export class FakeWorksheetProtection extends ClientObject<FakeSheet> {
  protected scalarProperties(): readonly string[] {
    return ["protected"];
  }
  protected readProperty(sheet: FakeSheet): unknown {
    return sheet.protected;
  }
  get protected(): boolean {
    return this.get("protected");
  }
  protect(options?: unknown, password?: string): void {
    this.call({ options, password }, (sheet) => {
      if (sheet.protected) throw new FakeError("InvalidOperation", `${sheet.name} is already protected.`);
      sheet.protected = true;
      sheet.protectionOptions = options;
      if (password) sheet.protectionPassword = password;
    });
  }
  /** Without the password, a sheet a user protected with one stays protected and the sync fails. */
  unprotect(password?: string): void {
    this.call({ password }, (sheet) => {
      if (
        sheet.protected &&
        sheet.protectionPassword !== undefined &&
        password !== sheet.protectionPassword
      ) {
        throw new FakeError("InvalidArgument", `The password to unprotect ${sheet.name} is incorrect.`);
      }
      sheet.protected = false;
      delete sheet.protectionPassword;
    });
  }
}

export class FakeFreezePanes extends ClientObject<FakeSheet> {
  protected scalarProperties(): readonly string[] {
    return [];
  }
  protected readProperty(): unknown {
    return undefined;
  }
  private freeze(args: unknown, apply: (sheet: FakeSheet) => void): void {
    this.call(args, (sheet) => {
      this.context._requireApi("1.7", "Worksheet.freezePanes");
      apply(sheet);
    });
  }
  freezeRows(count = 1): void {
    this.freeze({ count }, (sheet) => (sheet.frozen = { rows: count, columns: 0 }));
  }
  freezeColumns(count = 1): void {
    this.freeze({ count }, (sheet) => (sheet.frozen = { rows: 0, columns: count }));
  }
  freezeAt(range: string): void {
    this.freeze({ range }, (sheet) => {
      const { bounds } = parseAddress(range);
      sheet.frozen = { rows: bounds.row + bounds.rows, columns: bounds.column + bounds.columns };
    });
  }
  unfreeze(): void {
    this.freeze({}, (sheet) => (sheet.frozen = { rows: 0, columns: 0 }));
  }
}
