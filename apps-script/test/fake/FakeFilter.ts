import { FakeObject } from "./counting";
import type { FakeSheet, Rect } from "./FakeSheet";

/**
 * A sheet's filter (`range.createFilter()`, `sheet.getFilter()`). Sheets allows one filter per sheet:
 * creating a second throws, so a rewrite removes the old one first.
 */
export class FakeFilter extends FakeObject {
  constructor(
    readonly _sheet: FakeSheet,
    readonly _rect: Rect,
  ) {
    super(_sheet._ss._runtime, "Filter");
  }
  getRange(): unknown {
    return this._sheet._rangeOf(this._rect);
  }
  remove(): void {
    if (this._sheet._filter === this) this._sheet._filter = null;
  }
}

/** `range.createFilter()` as Sheets does it. */
export function createFilter(sheet: FakeSheet, rect: Rect): FakeFilter {
  if (sheet._filter) throw new Error("You can't create a filter in a sheet that already has a filter.");
  return (sheet._filter = new FakeFilter(sheet, { ...rect }));
}
