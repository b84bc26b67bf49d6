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
  /** Issue 9 (print, validation, protection): shown when a value outside the list is rejected or warned of. */
  readonly error?: string;
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
  /** Zero-based columns only the program reads (a settings sheet's keys): hidden, read like any other. */
  readonly hiddenColumns?: readonly number[];
  readonly frozen?: { readonly rows: number; readonly columns: number };
  readonly validations?: readonly ListValidationSpec[];
  /** Ranges shown as checkboxes (TRUE/FALSE) where the host has them. */
  readonly checkboxes?: readonly string[];
  readonly conditionalFormats?: readonly ConditionalFormatSpec[];
  /** When present the sheet is protected, except for these ranges, which users fill in. */
  readonly protection?: {
    readonly editable: readonly string[];
    /** A table users may sort under the protection (issue 9); see `SortableSpec`. */
    readonly sortable?: SortableSpec;
  };

  // Issue 9, region half: print setup, the sheet a workbook opens on, filtering under protection.
  /** How the sheet prints; see `printSetup`. Apps Script has no print setup API: Sheets ignores it. */
  readonly print?: PrintSpec;
  /** Open the workbook on this sheet (the last written sheet that says so wins). */
  readonly active?: boolean;
  /**
   * A range given filter buttons (header row included); users may filter it under protection, and sort
   * it when the protection names its body `sortable`.
   */
  readonly autoFilter?: string;

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

/**
 * The body of a table (header excluded) whose rows users may sort on a protected sheet. Excel sorts no
 * range that holds a locked cell, so the Excel hosts unlock the body whole and allow sorting; the cells
 * of it users do not fill (`guarded`: the ids and the roadmap's context) keep their grey look and refuse
 * typing with `message`, by a validation rule. A row moves whole when the table is sorted, and the
 * reader finds each task by its id; a sort of some columns only leaves ids beside other tasks' subtasks,
 * which the reader names (`task_row_moved`). Sheets keeps the guarded cells protected: its filter views
 * sort a table without changing it for anyone else.
 */
export interface SortableSpec {
  readonly range: string;
  readonly guarded: readonly string[];
  readonly message: string;
}

/** A4 landscape, scaled to one page wide (or one page in all), with repeated header rows and a footer. */
export interface PrintSpec {
  readonly orientation: "landscape" | "portrait";
  readonly paper: "A4";
  /** Fit to this many pages wide; the height follows unless `fitTall` is set too. */
  readonly fitWide: number;
  readonly fitTall?: number;
  /** 1-based rows repeated at the top of every page, e.g. `{ from: 9, to: 9 }`. */
  readonly repeatRows?: { readonly from: number; readonly to: number };
  /** Footer texts: left (programme), centre (region or "national" and month), right holds the page number. */
  readonly footer: { readonly left: string; readonly center: string };
  /** "Sivu {page} / {pages}" in the sheet's language; `{page}` and `{pages}` are filled in by the host. */
  readonly pageLabel: string;
  /** What prints, when not the whole sheet: e.g. the task table without its context columns. */
  readonly area?: string;
  /** 1-based rows that start a new page, so that a chart is never cut at a page's bottom. */
  readonly rowBreaks?: readonly number[];
}
