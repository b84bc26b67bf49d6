/**
 * A sheet described as data. The core builds these; each host (ExcelJS, the Excel add-in, Apps Script) renders
 * them with its own API. Ranges are A1 strings relative to the sheet ("B2:D10").
 */
import type { IsoDay } from "../_lib/day";

/** A formula in en-US syntax with a leading `=`, e.g. `=IF(B3=0,"–",B2/B3)`. */
export interface FormulaCell {
  readonly formula: string;
}

/** A calendar day; hosts write it as a real date cell (formatted by the styles). */
export interface DateCell {
  readonly date: IsoDay;
}

/**
 * One cell's content. A plain string is ALWAYS literal text, never a formula, on every host:
 * a host whose write API reads a leading `=`, `+`, `-` or `@` as a formula must escape it
 * (see `core/text/literalText`). Formulas are only ever `FormulaCell`s the core wrote itself.
 */
export type SpecCell = string | number | boolean | null | FormulaCell | DateCell;

export type HorizontalAlignment = "left" | "center" | "right";

/** Formatting of a range; every cell of the range gets all the given properties. */
export interface StyleSpec {
  readonly range: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  /** `#RRGGBB` */
  readonly fill?: string;
  /** `#RRGGBB` */
  readonly fontColor?: string;
  readonly wrap?: boolean;
  readonly align?: HorizontalAlignment;
  /** An Excel number format code: `d.m.yyyy`, `0 %`, `0.0 %`, `@`. */
  readonly numberFormat?: string;
  /** A thin border around every cell of the range. */
  readonly border?: boolean;
}

/** A drop-down: the cell must hold one of `values`. With `strict: false` other values only warn. */
export interface ListValidationSpec {
  readonly range: string;
  readonly values: readonly string[];
  readonly strict: boolean;
  /** Shown as the input prompt or help text. */
  readonly prompt?: string;
}

/** A rule that colours a cell by its own value. `between` is inclusive on both ends. */
export type ConditionSpec =
  | { readonly kind: "between"; readonly min: number; readonly max: number }
  | { readonly kind: "atLeast"; readonly min: number }
  | { readonly kind: "textEquals"; readonly text: string }
  | { readonly kind: "blank" };

export interface ConditionalFormatSpec {
  readonly range: string;
  readonly condition: ConditionSpec;
  readonly fill: string;
  readonly fontColor?: string;
}

export interface ChartSpec {
  readonly kind: "bar" | "column" | "line";
  readonly title: string;
  /** Data with the category labels in the first column and series names in the first row. */
  readonly dataRange: string;
  /** Top-left cell where the chart is placed. */
  readonly anchor: string;
  readonly width?: number;
  readonly height?: number;
}

export interface SheetSpec {
  readonly name: string;
  /** Content from A1, row by row; rows may be ragged (missing cells are empty). */
  readonly cells: readonly (readonly SpecCell[])[];
  readonly styles?: readonly StyleSpec[];
  /** Column widths in characters of the default font, from column A. */
  readonly columnWidths?: readonly number[];
  readonly frozen?: { readonly rows: number; readonly columns: number };
  readonly validations?: readonly ListValidationSpec[];
  /** Ranges shown as checkboxes (TRUE/FALSE) where the host has them. */
  readonly checkboxes?: readonly string[];
  readonly conditionalFormats?: readonly ConditionalFormatSpec[];
  /** When present the sheet is protected, except for these ranges, which users fill in. */
  readonly protection?: { readonly editable: readonly string[] };
  readonly merges?: readonly string[];
  readonly charts?: readonly ChartSpec[];
  readonly hidden?: boolean;
  /** `#RRGGBB` */
  readonly tabColor?: string;

  // Issue 9, national half: row heights (charts are `charts` above, drawn by every host).
  /**
   * Row heights in points from row 1; null keeps the default. Rows with wrapped text need one:
   * LibreOffice keeps the stored height on open, so the text would overlap the next row.
   */
  readonly rowHeights?: readonly (number | null)[];
}
