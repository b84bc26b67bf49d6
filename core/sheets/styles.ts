import type { StyleSpec } from "./SheetSpec";

type Style = Omit<StyleSpec, "range">;

/** Shared looks, so every sheet reads as one product. */
export const TITLE_STYLE: Style = { bold: true, fontSize: 14 };
export const HEADER_STYLE: Style = {
  bold: true,
  fill: "#1F4E79",
  fontColor: "#FFFFFF",
  wrap: true,
  border: true,
};
export const SUBHEADER_STYLE: Style = { bold: true, fill: "#DDEBF7", border: true };
/**
 * Cells people fill in: a plainly yellow fill (not the near-white #FFF9E6 it once was, which read as
 * grey beside the locked cells) with black text at a contrast well above WCAG AAA; see styles.test.ts.
 */
export const INPUT_STYLE: Style = { fill: "#FFEB80", border: true };
export const LOCKED_STYLE: Style = { fill: "#F2F2F2", border: true };
export const NOTE_STYLE: Style = { italic: true, fontColor: "#595959" };
export const DATE_FORMAT = "d.m.yyyy";
export const PERCENT_FORMAT = "0 %";
