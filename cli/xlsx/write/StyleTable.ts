import type { HorizontalAlignment } from "../../../core/sheets/SheetSpec";
import { argb } from "../_lib/argb";
import type { CellFormat } from "../_lib/cellFormats";
import { xmlText, xmlUnescape } from "../_lib/xmlText";

/**
 * A cell's style as ExcelJS keeps it: a part is replaced whole when a format sets it, so where formats
 * meet in one style (a merged range shares its style object in ExcelJS) the later part wins.
 */
export interface CellStyle {
  font?: { bold?: boolean; italic?: boolean; size: number; color?: string };
  fill?: string;
  alignment?: { wrap?: boolean; horizontal?: HorizontalAlignment };
  numFmt?: string;
  border?: true;
  unlocked?: true;
}

/** The parts of a cell's style that its format sets, as `applyFormats` gives them to an ExcelJS cell. */
export function cellStyle(format: CellFormat): CellStyle {
  const { bold, italic, fontSize, fontColor, fill, wrap, align, numberFormat, border, unlocked } = format;
  const style: CellStyle = {};
  if (bold !== undefined || italic !== undefined || fontSize !== undefined || fontColor !== undefined) {
    style.font = { size: fontSize ?? 11 };
    if (bold !== undefined) style.font.bold = bold;
    if (italic !== undefined) style.font.italic = italic;
    if (fontColor !== undefined) style.font.color = argb(fontColor);
  }
  if (fill !== undefined) style.fill = argb(fill);
  if (wrap !== undefined || align !== undefined) {
    style.alignment = {};
    if (wrap !== undefined) style.alignment.wrap = wrap;
    if (align !== undefined) style.alignment.horizontal = align;
  }
  if (numberFormat !== undefined) style.numFmt = numberFormat;
  if (border) style.border = true;
  if (unlocked) style.unlocked = true;
  return style;
}

/** Number formats every reader knows by id (ECMA-376 §18.8.30); others get ids from 164 on. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};
const DEFAULT_FONT =
  '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';
const NO_BORDER = "<border><left/><right/><top/><bottom/><diagonal/></border>";
const THIN_BORDER =
  '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>';
const NO_FILL = '<fill><patternFill patternType="none"/></fill>';
const GRAY_FILL = '<fill><patternFill patternType="gray125"/></fill>';
const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';

/**
 * Each distinct XML snippet once, numbered in the order first seen after the `offset` items a styles
 * part has already; `fixed` are items it has at known places (its default font at 0), not written again.
 */
class Numbered {
  readonly items: string[] = [];
  private readonly ids: Map<string, number>;
  constructor(
    private readonly offset: number,
    fixed: readonly (readonly [string, number])[] = [],
  ) {
    this.ids = new Map(fixed);
  }
  id(item: string): number {
    let id = this.ids.get(item);
    if (id === undefined) {
      id = this.offset + this.items.length;
      this.ids.set(item, id);
      this.items.push(item);
    }
    return id;
  }
  get count(): number {
    return this.offset + this.items.length;
  }
}

/** How many of each a styles part has already, and its number formats: what a StyleTable adds to. */
export interface StylesBase {
  fonts: number;
  fills: number;
  borders: number;
  xfs: number;
  dxfs: number;
  numFmts: Map<string, number>;
  /**
   * The items the part has, as written: an item this table would write again is given its place there
   * instead, so a workbook patched month after month (PatchedWorkbook) does not gain a copy each time.
   */
  items?: { fonts: string[]; fills: string[]; borders: string[]; xfs: string[]; dxfs: string[] };
}

/** The items of a styles part's list (`<fonts>…</fonts>`), each as written. */
function listItems(xml: string, list: string, item: string): string[] {
  const inner = new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1] ?? "";
  return inner.match(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, "g")) ?? [];
}

/**
 * What an ExcelJS-written styles part holds (its default font, fills, border and format come first,
 * as in every styles part ExcelJS writes), or null when it is not shaped so.
 */
export function stylesBase(xml: string): StylesBase | null {
  const count = (tag: string) => Number(new RegExp(`<${tag} count="(\\d+)"`).exec(xml)?.[1] ?? NaN);
  const base = {
    fonts: count("fonts"),
    fills: count("fills"),
    borders: count("borders"),
    xfs: count("cellXfs"),
    dxfs: xml.includes("<dxfs") ? count("dxfs") : 0,
    numFmts: new Map(
      [...xml.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)].map(
        ([, id, code]) => [xmlUnescape(code!), Number(id)] as const,
      ),
    ),
    items: {
      fonts: listItems(xml, "fonts", "font"),
      fills: listItems(xml, "fills", "fill"),
      borders: listItems(xml, "borders", "border"),
      xfs: listItems(xml, "cellXfs", "xf"),
      dxfs: listItems(xml, "dxfs", "dxf"),
    },
  };
  const counts = [base.fonts, base.fills, base.borders, base.xfs, base.dxfs];
  return counts.every(Number.isInteger) && xml.includes("</cellXfs>") ? base : null;
}

/**
 * The styles part of a workbook being written: fonts, fills, number formats, cell formats (xf) and the
 * differential formats of conditional formatting, each written once however many cells use it.
 * @example const table = new StyleTable(); const s = table.xf(cellStyle(format)); table.xml()
 */
export class StyleTable {
  private readonly fonts: Numbered;
  private readonly fills: Numbered;
  private readonly borders: Numbered;
  private readonly xfs: Numbered;
  private readonly dxfs: Numbered;
  /** Number formats by code: those of the base, then the new ones (`added`), from 164 on. */
  private readonly numFmts: Map<string, number>;
  private readonly added = new Map<string, number>();
  /** Style objects seen before, to their xf: most cells share a handful of them. */
  private readonly seen = new Map<string, number>();

  /** A new styles part, or (with `base`) the items to add to an existing one (see `mergeInto`). */
  constructor(private readonly base?: StylesBase) {
    // The base's defaults at their places, then every item it has where it has it.
    const at = (defaults: string[], items: string[] = [], count = 0) =>
      base
        ? [...defaults, ...items.slice(0, count)].map(
            (item, i) => [item, i < defaults.length ? i : i - defaults.length] as const,
          )
        : [];
    const items = base?.items;
    this.fonts = new Numbered(base?.fonts ?? 0, at([DEFAULT_FONT], items?.fonts, base?.fonts));
    this.fills = new Numbered(base?.fills ?? 0, at([NO_FILL, GRAY_FILL], items?.fills, base?.fills));
    this.borders = new Numbered(base?.borders ?? 0, at([NO_BORDER], items?.borders, base?.borders));
    this.xfs = new Numbered(base?.xfs ?? 0, at([DEFAULT_XF], items?.xfs, base?.xfs));
    this.dxfs = new Numbered(base?.dxfs ?? 0, at([], items?.dxfs, base?.dxfs));
    this.numFmts = new Map(base?.numFmts);
    if (!base) {
      this.fonts.id(DEFAULT_FONT);
      for (const fill of [NO_FILL, GRAY_FILL]) this.fills.id(fill);
      for (const border of [NO_BORDER, THIN_BORDER]) this.borders.id(border);
      this.xfs.id(DEFAULT_XF);
    }
  }

  /** The index of the cell format (the `s` of a cell) for a style; 0 for the default. */
  xf(style: CellStyle): number {
    const key = styleKey(style);
    const known = this.seen.get(key);
    if (known !== undefined) return known;
    const numFmtId = style.numFmt === undefined ? 0 : this.numFmtId(style.numFmt);
    const fontId = style.font ? this.fonts.id(fontXml(style.font)) : 0;
    const fillId = style.fill
      ? this.fills.id(
          `<fill><patternFill patternType="solid"><fgColor rgb="${style.fill}"/></patternFill></fill>`,
        )
      : 0;
    const borderId = style.border ? this.borders.id(THIN_BORDER) : 0;
    const applied = [
      style.numFmt !== undefined ? ' applyNumberFormat="1"' : "",
      style.font ? ' applyFont="1"' : "",
      style.fill ? ' applyFill="1"' : "",
      style.border ? ' applyBorder="1"' : "",
      style.alignment ? ' applyAlignment="1"' : "",
      style.unlocked ? ' applyProtection="1"' : "",
    ].join("");
    const align = style.alignment;
    const alignment = align
      ? `<alignment${align.horizontal ? ` horizontal="${align.horizontal}"` : ""}${align.wrap ? ' wrapText="1"' : ""}/>`
      : "";
    const protection = style.unlocked ? '<protection locked="0"/>' : "";
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}`;
    const id = this.xfs.id(alignment || protection ? `${head}>${alignment}${protection}</xf>` : `${head}/>`);
    this.seen.set(key, id);
    return id;
  }

  /** The index of a differential format: a fill, and a font colour when given. */
  dxf(fill: string, fontColor?: string): number {
    const font = fontColor === undefined ? "" : `<font><color rgb="${argb(fontColor)}"/></font>`;
    const colour = argb(fill);
    // Differential fills take their colour from bgColor; fgColor is set too for readers that look there.
    return this.dxfs.id(
      `<dxf>${font}<fill><patternFill patternType="solid"><fgColor rgb="${colour}"/><bgColor rgb="${colour}"/></patternFill></fill></dxf>`,
    );
  }

  /** `xl/styles.xml`. */
  xml(): string {
    const numFmts = this.numFmtItems();
    const list = (tag: string, items: readonly string[]) =>
      `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (numFmts.length ? list("numFmts", numFmts) : "") +
      list("fonts", this.fonts.items) +
      list("fills", this.fills.items) +
      list("borders", this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list("dxfs", this.dxfs.items) +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }

  /**
   * The styles part of the base with this table's items added after its own, and its counts updated:
   * the ids this table gave are their places there.
   */
  mergeInto(xml: string): string {
    let merged = xml;
    const append = (tag: string, items: readonly string[], count: number) => {
      if (items.length === 0) return;
      const close = `</${tag}>`;
      merged = merged.includes(close)
        ? merged.replace(close, `${items.join("")}${close}`)
        : merged.replace(
            new RegExp(`<${tag} count="0"\\s*/>`),
            `<${tag} count="0">${items.join("")}${close}`,
          );
      merged = merged.replace(new RegExp(`<${tag} count="\\d+"`), `<${tag} count="${count}"`);
    };
    const numFmts = this.numFmtItems();
    if (numFmts.length && !merged.includes("<numFmts"))
      merged = merged.replace(/<fonts\b/, `<numFmts count="0"></numFmts><fonts`);
    append("numFmts", numFmts, this.numFmts.size);
    append("fonts", this.fonts.items, this.fonts.count);
    append("fills", this.fills.items, this.fills.count);
    append("borders", this.borders.items, this.borders.count);
    append("cellXfs", this.xfs.items, this.xfs.count);
    if (this.dxfs.items.length && !merged.includes("<dxfs"))
      merged = merged.replace(/<tableStyles\b|<\/styleSheet>/, (at) => `<dxfs count="0"></dxfs>${at}`);
    append("dxfs", this.dxfs.items, this.dxfs.count);
    return merged;
  }

  /** The number formats this table adds: all of them for a new part. */
  private numFmtItems(): string[] {
    const added = this.base ? this.added : this.numFmts;
    return [...added].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`);
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = Math.max(163, ...this.numFmts.values()) + 1;
      this.numFmts.set(code, id);
      this.added.set(code, id);
    }
    return id;
  }
}

/** A style's identity, built by hand: JSON.stringify per cell was a tenth of the writing time. */
function styleKey({ font, fill, alignment, numFmt, border, unlocked }: CellStyle): string {
  const f = font ? `${font.bold ?? ""}/${font.italic ?? ""}/${font.size}/${font.color ?? ""}` : "";
  const a = alignment ? `${alignment.wrap ?? ""}/${alignment.horizontal ?? ""}` : "";
  return `${f}|${fill ?? ""}|${a}|${numFmt ?? ""}|${border ?? ""}|${unlocked ?? ""}`;
}

function fontXml(font: NonNullable<CellStyle["font"]>): string {
  return (
    "<font>" +
    (font.bold ? "<b/>" : "") +
    (font.italic ? "<i/>" : "") +
    `<sz val="${font.size}"/>` +
    (font.color ? `<color rgb="${font.color}"/>` : "") +
    '<name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
  );
}
