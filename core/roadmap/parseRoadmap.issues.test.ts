import fc from "fast-check";
import type { CellValue } from "../_lib/cells";
import { parseCsv } from "../_lib/csv";
import { LANGS } from "../i18n/lang";
import { PREPARATION_GROUPS } from "../programme/builtins";
import { ROADMAP_CSV } from "../../templates/content/defaultContent";
import { parseRoadmap } from "./parseRoadmap";

const groups = PREPARATION_GROUPS;
const shipped = parseCsv(ROADMAP_CSV);

/** The shipped sheet with cells replaced, addressed as in the sheet: `{ H12: "31.2.2022" }`. */
function withCells(cells: Record<string, CellValue>): CellValue[][] {
  const grid: CellValue[][] = shipped.map((row) => [...row]);
  for (const [a1, value] of Object.entries(cells)) {
    const [, letter, row] = /^([A-Z])(\d+)$/.exec(a1)!;
    grid[Number(row) - 1]![letter!.charCodeAt(0) - 65] = value;
  }
  return grid;
}

// Columns of the shipped sheet: A Tunnus, B Valmisteluryhmä, G Alkaa, H Päättyy, I Kriittinen, J 100+100.
const badCells = [
  { name: "an impossible day", cell: "H12", value: "31.2.2022", code: "invalid_date", rows: 100 },
  { name: "a month with no year", cell: "G30", value: "syyskuu", code: "invalid_date", rows: 100 },
  { name: "an absurd serial", cell: "G31", value: -5, code: "invalid_date", rows: 100 },
  { name: "an unknown flag", cell: "I5", value: "ehkä", code: "invalid_flag", rows: 100 },
  { name: "a flag number other than 1/0", cell: "I6", value: 2, code: "invalid_flag", rows: 100 },
  { name: "an unknown group", cell: "B40", value: "Talousryhmä", code: "invalid_group", rows: 100 },
  { name: "a group number out of range", cell: "B41", value: 7, code: "invalid_group", rows: 100 },
  {
    name: "an unknown checklist mark",
    cell: "J20",
    value: "Viimeiset 200",
    code: "invalid_checklist",
    rows: 100,
  },
  { name: "a missing id", cell: "A7", value: "", code: "missing_id", rows: 99 },
  { name: "a duplicate id", cell: "A9", value: "1.1.1.1", code: "duplicate_id", rows: 99 },
] as const;

describe("parseRoadmap issues", () => {
  describe.each(badCells)("$name ($cell)", ({ cell, value, code, rows }) => {
    const grid = withCells({ [cell]: value });

    it("gives exactly one issue, naming the sheet and the cell", () => {
      const result = parseRoadmap(grid, { groups, sheet: "Tiekartta" });
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]).toMatchObject({ code, sheet: "Tiekartta", cell, severity: "error" });
      expect(result.ok).toBe(false);
      expect(result.value).toHaveLength(rows);
    });

    it("says so in Finnish, Swedish and English, quoting the value and the cell", () => {
      const messages = LANGS.map((lang) => parseRoadmap(grid, { groups, lang }).issues[0]!.message);
      expect(new Set(messages).size).toBe(3);
      for (const message of messages) {
        expect(message).toContain(`Tiekartta!${cell}`);
        if (code !== "missing_id")
          expect(message).toContain(code === "duplicate_id" ? "1.1.1.1" : String(value));
      }
    });
  });

  it("lists several bad cells in sheet order with their messages", () => {
    const grid = withCells({
      H12: "31.2.2022",
      I5: "ehkä",
      B40: "Talousryhmä",
      J20: "Sista 200",
      A7: "",
      A9: "1.1.1.1",
    });
    expect(parseRoadmap(grid, { groups }).issues).toMatchInlineSnapshot(`
[
  {
    "cell": "I5",
    "code": "invalid_flag",
    "message": "Arvoa ”ehkä” ei voitu tulkita kyllä/ei-arvoksi (Tiekartta!I5).",
    "severity": "error",
    "sheet": "Tiekartta",
    "taskId": "1.1.2.1",
    "value": "ehkä",
  },
  {
    "cell": "A7",
    "code": "missing_id",
    "message": "Riviltä puuttuu tunnus (Tiekartta!A7).",
    "severity": "error",
    "sheet": "Tiekartta",
  },
  {
    "cell": "A9",
    "code": "duplicate_id",
    "message": "Tunnus 1.1.1.1 on tiekartassa kahdesti (Tiekartta!A9).",
    "severity": "error",
    "sheet": "Tiekartta",
    "taskId": "1.1.1.1",
  },
  {
    "cell": "H12",
    "code": "invalid_date",
    "message": "Päivämäärää ”31.2.2022” ei voitu tulkita (Tiekartta!H12). Käytä muotoa 1.3.2022, 9/2021, Q3/2021 tai 2022.",
    "severity": "error",
    "sheet": "Tiekartta",
    "taskId": "1.2.1.1",
    "value": "31.2.2022",
  },
  {
    "cell": "J20",
    "code": "invalid_checklist",
    "message": "100+100-merkintää ”Sista 200” ei tunnisteta (Tiekartta!J20). Käytä: Viimeiset 100 tai Ensimmäiset 100.",
    "severity": "error",
    "sheet": "Tiekartta",
    "taskId": "1.2.3.1",
    "value": "Sista 200",
  },
  {
    "cell": "B40",
    "code": "invalid_group",
    "message": "Valmisteluryhmää ”Talousryhmä” ei tunnisteta (Tiekartta!B40).",
    "severity": "error",
    "sheet": "Tiekartta",
    "taskId": "2.1.2.2",
    "value": "Talousryhmä",
  },
]
`);
  });

  it("keeps the rest of a row with a bad cell, with that field empty", () => {
    const result = parseRoadmap(withCells({ H12: "31.2.2022", I5: "ehkä", J20: "x" }), { groups });
    const row = (id: string) => result.value.find((r) => r.id === id);
    expect(row(shipped[11]![0]!)).toMatchObject({ end: null, start: "2022-04-01", critical: true });
    expect(row(shipped[4]![0]!)).toMatchObject({ critical: false, start: "2021-10-01" });
    expect(row(shipped[19]![0]!)?.checklist).toBeNull();
  });

  it("addresses cells by sheet row when a title and blank rows sit above the header", () => {
    const grid: CellValue[][] = [["Tiekartta 2022"], [], ...withCells({ I5: "ehkä" })];
    expect(parseRoadmap(grid, { groups }).issues.map((issue) => issue.cell)).toEqual(["I7"]);
  });

  describe("groups", () => {
    it("takes a blank group from the id's first part", () => {
      const result = parseRoadmap(withCells({ B40: "", B2: null }), { groups });
      expect(result.issues).toEqual([]);
      expect(result.value[38]).toMatchObject({ id: shipped[39]![0], group: "2" });
      expect(result.value[0]?.group).toBe("1");
    });

    it("reports a blank group whose id names no group", () => {
      const result = parseRoadmap(withCells({ A40: "X.1", B40: "" }), { groups });
      expect(result.issues).toMatchObject([{ code: "invalid_group", cell: "B40", taskId: "X.1", value: "" }]);
    });
  });

  describe("end before start", () => {
    it("is a warning on the end cell, and the row keeps both dates", () => {
      const result = parseRoadmap(withCells({ G2: "10/2021", H2: "9/2021" }), { groups, lang: "en" });
      expect(result.ok).toBe(true);
      expect(result.issues).toMatchInlineSnapshot(`
[
  {
    "cell": "H2",
    "code": "end_before_start",
    "message": "Task 1.1.1.1 ends before it starts (Tiekartta!H2).",
    "severity": "warning",
    "sheet": "Tiekartta",
    "taskId": "1.1.1.1",
    "value": "9/2021",
  },
]
`);
      expect(result.value[0]).toMatchObject({ start: "2021-10-01", end: "2021-09-30" });
    });

    it("is not reported for a task within one month", () => {
      expect(parseRoadmap(withCells({ G2: "9/2021", H2: "9/2021" }), { groups }).issues).toEqual([]);
    });
  });

  describe("missing columns", () => {
    it.each([
      ["fi", "Valmisteluryhmä"],
      ["sv", "Beredningsgrupp"],
      ["en", "Workstream"],
    ] as const)("names a missing group column in %s", (lang, label) => {
      const grid = shipped.map((row) => row.filter((_, column) => column !== 1));
      const result = parseRoadmap(grid, { groups, lang, sheet: "Tiekartta" });
      expect(result.value).toEqual([]);
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]).toMatchObject({ code: "missing_column", sheet: "Tiekartta", value: label });
      expect(result.issues[0]!.message).toContain(label);
      expect(result.issues[0]!.message).toContain("Tiekartta");
    });

    it("does not need a group column when the programme has no groups", () => {
      const grid = shipped.map((row) => row.filter((_, column) => column !== 1));
      expect(parseRoadmap(grid, { groups: [] }).value).toHaveLength(100);
    });

    it("names the id column when only it is missing", () => {
      const grid = shipped.map((row) => row.slice(1));
      expect(parseRoadmap(grid, { groups }).issues).toMatchInlineSnapshot(`
[
  {
    "code": "missing_column",
    "message": "Välilehdeltä Tiekartta puuttuu sarake ”Tunnus”.",
    "severity": "error",
    "sheet": "Tiekartta",
    "value": "Tunnus",
  },
]
`);
    });

    it("names every required column of a sheet with no header at all", () => {
      const result = parseRoadmap(
        [
          ["a", "b"],
          [1, 2],
        ],
        { groups, sheet: "Blad1", lang: "sv" },
      );
      expect(result.issues.map((issue) => issue.message)).toEqual([
        "Kolumnen ”Kod” saknas på fliken Blad1.",
        "Kolumnen ”Beredningsgrupp” saknas på fliken Blad1.",
      ]);
      expect(parseRoadmap([], { groups: [] }).issues.map((issue) => issue.value)).toEqual(["Tunnus"]);
    });
  });

  describe("an empty roadmap", () => {
    it.each([
      ["a header only", [shipped[0]!]],
      ["a header and blank rows", [shipped[0]!, [], ["", "  ", null], [undefined]]],
      [
        "notes only in columns the roadmap does not use",
        [
          [...shipped[0]!, "Huomiot"],
          [...shipped[0]!.map(() => ""), "ei vielä"],
        ],
      ],
    ])("is reported for %s", (_, grid) => {
      const result = parseRoadmap(grid, { groups, sheet: "Tiekartta", lang: "en" });
      expect(result.ok).toBe(false);
      expect(result.value).toEqual([]);
      expect(result.issues).toEqual([
        expect.objectContaining({ code: "empty_roadmap", message: "The roadmap (Tiekartta) has no tasks." }),
      ]);
    });
  });

  describe("arbitrary cells", () => {
    it("reads an invalid Date cell as unreadable, above the header or in it", () => {
      const invalid = new Date(Number.NaN);
      const grid: CellValue[][] = [[invalid], ...withCells({ A5: invalid, G6: invalid })];
      expect(parseRoadmap(grid, { groups }).issues).toMatchObject([
        { code: "missing_id", cell: "A6" },
        { code: "invalid_date", cell: "G7", value: "" },
      ]);
    });

    const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
      fc.constantFrom(
        null,
        undefined,
        "",
        " ",
        "Kyllä",
        "x",
        "Viimeiset 100",
        "3",
        "1.1",
        "9/2021",
        "Q5/2022",
        "31.2.2022",
      ),
      fc.string(),
      fc.double(),
      fc.integer({ min: -10, max: 3_000_000 }),
      fc.boolean(),
      fc.date(),
      fc.constant(new Date(Number.NaN)),
    );

    it("never throw, and give at most one issue per cell", () => {
      fc.assert(
        fc.property(
          fc.array(fc.array(cellValue, { maxLength: 14 }), { maxLength: 12 }),
          fc.boolean(),
          (body, withGroups) => {
            const result = parseRoadmap([shipped[0]!, ...body], { groups: withGroups ? groups : [] });
            const cells = result.issues.flatMap((issue) => (issue.cell ? [issue.cell] : []));
            expect(new Set(cells).size).toBe(cells.length);
            expect(result.ok).toBe(result.issues.every((issue) => issue.severity === "warning"));
            for (const row of result.value) expect(row.id).not.toBe("");
          },
        ),
      );
    });
  });
});
