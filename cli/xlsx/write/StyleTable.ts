import type { HorizontalAlignment } from "../../../core/sheets/SheetSpec";
import { argb } from "../_lib/argb";
import type { CellFormat } from "../_lib/cellFormats";
import { xmlText } from "../_lib/xmlText";

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
const BORDERS =
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>';

/** Each distinct XML snippet once, numbered in the order first seen. */
class Numbered {
  readonly items: string[] = [];
  private readonly ids = new Map<string, number>();
  constructor(first: readonly string[] = []) {
    for (const item of first) this.id(item);
  }
  id(item: string): number {
    let id = this.ids.get(item);
    if (id === undefined) {
      id = this.items.length;
      this.ids.set(item, id);
      this.items.push(item);
    }
    return id;
  }
}

/**
 * The styles part of a workbook being written: fonts, fills, number formats, cell formats (xf) and the
 * differential formats of conditional formatting, each written once however many cells use it.
 * @example const table = new StyleTable(); const s = table.xf(cellStyle(format)); table.xml()
 */
export class StyleTable {
  private readonly fonts = new Numbered([DEFAULT_FONT]);
  private readonly fills = new Numbered([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly numFmts = new Map<string, number>();
  private readonly xfs = new Numbered(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly dxfs = new Numbered();
  /** Style objects seen before, to their xf: most cells share a handful of them. */
  private readonly seen = new Map<string, number>();

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
    const borderId = style.border ? 1 : 0;
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
    const numFmts = [...this.numFmts].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`,
    );
    const list = (tag: string, items: readonly string[]) =>
      `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (numFmts.length ? list("numFmts", numFmts) : "") +
      list("fonts", this.fonts.items) +
      list("fills", this.fills.items) +
      BORDERS +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list("dxfs", this.dxfs.items) +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmts.get(code);
    if (id === undefined) this.numFmts.set(code, (id = 164 + this.numFmts.size));
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
