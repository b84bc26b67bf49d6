/** `range.format`: fill, font, protection (locked), borders, column width, wrapping, alignment. */
import type { FakeRequestContext } from "./clientObject";
import { ClientObject } from "./clientObject";
import type { Bounds, FakeCellFormat } from "./model";
import { FakeError } from "./model";
import type { RangeTarget } from "./rangeTarget";
import { assertWritable, setFormat } from "./rangeTarget";

export class FakeRangeFormat extends ClientObject<RangeTarget> {
  readonly fill = new FakeFormatPart(this.context, () => this._resolve(), "fill");
  readonly font = new FakeFormatPart(this.context, () => this._resolve(), "font");
  readonly protection = new FakeFormatPart(this.context, () => this._resolve(), "protection");
  readonly borders = new FakeBorderCollection(this.context, () => this._resolve());

  protected scalarProperties(): readonly string[] {
    return ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment"];
  }
  protected readProperty(target: RangeTarget, property: string): unknown {
    const first = target.sheet.cell(target.bounds.row, target.bounds.column);
    if (property === "columnWidth") return target.sheet.columnWidths.get(target.bounds.column) ?? 48;
    if (property === "rowHeight") return target.sheet.rowHeights.get(target.bounds.row) ?? 15;
    if (property === "wrapText") return first?.format?.wrap ?? false;
    if (property === "horizontalAlignment") return first?.format?.align ?? "General";
    throw new FakeError("InvalidArgument", `RangeFormat has no property ${property} in this fake.`);
  }

  set columnWidth(points: number) {
    this.set("columnWidth", points, (t) => {
      assertWritable(t, false);
      const whole = Math.min(t.bounds.columns, 16_384);
      for (let c = 0; c < whole; c++) t.sheet.columnWidths.set(t.bounds.column + c, points);
    });
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  /** Excel takes 0–409 points; a whole-row range ("5:7") sets every row of it. */
  set rowHeight(points: number) {
    this.set("rowHeight", points, (t) => {
      assertWritable(t, false);
      if (points < 0 || points > 409)
        throw new FakeError("InvalidArgument", `Row height ${points} is out of range.`);
      const whole = Math.min(t.bounds.rows, 1_048_576);
      for (let r = 0; r < whole; r++) t.sheet.rowHeights.set(t.bounds.row + r, points);
    });
  }
  get rowHeight(): number {
    return this.get("rowHeight");
  }
  set wrapText(wrap: boolean) {
    this.set("wrapText", wrap, (t) => setFormat(t, (f) => (f.wrap = wrap)));
  }
  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set horizontalAlignment(align: string) {
    this.set("horizontalAlignment", align, (t) => setFormat(t, (f) => (f.align = align)));
  }
  get horizontalAlignment(): string {
    return this.get("horizontalAlignment");
  }
}

/** `format.fill`, `format.font` and `format.protection`, each a few scalar properties. */
export class FakeFormatPart extends ClientObject<RangeTarget> {
  constructor(
    context: FakeRequestContext,
    resolver: () => RangeTarget | null,
    private readonly part: "fill" | "font" | "protection",
  ) {
    super(context, resolver);
  }
  protected scalarProperties(): readonly string[] {
    return this.part === "fill"
      ? ["color"]
      : this.part === "font"
        ? ["bold", "italic", "size", "color"]
        : ["locked"];
  }
  protected readProperty(target: RangeTarget, property: string): unknown {
    const f = target.sheet.cell(target.bounds.row, target.bounds.column)?.format ?? {};
    if (this.part === "protection") return f.locked ?? true;
    if (this.part === "fill") return f.fill ?? "#FFFFFF";
    return {
      bold: f.bold ?? false,
      italic: f.italic ?? false,
      size: f.fontSize ?? 11,
      color: f.fontColor ?? "#000000",
    }[property];
  }
  /** Locking and unlocking, like any format change, is refused while the sheet is protected. */
  private put(property: string, value: unknown, apply: (f: FakeCellFormat) => void): void {
    this.set(property, value, (t) => setFormat(t, apply));
  }
  set color(color: string) {
    this.put("color", color, (f) => (this.part === "fill" ? (f.fill = color) : (f.fontColor = color)));
  }
  get color(): string {
    return this.get("color");
  }
  set bold(bold: boolean) {
    this.put("bold", bold, (f) => (f.bold = bold));
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set italic(italic: boolean) {
    this.put("italic", italic, (f) => (f.italic = italic));
  }
  get italic(): boolean {
    return this.get("italic");
  }
  set size(size: number) {
    this.put("size", size, (f) => (f.fontSize = size));
  }
  get size(): number {
    return this.get("size");
  }
  set locked(locked: boolean) {
    this.put("locked", locked, (f) => {
      if (locked) delete f.locked;
      else f.locked = false;
    });
  }
  get locked(): boolean {
    return this.get("locked");
  }
  clear(): void {
    this.call({}, (t) => setFormat(t, (f) => delete f.fill));
  }
}

export class FakeBorderCollection extends ClientObject<RangeTarget> {
  protected scalarProperties(): readonly string[] {
    return [];
  }
  protected readProperty(): unknown {
    return undefined;
  }
  getItem(index: string): FakeBorder {
    return new FakeBorder(this.context, () => this._resolve(), index);
  }
}

const EDGE_SIDES: Record<string, (b: Bounds, r: number, c: number) => string[]> = {
  EdgeTop: (b, r) => (r === b.row ? ["top"] : []),
  EdgeBottom: (b, r) => (r === b.row + b.rows - 1 ? ["bottom"] : []),
  EdgeLeft: (b, _r, c) => (c === b.column ? ["left"] : []),
  EdgeRight: (b, _r, c) => (c === b.column + b.columns - 1 ? ["right"] : []),
  InsideHorizontal: (b, r) => [...(r > b.row ? ["top"] : []), ...(r < b.row + b.rows - 1 ? ["bottom"] : [])],
  InsideVertical: (b, _r, c) => [
    ...(c > b.column ? ["left"] : []),
    ...(c < b.column + b.columns - 1 ? ["right"] : []),
  ],
};

export class FakeBorder extends ClientObject<RangeTarget> {
  constructor(
    context: FakeRequestContext,
    resolver: () => RangeTarget | null,
    private readonly index: string,
  ) {
    super(context, resolver);
    if (!EDGE_SIDES[index]) throw new FakeError("InvalidArgument", `Unknown border index ${index}`);
  }
  protected scalarProperties(): readonly string[] {
    return [];
  }
  protected readProperty(): unknown {
    return undefined;
  }
  set style(style: string) {
    this.set("style", style, (t) => {
      const sides = EDGE_SIDES[this.index]!;
      setFormat(t, () => undefined);
      t.sheet.forEachCell(t.bounds, (cell, r, c) => {
        for (const side of sides(t.bounds, r, c)) {
          cell.format ??= {};
          cell.format.borders = { ...cell.format.borders, [side]: style };
        }
      });
    });
  }
  set weight(weight: string) {
    this.set("weight", weight, (t) => assertWritable(t, false));
  }
  set color(color: string) {
    this.set("color", color, (t) => assertWritable(t, false));
  }
}
