import { parseCsv } from "../_lib/csv";
import type { CellValue, Grid } from "../_lib/cells";
import { dayToSerial, isoDay, lastDayOfMonth } from "../_lib/day";
import type { RoadmapColumn } from "../_lib/headers";
import { ROADMAP_COLUMNS } from "../_lib/headers";
import type { Lang } from "../i18n/lang";
import { PREPARATION_GROUPS } from "../programme/builtins";
import { NATIONAL_ACTORS_CSV, ROADMAP_CSV } from "../../templates/content/defaultContent";
import { parseRoadmap } from "./parseRoadmap";

const groups = PREPARATION_GROUPS;
const shipped = parseCsv(ROADMAP_CSV);
const expected = parseRoadmap(shipped, { groups }).value;

/** The shipped roadmap as records keyed by field, so a test can lay it out another way. */
type Record_ = Partial<Record<RoadmapColumn, CellValue>>;
const FIELD_OF_FI_LABEL = new Map<string, RoadmapColumn>(
  (Object.keys(ROADMAP_COLUMNS) as RoadmapColumn[]).map((field) => [ROADMAP_COLUMNS[field].label.fi, field]),
);
const shippedFields = shipped[0]!.map((label) => FIELD_OF_FI_LABEL.get(label)!);
const records: Record_[] = shipped
  .slice(1)
  .map((row) => Object.fromEntries(shippedFields.map((field, i) => [field, row[i]])) as Record_);

interface Layout {
  lang?: Lang;
  fields?: readonly RoadmapColumn[];
  value?: (field: RoadmapColumn, value: CellValue, row: number) => CellValue;
  extraColumns?: boolean;
  preface?: Grid;
  blankRowsEvery?: number;
}

/** Lays the records out as a sheet: header language, column order, cell forms, extra and blank rows. */
function layOut(layout: Layout): CellValue[][] {
  const fields = layout.fields ?? shippedFields;
  const lang = layout.lang ?? "fi";
  const extra = (cells: CellValue[], note: CellValue): CellValue[] =>
    layout.extraColumns
      ? ["Huomio " + String(note), ...cells.slice(0, 3), note, ...cells.slice(3), 42]
      : cells;
  const grid: CellValue[][] = [...(layout.preface ?? []).map((row) => [...row])];
  grid.push(
    extra(
      fields.map((field) => ROADMAP_COLUMNS[field].label[lang]),
      "Huomiot",
    ),
  );
  records.forEach((record, row) => {
    if (layout.blankRowsEvery && row % layout.blankRowsEvery === 0) grid.push(row % 2 ? [] : ["", " ", null]);
    const cells = fields.map((field) => (layout.value ?? ((_, v) => v))(field, record[field] ?? "", row));
    grid.push(extra(cells, `rivi ${row}`));
  });
  return grid;
}

/** Another way of writing the same day as a shipped "m/yyyy" or "d.M.yyyy" cell, picked by `variant`. */
function sameDay(text: string, bound: "start" | "end", variant: number): CellValue {
  const month = /^(\d+)\/(\d+)$/.exec(text);
  const exact = /^(\d+)\.(\d+)\.(\d+)$/.exec(text);
  const [y, m, d] = month
    ? [Number(month[2]), Number(month[1]), 0]
    : [Number(exact![3]), Number(exact![2]), Number(exact![1])];
  const day = month ? (bound === "start" ? isoDay(y, m, 1) : lastDayOfMonth(y, m)) : isoDay(y, m, d);
  const dayOfMonth = Number(day.slice(8));
  const forms: CellValue[] = [
    day,
    dayToSerial(day),
    new Date(Date.UTC(y, m - 1, dayOfMonth)),
    new Date(y, m - 1, dayOfMonth),
    `${String(dayOfMonth).padStart(2, "0")}.${String(m).padStart(2, "0")}.${y}.`,
  ];
  if (month) {
    forms.push(`${String(m).padStart(2, "0")}/${y}`);
    const quarter = Math.ceil(m / 3);
    if ((bound === "start" && m % 3 === 1) || (bound === "end" && m % 3 === 0)) {
      forms.push(`Q${quarter}/${y}`, `q${quarter} ${y}`, `${quarter}Q/${y}`);
    }
    if ((bound === "start" && m === 1) || (bound === "end" && m === 12)) forms.push(`${y}`, y);
  }
  return forms[variant % forms.length]!;
}

const GROUP_BY_FI_NAME = new Map(groups.map((group) => [group.name.fi, group]));

type CellTransform = NonNullable<Layout["value"]>;
const transforms: Record<string, CellTransform> = {
  "dates as ISO days, serials, Date cells, quarters and years": (field, value, row) =>
    field === "start" || field === "end" ? sameDay(String(value), field, row) : value,
  "groups as numbers, numbered names, Swedish and English names, or blank": (field, value, row) => {
    if (field !== "group") return value;
    const group = GROUP_BY_FI_NAME.get(String(value))!;
    const forms: CellValue[] = [
      Number(group.id),
      group.id,
      `${group.id} ${group.name.fi}`,
      group.name.sv,
      group.name.en.toUpperCase(),
      "",
    ];
    return forms[row % forms.length];
  },
  "critical flags as booleans": (field, value) => (field === "critical" ? value === "Kyllä" : value),
  "critical flags as 1/0, x/blank, Ja/Nej and Yes/No": (field, value, row) => {
    if (field !== "critical") return value;
    const yes = value === "Kyllä";
    const forms: [CellValue, CellValue][] = [
      [1, 0],
      ["1", "0"],
      ["x", ""],
      ["X", null],
      ["Ja", "Nej"],
      ["yes", "NO"],
      ["TRUE", "false"],
      [true, false],
    ];
    return forms[row % forms.length]![yes ? 0 : 1];
  },
  "checklist marks in Swedish and English, any case": (field, value, row) => {
    if (field !== "checklist" || value === "") return value;
    const last = value === "Viimeiset 100";
    const forms = last
      ? ["Sista 100", "LAST 100", " viimeiset\u00a0100 "]
      : ["Första 100", "first 100", "ENSIMMÄISET 100"];
    return forms[row % forms.length];
  },
  "text with stray whitespace": (field, value) =>
    typeof value === "string" && value !== "" && field !== "id"
      ? `\u00a0${value.replace(/ /g, "  ")}\t`
      : value,
};

describe("parseRoadmap", () => {
  describe("the shipped example roadmap", () => {
    const result = parseRoadmap(shipped, { groups });

    it("parses without issues", () => {
      expect(result.ok).toBe(true);
      expect(result.issues).toEqual([]);
    });

    it("has 100 rows, 76 critical, 27 on the 100+100 checklist", () => {
      const rows = result.value;
      expect(rows).toHaveLength(100);
      expect(rows.filter((row) => row.critical)).toHaveLength(76);
      expect(rows.filter((row) => row.checklist !== null)).toHaveLength(27);
      expect(rows.filter((row) => row.checklist === "last100")).toHaveLength(20);
      expect(rows.filter((row) => row.checklist === "first100")).toHaveLength(7);
    });

    it("gives every row a group matching its id and whole-month dates", () => {
      for (const row of result.value) {
        expect(row.group).toBe(row.id.split(".")[0]);
        expect(row.start! <= row.end!).toBe(true);
      }
      expect(result.value[0]).toEqual({
        id: "1.1.1.1",
        group: "1",
        area: "Hallinnon järjestäminen",
        task: "Väliaikainen valmistelutoimielin",
        subtask: "Väliaikaisen valmistelutoimielimen asettaminen ja kokoonpanon vahvistaminen",
        phase: "VATE",
        start: "2021-07-01",
        end: "2021-09-30",
        critical: true,
        checklist: null,
        legalBasis: "Voimaanpanolaki 616/2021",
        nationalSupport: "",
        owner: "",
        links: [],
      });
      expect(result.value.find((row) => row.id === "1.1.2.2")).toMatchObject({
        start: "2022-03-01",
        end: "2022-04-30",
      });
    });
  });

  describe("the shipped national actors roadmap", () => {
    const result = parseRoadmap(parseCsv(NATIONAL_ACTORS_CSV), { groups: [], sheet: "Kansalliset" });

    it("parses 20 rows with owners and links, without groups", () => {
      expect(result.issues).toEqual([]);
      expect(result.value).toHaveLength(20);
      expect(result.value.every((row) => row.group === null && row.owner !== "")).toBe(true);
      expect(new Set(result.value.map((row) => row.owner))).toEqual(
        new Set(["STM", "VM", "SM", "THL", "Kela", "Valvira", "DigiFinland Oy", "Valtiokonttori"]),
      );
      expect(result.value.find((row) => row.id === "K.7")).toMatchObject({
        owner: "VM",
        links: ["1.2.1.1", "1.2.1.3"],
        critical: true,
        start: "2022-01-01",
        end: "2022-06-30",
      });
      expect(result.value.find((row) => row.id === "K.2")?.links).toEqual([]);
    });

    it("links only to subtasks of the regional roadmap", () => {
      const regional = new Set(expected.map((row) => row.id));
      const links = result.value.flatMap((row) => row.links);
      expect(links.length).toBeGreaterThan(10);
      expect(links.filter((link) => !regional.has(link))).toEqual([]);
    });
  });

  describe("the same roadmap laid out another way reads the same", () => {
    it("sanity: the layout helper reproduces the shipped sheet", () => {
      expect(layOut({})).toEqual(shipped);
    });

    it.each(["sv", "en"] as const)("with %s headers", (lang) => {
      const result = parseRoadmap(layOut({ lang }), { groups, lang });
      expect(result.issues).toEqual([]);
      expect(result.value).toEqual(expected);
    });

    it("with headers in upper case, odd whitespace and aliases", () => {
      const grid = layOut({});
      grid[0] = grid[0]!.map((label) => `\u00a0${String(label).toUpperCase()}  `);
      grid[0][0] = "Id";
      grid[0][6] = "start";
      grid[0][7] = "LOPPU";
      expect(parseRoadmap(grid, { groups }).value).toEqual(expected);
    });

    it("with shuffled columns", () => {
      const fields = [...shippedFields].reverse();
      [fields[0], fields[5]] = [fields[5]!, fields[0]!];
      expect(parseRoadmap(layOut({ fields }), { groups }).value).toEqual(expected);
    });

    it("with extra columns, a title and blank rows above the header, and blank rows between", () => {
      const grid = layOut({
        extraColumns: true,
        preface: [
          ["Hyvinvointialueen tiekartta 2021–2023"],
          [],
          ["", null, "  "],
          ["Päivitetty", "1.9.2022"],
        ],
        blankRowsEvery: 7,
      });
      const result = parseRoadmap(grid, { groups });
      expect(result.issues).toEqual([]);
      expect(result.value).toEqual(expected);
    });

    it.each(Object.entries(transforms))("with %s", (_, value) => {
      const result = parseRoadmap(layOut({ value }), { groups });
      expect(result.issues).toEqual([]);
      expect(result.value).toEqual(expected);
    });

    it("with all of it at once, in English", () => {
      const value: CellTransform = (field, cell, row) =>
        Object.entries(transforms)
          .filter(([name]) => name !== "critical flags as booleans") // the next one covers booleans too
          .reduce((acc, [, transform]) => transform(field, acc, row), cell);
      const grid = layOut({
        lang: "en",
        fields: [...shippedFields].reverse(),
        value,
        extraColumns: true,
        preface: [["Roadmap"], []],
        blankRowsEvery: 5,
      });
      const result = parseRoadmap(grid, { groups, lang: "en" });
      expect(result.issues).toEqual([]);
      expect(result.value).toEqual(expected);
    });
  });

  describe("ids and links", () => {
    const header = ["Tunnus", "Tehtävä", "Liittyy alueiden tehtäviin"];

    it("reads a numeric id cell as its text and trims text ids", () => {
      const result = parseRoadmap([header, [1.1, "a", ""], ["\u00a02.1 ", "b", ""], [7, "c", ""]], {
        groups: [],
      });
      expect(result.issues).toEqual([]);
      expect(result.value.map((row) => row.id)).toEqual(["1.1", "2.1", "7"]);
    });

    it("splits links on whitespace, commas and semicolons", () => {
      const result = parseRoadmap([header, ["K.1", "a", " 1.1.1.1, 1.1.1.2;1.1.1.3\n1.1.1.4 ;; "]], {
        groups: [],
      });
      expect(result.value[0]?.links).toEqual(["1.1.1.1", "1.1.1.2", "1.1.1.3", "1.1.1.4"]);
    });

    it("leaves group null when the programme has no groups, even with a group column", () => {
      const result = parseRoadmap(
        [
          ["Tunnus", "Valmisteluryhmä"],
          ["1.1", "Yhdyspinnat"],
        ],
        { groups: [] },
      );
      expect(result.issues).toEqual([]);
      expect(result.value[0]?.group).toBeNull();
    });

    it("fills in blank optional columns", () => {
      const result = parseRoadmap([["Tunnus"], ["A"]], { groups: [] });
      expect(result.value).toEqual([
        {
          id: "A",
          group: null,
          area: "",
          task: "",
          subtask: "",
          phase: "",
          start: null,
          end: null,
          critical: false,
          checklist: null,
          legalBasis: "",
          nationalSupport: "",
          owner: "",
          links: [],
        },
      ]);
    });
  });
});
