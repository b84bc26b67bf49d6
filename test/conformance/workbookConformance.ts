import type { CellValue, Grid } from "../../core/_lib/cells";
import { dateCellDay, serialToDay } from "../../core/_lib/day";
import type { SheetSpec, SpecCell } from "../../core/sheets/SheetSpec";
import type { ConformanceFactory, ConformanceSubject } from "./ConformanceSubject";

/**
 * Every sheet name the suite writes. A factory's fresh workbook may hold default sheets, but none named
 * like these (compared case-insensitively, as Excel does).
 */
export const CONFORMANCE_SHEET_NAMES = [
  "Tiekartta",
  "2022-09",
  "Yhteenveto",
  "Åland – Öö",
  "Riskit",
  "Teksti",
  "Iso",
  "Asetukset",
] as const;

type SheetName = (typeof CONFORMANCE_SHEET_NAMES)[number];

/** Text a region might type that spreadsheets read as a formula when written carelessly (PRODUCT.md §6). */
export const FORMULA_LIKE_TEXT = [
  '=HYPERLINK("http://x","y")',
  "+1",
  "-1+2",
  "@SUM(A1)",
  "'quoted",
  "=1+1",
  "=",
  "-",
];

/** Text that Excel's `range.values` and Sheets' `setValues` would turn into a number, date or boolean. */
export const VALUE_LIKE_TEXT = [
  "12",
  "0012",
  "1.5",
  "1,5",
  "1e5",
  "50 %",
  "1.3.2022",
  "2022-09",
  "2022-09-30",
  "TRUE",
  "false",
  "1.2.1.1",
];

const LONG_TEXT = "Tehtävä ÅÄÖ åäö – välfärdsområde; ".repeat(1000).slice(0, 32_767);

/**
 * The Workbook contract, written once and run against every host (ExcelJS, the Office.js fake, the Apps
 * Script fake, the in-memory fake). It uses only the Workbook interface and `inspect`.
 *
 * Factory contract: each call of `create` returns a new subject, independent of all others, whose
 * `workbook`
 * - holds no sheets, or only the blank default sheets a new file of that host has ("Sheet1"); none of
 *   them is named like a `CONFORMANCE_SHEET_NAMES` entry. The suite reads the names it starts with and
 *   checks sheet order relative to them.
 * - stores each `writeSheets` the way the host really does: a file host may save and reopen after each
 *   call, so that what is read and inspected is what a user's file holds.
 * and whose `inspect(sheet, a1)` tells how that cell is stored: `formula` (with its `=`) only when the
 * host holds a formula there, and `value` the stored value: for text, the text itself without any
 * escaping apostrophe; null (or undefined or "") for an empty cell.
 */
export function describeWorkbookConformance(label: string, create: ConformanceFactory): void {
  describe(`Workbook conformance: ${label}`, () => {
    let subject: ConformanceSubject;
    let initial: string[];

    beforeEach(async () => {
      subject = await create();
      initial = await subject.workbook.sheetNames();
      const reserved = new Set(CONFORMANCE_SHEET_NAMES.map((n) => n.toLowerCase()));
      const clashes = initial.filter((n) => reserved.has(n.toLowerCase()));
      if (clashes.length > 0)
        throw new Error(`The factory's fresh workbook already holds ${clashes.join(", ")}`);
    });

    const write = (...specs: SheetSpec[]): Promise<void> => subject.workbook.writeSheets(specs);
    const sheet = (name: SheetName, cells: SpecCell[][]): SheetSpec => ({ name, cells });
    const read = async (name: SheetName): Promise<Grid> => {
      const grid = (await subject.workbook.readSheets([name])).get(name);
      if (!grid) throw new Error(`readSheets left out "${name}", which was written`);
      return grid;
    };

    describe("a fresh workbook", () => {
      it("holds no sheets but the host's blank default ones", async () => {
        const grids = await subject.workbook.readSheets(initial);
        for (const name of initial) expectGrid(grids.get(name) ?? [], []);
      });

      it("reads nothing when asked for no sheets", async () => {
        expect((await subject.workbook.readSheets([])).size).toBe(0);
      });
    });

    describe("sheets", () => {
      it("creates sheets in the order given, after the existing ones", async () => {
        await write(sheet("Tiekartta", [["a"]]), sheet("2022-09", [["b"]]), sheet("Åland – Öö", [["c"]]));
        expect(await subject.workbook.sheetNames()).toEqual([
          ...initial,
          "Tiekartta",
          "2022-09",
          "Åland – Öö",
        ]);

        await write(sheet("Riskit", [["d"]]));
        expect(await subject.workbook.sheetNames()).toEqual([
          ...initial,
          "Tiekartta",
          "2022-09",
          "Åland – Öö",
          "Riskit",
        ]);
      });

      it("rewrites an existing sheet in its tab position, keeping nothing of the old content", async () => {
        await write(
          sheet("Tiekartta", [
            ["Tunnus", "Tila", "Kommentti"],
            ["1.1.1.1", "Valmis", { formula: "=1+1" }],
            ["1.1.1.2", 3, true],
          ]),
          sheet("2022-09", [["toinen"]]),
        );
        await write(sheet("Tiekartta", [["uusi"]]));

        expect(await subject.workbook.sheetNames()).toEqual([...initial, "Tiekartta", "2022-09"]);
        expectGrid(await read("Tiekartta"), [
          ["uusi", null, null],
          [null, null, null],
          [null, null, null],
        ]);
        expect((await subject.inspect("Tiekartta", "C2")).formula).toBeUndefined();
        expectGrid(await read("2022-09"), [["toinen"]]);
      });

      it("creates new sheets and rewrites existing ones in one call", async () => {
        await write(sheet("Tiekartta", [["vanha"]]), sheet("2022-09", [["pysyy"]]));
        await write(sheet("Yhteenveto", [["uusi"]]), sheet("Tiekartta", [["korvattu"]]));

        expect(await subject.workbook.sheetNames()).toEqual([
          ...initial,
          "Tiekartta",
          "2022-09",
          "Yhteenveto",
        ]);
        expectGrid(await read("Tiekartta"), [["korvattu"]]);
        expectGrid(await read("2022-09"), [["pysyy"]]);
        expectGrid(await read("Yhteenveto"), [["uusi"]]);
      });

      it("reads several sheets in one call, leaving out those that do not exist", async () => {
        await write(sheet("Tiekartta", [["a", 1]]), sheet("2022-09", [["b", 2]]), sheet("Riskit", [["c"]]));

        const grids = await subject.workbook.readSheets(["2022-09", "Puuttuu", "Tiekartta"]);

        expect([...grids.keys()].sort()).toEqual(["2022-09", "Tiekartta"]);
        expectGrid(grids.get("Tiekartta")!, [["a", 1]]);
        expectGrid(grids.get("2022-09")!, [["b", 2]]);
      });

      it("reads a missing sheet as absent, not as empty", async () => {
        expect((await subject.workbook.readSheets(["Puuttuu"])).has("Puuttuu")).toBe(false);
      });

      it("reads a sheet written with no cells as present and empty", async () => {
        await write(sheet("Riskit", []));
        expectGrid(await read("Riskit"), []);
      });
    });

    describe("values", () => {
      it("round-trips text exactly: Finnish and Swedish letters, NBSP, line breaks, spaces, long text", async () => {
        const texts = [
          "Hyvinvointialue Ää Öö Åå",
          "Välfärdsområde – Österbotten",
          "nbsp\u00a0here",
          "rivi 1\nrivi 2\n",
          "  spaces around  ",
          "tab\there",
          "emoji 🙂 and “quotes” ‘single’ & <xml>",
          LONG_TEXT,
        ];
        await write(
          sheet(
            "Teksti",
            texts.map((t) => [t]),
          ),
        );

        const grid = await read("Teksti");

        expect(texts.map((_, r) => valueAt(grid, r, 0))).toEqual(texts);
      });

      it("round-trips numbers and booleans", async () => {
        const cells: SpecCell[][] = [
          [0, -1.5, 0.75, 123456.789, 1e15, -42],
          [true, false, 1, 0, 1 / 4, 3],
        ];
        await write(sheet("Tiekartta", cells));
        expectGrid(await read("Tiekartta"), cells);
      });

      it("reads a hidden column like any other (the settings' keys live in one)", async () => {
        const cells: SpecCell[][] = [
          ["Kieli", "suomi", null, null, "lang"],
          ["Ohjelma", "Sote", null, null, "programme"],
        ];
        await write({ ...sheet("Teksti", cells), hiddenColumns: [4] });
        expectGrid(await read("Teksti"), cells);
      });

      it("writes {date} as a date cell that reads back as the same day", async () => {
        // 27.3.2022 is the day Finland moved its clocks forward: a zone-shifted midnight would show there.
        const days = ["2022-09-30", "2023-01-01", "2022-03-27", "2021-12-31", "1999-02-28"];
        await write(sheet("2022-09", [days.map((day) => ({ date: day }))]));

        const grid = await read("2022-09");

        const values = days.map((_, c) => valueAt(grid, 0, c));
        expect(values.filter((v) => !(v instanceof Date) && typeof v !== "number")).toEqual([]);
        expect(values.map(dayOf)).toEqual(days);
      });

      it("reads empty cells and ragged rows as empty, with the grid starting at A1", async () => {
        const cells: SpecCell[][] = [[], [null, null, "C2"], ["A3", "", null, 4], ["A4"], [], [null, true]];
        await write(sheet("Yhteenveto", cells));

        const grid = await read("Yhteenveto");

        expectGrid(grid, [
          [null, null, null, null],
          [null, null, "C2", null],
          ["A3", null, null, 4],
          ["A4", null, null, null],
          [null, null, null, null],
          [null, true, null, null],
        ]);
      });

      it("round-trips a 5,000 × 20 sheet", async () => {
        const cells: SpecCell[][] = Array.from({ length: 5000 }, (_, r) =>
          Array.from({ length: 20 }, (_, c): SpecCell => {
            switch (c % 4) {
              case 0:
                return `${r}.${c} Ää`;
              case 1:
                return r * 20 + c;
              case 2:
                return r % 7 === 0 ? null : `=${r}`;
              default:
                return r % 2 === 0;
            }
          }),
        );
        await write(sheet("Iso", cells));

        expectGrid(await read("Iso"), cells);
      }, 120_000);
    });

    describe("literal text", () => {
      it("stores text that starts like a formula as that text, never as a formula", async () => {
        await write(
          sheet(
            "Teksti",
            FORMULA_LIKE_TEXT.map((t) => [t]),
          ),
        );

        const grid = await read("Teksti");
        const stored = await Promise.all(
          FORMULA_LIKE_TEXT.map((_, r) => subject.inspect("Teksti", `A${r + 1}`)),
        );

        expect(FORMULA_LIKE_TEXT.map((_, r) => valueAt(grid, r, 0))).toEqual(FORMULA_LIKE_TEXT);
        expect(stored.map((s) => s.formula)).toEqual(FORMULA_LIKE_TEXT.map(() => undefined));
        expect(stored.map((s) => s.value)).toEqual(FORMULA_LIKE_TEXT);
      });

      it("stores text that looks like a number, date or boolean as that text", async () => {
        await write(
          sheet(
            "Teksti",
            VALUE_LIKE_TEXT.map((t) => [t]),
          ),
        );

        const grid = await read("Teksti");

        expect(VALUE_LIKE_TEXT.map((_, r) => valueAt(grid, r, 0))).toEqual(VALUE_LIKE_TEXT);
      });
    });

    describe("formulas", () => {
      it("stores a formula cell as that formula, beside the same text stored as text", async () => {
        await write(
          sheet("Yhteenveto", [
            [2, 3, { formula: "=A1+B1" }, "=A1+B1"],
            [{ formula: '=IF(A1>0,"kyllä","ei")' }, { formula: "=SUM(A1:B1)" }],
          ]),
        );

        const c1 = await subject.inspect("Yhteenveto", "C1");
        const d1 = await subject.inspect("Yhteenveto", "D1");
        const grid = await read("Yhteenveto");

        expect(c1.formula).toBe("=A1+B1");
        expect(valueAt(grid, 0, 2)).not.toBe("=A1+B1");
        expect((await subject.inspect("Yhteenveto", "A2")).formula).toBe('=IF(A1>0,"kyllä","ei")');
        expect((await subject.inspect("Yhteenveto", "B2")).formula).toBe("=SUM(A1:B1)");
        expect(d1).toEqual({ value: "=A1+B1" });
        expect(valueAt(grid, 0, 3)).toBe("=A1+B1");
      });
    });
  });
}

function valueAt(grid: Grid, row: number, column: number): CellValue {
  return grid[row]?.[column] ?? null;
}

/**
 * Expects `grid` to hold `expected` over the rectangle covering both, comparing every kind of empty
 * (null, undefined, "") as one, and a `{date}` by its day whether the host reads a Date or a serial, so
 * hosts that differ only in those pass alike.
 */
function expectGrid(grid: Grid, expected: readonly (readonly SpecCell[])[]): void {
  const rows = Math.max(grid.length, expected.length);
  let columns = 0;
  for (const row of [...grid, ...expected]) columns = Math.max(columns, row.length);
  const actual: CellValue[][] = [];
  const wanted: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    actual.push([]);
    wanted.push([]);
    for (let c = 0; c < columns; c++) {
      const spec = expected[r]?.[c] ?? null;
      const value = valueAt(grid, r, c);
      if (spec !== null && typeof spec === "object") {
        if (!("date" in spec)) throw new Error("expectGrid compares values, not formulas");
        wanted[r]!.push(spec.date);
        actual[r]!.push(dayOf(value) ?? value);
      } else {
        wanted[r]!.push(spec === "" ? null : spec);
        actual[r]!.push(value === undefined || value === "" ? null : value);
      }
    }
  }
  expect(actual).toEqual(wanted);
}

/** The day a date cell holds, whether the host hands over a Date or a serial number. */
function dayOf(value: CellValue): string | null {
  if (value instanceof Date) return dateCellDay(value);
  if (typeof value === "number") return serialToDay(value);
  return null;
}
