/**
 * `worksheet.pageLayout` and `worksheet.autoFilter` (ExcelApi 1.9): print setup and filter buttons, with
 * the checks Excel makes (known paper sizes and orientations, whole-number fits, footers of at most 255
 * characters, no new filter on a protected sheet). Every write is a queued, counted action.
 */
import { ClientObject } from "./clientObject";
import type { Bounds, FakeSheet } from "./model";
import { FakeError, parseAddress } from "./model";
import type { FakeRange } from "./range";

export interface FakePrintSetup {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  titleRows?: string;
  printArea?: string;
  /** The rows a page break is above, in the order they were added. */
  rowBreaks?: number[];
  footers: { left?: string; center?: string; right?: string };
}

/** The print setup and the filter of each sheet, kept beside the sheet model without changing it. */
const printSetups = new WeakMap<FakeSheet, FakePrintSetup>();
const filters = new WeakMap<FakeSheet, Bounds>();

export function printSetupOf(sheet: FakeSheet): FakePrintSetup {
  let setup = printSetups.get(sheet);
  if (!setup) printSetups.set(sheet, (setup = { footers: {} }));
  return setup;
}

export function autoFilterOf(sheet: FakeSheet): Bounds | undefined {
  return filters.get(sheet);
}

abstract class SheetPart extends ClientObject<FakeSheet> {
  protected scalarProperties(): readonly string[] {
    return [];
  }
  protected readProperty(): unknown {
    return undefined;
  }
  protected change(property: string, value: unknown, apply: (setup: FakePrintSetup) => void): void {
    this.set(property, value, (sheet) => {
      this.context._requireApi("1.9", "Worksheet.pageLayout");
      apply(printSetupOf(sheet));
    });
  }
}

const ORIENTATIONS = new Set(["Landscape", "Portrait"]);
const PAPER = new Set(["A3", "A4", "A5", "Letter", "Legal"]);
const MAX_FOOTER = 255;

export class FakePageLayout extends SheetPart {
  private footersProxy: FakeHeadersFooters | undefined;

  set orientation(value: string) {
    this.change("orientation", value, (setup) => {
      if (!ORIENTATIONS.has(value)) throw new FakeError("InvalidArgument", `Orientation ${value}`);
      setup.orientation = value;
    });
  }
  set paperSize(value: string) {
    this.change("paperSize", value, (setup) => {
      if (!PAPER.has(value)) throw new FakeError("InvalidArgument", `Paper size ${value}`);
      setup.paperSize = value;
    });
  }
  set zoom(value: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.change("zoom", value, (setup) => {
      const fits = [value.horizontalFitToPages, value.verticalFitToPages].filter((v) => v !== undefined);
      if (fits.some((v) => !Number.isInteger(v) || v! < 0))
        throw new FakeError("InvalidArgument", "Fit-to-pages must be a whole number of pages.");
      setup.zoom = { ...value };
    });
  }
  setPrintTitleRows(rows: string): void {
    this.call({ rows }, (sheet) => {
      this.context._requireApi("1.9", "PageLayout.setPrintTitleRows");
      if (!/^\$?\d+:\$?\d+$/.test(rows)) throw new FakeError("InvalidArgument", `Not whole rows: ${rows}`);
      printSetupOf(sheet).titleRows = rows;
    });
  }
  setPrintArea(area: string): void {
    this.call({ area }, (sheet) => {
      this.context._requireApi("1.9", "PageLayout.setPrintArea");
      parseAddress(area); // throws on an address that is not one
      printSetupOf(sheet).printArea = area;
    });
  }
  get headersFooters(): FakeHeadersFooters {
    return (this.footersProxy ??= new FakeHeadersFooters(this.context, () => this._resolve()));
  }
}

export class FakeHeadersFooters extends SheetPart {
  private pages: FakeHeaderFooter | undefined;
  get defaultForAllPages(): FakeHeaderFooter {
    return (this.pages ??= new FakeHeaderFooter(this.context, () => this._resolve()));
  }
}

export class FakeHeaderFooter extends SheetPart {
  private footer(side: "left" | "center" | "right", text: string): void {
    this.change(`${side}Footer`, text, (setup) => {
      if (text.length > MAX_FOOTER)
        throw new FakeError("InvalidArgument", "A footer is at most 255 characters.");
      setup.footers[side] = text;
    });
  }
  set leftFooter(text: string) {
    this.footer("left", text);
  }
  set centerFooter(text: string) {
    this.footer("center", text);
  }
  set rightFooter(text: string) {
    this.footer("right", text);
  }
}

/** `worksheet.horizontalPageBreaks` (ExcelApi 1.9): a break above the top-left cell of each range added. */
export class FakePageBreakCollection extends SheetPart {
  add(pageBreakRange: FakeRange | string): void {
    this.call({ range: typeof pageBreakRange === "string" ? pageBreakRange : "range" }, (sheet) => {
      this.context._requireApi("1.9", "PageBreakCollection.add");
      const bounds =
        typeof pageBreakRange === "string"
          ? parseAddress(pageBreakRange).bounds
          : pageBreakRange._target().bounds;
      const setup = printSetupOf(sheet);
      setup.rowBreaks = [...(setup.rowBreaks ?? []), bounds.row + 1];
    });
  }
  removePageBreaks(): void {
    this.call({}, (sheet) => {
      this.context._requireApi("1.9", "PageBreakCollection.removePageBreaks");
      printSetupOf(sheet).rowBreaks = [];
    });
  }
}

export class FakeAutoFilter extends SheetPart {
  apply(range: FakeRange | string): void {
    this.call({ range: typeof range === "string" ? range : "range" }, (sheet) => {
      this.context._requireApi("1.9", "Worksheet.autoFilter");
      if (sheet.protected)
        throw new FakeError("InvalidOperation", "The sheet is protected: a filter cannot be added.");
      const bounds = typeof range === "string" ? parseAddress(range).bounds : range._target().bounds;
      filters.set(sheet, { ...bounds });
    });
  }
}
