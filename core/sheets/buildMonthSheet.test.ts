import { parseRange } from "../_lib/cells";
import { REGIONAL } from "../programme/builtins";
import { buildMonthSheet } from "./buildMonthSheet";
import { MONTH_LAYOUT, MONTH_TABLE_COLUMNS, monthColumn } from "./monthLayout";
import type { SheetSpec } from "./SheetSpec";
import { INPUT_STYLE, LOCKED_STYLE } from "./styles";
import { MONTH, ROADMAP, UNIT } from "./_test/monthFixtures";

const build = (lang: "fi" | "sv" | "en" = "fi"): SheetSpec =>
  buildMonthSheet({ programme: REGIONAL, unit: UNIT, roadmap: ROADMAP, month: MONTH, lang });

/** Pixels of a column at 100 % zoom: Excel's 7 px a character of the default font plus 5 px padding. */
const pixels = (chars: number) => chars * 7 + 5;

describe("buildMonthSheet", () => {
  const spec = build();
  const header = spec.cells[MONTH_LAYOUT.tableHeaderRow - 1]!;

  describe("what the coordinator fills sits beside the subtask", () => {
    it("orders the table: id, subtask, last month's status, status, comment, expected, owner, then context", () => {
      expect(header.slice(0, 7)).toEqual([
        "Tunnus",
        "Osatehtävä",
        "Edellisen kuun tila",
        "Tila",
        "Kommentti",
        "Arvioitu valmistuminen",
        "Vastuuhenkilö",
      ]);
      expect(header).toHaveLength(MONTH_TABLE_COLUMNS.length);
      expect(header.slice(7)).toEqual(
        expect.arrayContaining([
          "Valmisteluryhmä",
          "Tehtäväkokonaisuus",
          "Tehtävä",
          "Vaihe",
          "Alkaa",
          "Päättyy",
        ]),
      );
    });

    it("freezes the header row with the id and subtask columns", () => {
      expect(spec.frozen).toEqual({ rows: MONTH_LAYOUT.tableHeaderRow, columns: 2 });
    });

    it("shows the subtask and its status side by side on a 1366-px screen", () => {
      const widths = spec.columnWidths!;
      // Row headers (~40 px) and the window frame leave well over 1,250 px of grid.
      const throughStatus = widths.slice(0, monthColumn("status") + 1).reduce((sum, w) => sum + pixels(w), 0);
      const throughOwner = widths.slice(0, monthColumn("owner") + 1).reduce((sum, w) => sum + pixels(w), 0);
      expect(throughStatus).toBeLessThan(800);
      expect(throughOwner).toBeLessThan(1250);
    });

    it("keeps the frozen block short: the table header is on row 9, the summary beside the header block", () => {
      expect(MONTH_LAYOUT.tableHeaderRow).toBeLessThanOrEqual(10);
      const summary = spec.cells[MONTH_LAYOUT.summaryHeaderRow - 1]!;
      expect(summary[MONTH_LAYOUT.summaryColumn]).toBe("Mittari");
    });
  });

  describe("fill-in cells and the status list", () => {
    const first = MONTH_LAYOUT.tableHeaderRow + 1;
    const last = first + ROADMAP.length - 1;
    const fillIn = `D${first}:G${last}`;

    it("marks exactly the status, comment, expected and owner cells editable, in the input style", () => {
      expect(spec.protection!.editable).toEqual([fillIn]);
      expect(spec.styles).toContainEqual({ range: fillIn, ...INPUT_STYLE });
      // Every other table column is locked-looking.
      const locked = spec
        .styles!.filter((s) => s.fill === LOCKED_STYLE.fill)
        .map((s) => parseRange(s.range).column);
      expect(locked.sort((a, b) => a - b)).toEqual([0, 1, 2, 7, 8, 9, 10, 11, 12, 13]);
    });

    it("lets the whole task body be sorted, with every cell outside the fill-in columns guarded", () => {
      const sortable = spec.protection!.sortable!;
      expect(sortable.range).toBe(`A${first}:N${last}`);
      // id, subtask and last month's status before the fill-in columns; the roadmap's context after.
      expect(sortable.guarded).toEqual([`A${first}:C${last}`, `H${first}:N${last}`]);
      const cells = (range: string) => parseRange(range).rows * parseRange(range).columns;
      expect(cells(fillIn) + sortable.guarded.map(cells).reduce((a, b) => a + b, 0)).toBe(
        cells(sortable.range),
      );
      expect(sortable.message).toMatch(/^Tämä sarake tulee tiekartasta/);
      expect(build("sv").protection!.sortable!.message).toMatch(/^Den här kolumnen kommer från färdplanen/);
      // The filter covers the header and the same rows.
      expect(spec.autoFilter).toBe(`A${first - 1}:N${last}`);
    });

    it("rejects a status outside the list, with a prompt and an error that name what to pick", () => {
      const [status] = spec.validations!;
      expect(status).toMatchObject({ range: `D${first}:D${last}`, strict: true });
      expect(status!.values).toEqual(["Ei aloitettu", "Käynnissä", "Valmis", "Ei koske"]);
      for (const text of [status!.prompt!, status!.error!]) {
        for (const value of status!.values) expect(text).toContain(value);
        expect(text.length).toBeLessThanOrEqual(225);
      }
      expect(build("sv").validations![0]!.error).toMatch(
        /^Värdet godtas inte\. Välj ett av följande: Inte påbörjad/,
      );
    });

    it("lets users filter and sort the table: a filter over the header and every task row", () => {
      expect(spec.autoFilter).toBe(`A${MONTH_LAYOUT.tableHeaderRow}:N${last}`);
    });
  });

  describe("print and opening", () => {
    it("prints A4 landscape, one page wide, the table header on every page, a footer naming region and month", () => {
      expect(spec.print).toEqual({
        orientation: "landscape",
        paper: "A4",
        fitWide: 1,
        repeatRows: { from: MONTH_LAYOUT.tableHeaderRow, to: MONTH_LAYOUT.tableHeaderRow },
        footer: { left: REGIONAL.name.fi, center: `${UNIT.name.fi} · ${MONTH}` },
        pageLabel: "Sivu {page} / {pages}",
        area: `A1:${String.fromCharCode(65 + monthColumn("end"))}${MONTH_LAYOUT.tableHeaderRow + ROADMAP.length}`,
      });
    });

    it("is the sheet the workbook opens on", () => {
      expect(spec.active).toBe(true);
    });

    it("points to the month's assessment sheet where the assessments once were", () => {
      expect(spec.cells[MONTH_LAYOUT.bannerRow - 1]![0]).toBe(
        "Itsearvio ja riskit täytetään välilehdellä 2022-09 arvio.",
      );
      expect(spec.cells.flat()).not.toContain("Riskit");
    });

    it("gives wrapped subtasks the height of their lines, and the header its two lines", () => {
      const heights = spec.rowHeights!;
      expect(heights[MONTH_LAYOUT.tableHeaderRow - 1]).toBe(30);
      const long = spec.cells.findIndex((row) => typeof row[1] === "string" && row[1].length > 60);
      expect(long).toBeGreaterThanOrEqual(MONTH_LAYOUT.tableHeaderRow);
      expect(heights[long]).toBeGreaterThanOrEqual(30);
    });
  });
});
