import type { CellValue } from "../_lib/cells";
import { dayToSerial } from "../_lib/day";
import type { RoadmapRow } from "../programme/ProgrammeSchema";
import { parseStatusTable } from "./parseStatusTable";

const STATUSES = {
  not_started: { fi: "Ei aloitettu", sv: "Inte påbörjad", en: "Not started" },
  in_progress: { fi: "Käynnissä", sv: "Pågår", en: "In progress" },
  done: { fi: "Valmis", sv: "Klar", en: "Done" },
  not_applicable: { fi: "Ei koske", sv: "Berör inte", en: "Not applicable" },
};

function task(id: string, critical = true): RoadmapRow {
  return {
    id,
    group: id.split(".")[0] ?? null,
    area: "",
    task: "",
    subtask: `Osatehtävä ${id}`,
    phase: "Aluevaltuusto",
    start: "2022-03-01",
    end: "2022-10-31",
    critical,
    checklist: null,
    legalBasis: "",
    nationalSupport: "",
    owner: "",
    links: [],
  };
}

const ROADMAP = [task("1.1.1.1"), task("1.1.1.2"), task("2.1.1.1"), task("3.2.1.1"), task("5.1.1.1", false)];

// A month sheet as the template lays it out: a title block and a live summary above the task table,
// whose status column is J. Columns A–L.
const HEADER_FI = [
  "Tunnus",
  "Valmisteluryhmä",
  "Tehtävä",
  "Osatehtävä",
  "Alkaa",
  "Päättyy",
  "Kriittinen",
  "Edellisen kuun tila",
  "Kommentti",
  "Tila",
  "Arvioitu valmistuminen",
  "Vastuuhenkilö",
];
const TOP_BLOCK: CellValue[][] = [
  ["Tilannekuva 2022-09", null, null, "Itä-Uudenmaan hyvinvointialue"],
  ["Raportointipäivä", "2022-09-30"],
  [],
  ["Tila", "Aloitettu", "Valmis"],
  ["Aikataulu", 0.67, 0.5],
  ["Valmiusaste", 0.75, 0.25],
  [],
];

function row(
  id: CellValue,
  status: CellValue,
  more: { comment?: CellValue; expected?: CellValue; owner?: CellValue } = {},
): CellValue[] {
  return [
    id,
    "1",
    "",
    "",
    "",
    "",
    "Kyllä",
    "",
    more.comment ?? null,
    status,
    more.expected ?? null,
    more.owner ?? null,
  ];
}

function sheet(rows: CellValue[][], header: CellValue[] = HEADER_FI): CellValue[][] {
  return [...TOP_BLOCK, header, ...rows];
}

const OPTIONS = { sheet: "2022-09", roadmap: ROADMAP, statuses: STATUSES };

function statuses(result: ReturnType<typeof parseStatusTable>): Record<string, string> {
  return Object.fromEntries([...result.value.entries].map(([id, entry]) => [id, entry.status]));
}

describe("parseStatusTable", () => {
  const body = [
    row("1.1.1.1", "Valmis", {
      comment: "  Hyväksytty aluevaltuustossa.\nPöytäkirja liitteenä. ",
      owner: " Maija\u00a0Meikäläinen ",
    }),
    row("1.1.1.2", "Käynnissä", { expected: "15.11.2022" }),
    row("2.1.1.1", "Ei aloitettu"),
    row("3.2.1.1", "Ei koske"),
    row("5.1.1.1", "Käynnissä"),
  ];

  it("finds the header row below the title block and the live summary", () => {
    const result = parseStatusTable(sheet(body), OPTIONS);
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
    expect(result.value.headerRow).toBe(7);
    expect(result.value.entries.get("1.1.1.1")).toEqual({
      id: "1.1.1.1",
      status: "done",
      statusText: "Valmis",
      comment: "Hyväksytty aluevaltuustossa.\nPöytäkirja liitteenä.",
      expected: null,
      owner: "Maija Meikäläinen",
      row: 9,
      statusCell: "J9",
    });
    expect(result.value.entries.get("1.1.1.2")).toMatchObject({
      status: "in_progress",
      expected: "2022-11-15",
      row: 10,
    });
  });

  it("finds the header row below rows a user inserted, and reads the same statuses", () => {
    const plain = parseStatusTable(sheet(body), OPTIONS);
    const inserted = parseStatusTable(
      [["Muistiinpano"], [], ["Tila: luonnos", "Tunnus puuttuu"], ...sheet(body)],
      OPTIONS,
    );
    expect(inserted.value.headerRow).toBe(10);
    expect(statuses(inserted)).toEqual(statuses(plain));
    expect(inserted.value.entries.get("2.1.1.1")?.statusCell).toBe("J14");
  });

  it("reads Swedish and English headers", () => {
    const sv = [
      "Kod",
      "Beredningsgrupp",
      "",
      "",
      "",
      "",
      "",
      "",
      "Kommentar",
      "Status",
      "Beräknat färdigställande",
      "Ansvarsperson",
    ];
    const en = [
      "ID",
      "Workstream",
      "",
      "",
      "",
      "",
      "",
      "",
      "Comment",
      "Status",
      "Expected completion",
      "Owner",
    ];
    for (const header of [sv, en]) {
      const result = parseStatusTable(sheet(body, header), OPTIONS);
      expect(result.value.headerRow).toBe(7);
      expect(statuses(result)).toEqual(statuses(parseStatusTable(sheet(body), OPTIONS)));
      expect(result.value.entries.get("1.1.1.2")?.expected).toBe("2022-11-15");
      expect(result.value.entries.get("1.1.1.1")?.owner).toBe("Maija Meikäläinen");
    }
  });

  it("reads statuses in Swedish and English, in any case and spacing, and as codes", () => {
    const result = parseStatusTable(
      sheet([
        row("1.1.1.1", "klar"),
        row("1.1.1.2", "\u00a0IN\tPROGRESS "),
        row("2.1.1.1", "Inte  påbörjad\t"),
        row("3.2.1.1", "BERÖR INTE"),
        row("5.1.1.1", "done"),
      ]),
      OPTIONS,
    );
    expect(result.issues).toEqual([]);
    expect(statuses(result)).toEqual({
      "1.1.1.1": "done",
      "1.1.1.2": "in_progress",
      "2.1.1.1": "not_started",
      "3.2.1.1": "not_applicable",
      "5.1.1.1": "done",
    });
    expect(result.value.entries.get("1.1.1.2")?.statusText).toBe("IN PROGRESS");
  });

  it("matches ids by value whatever the row order, with blank rows between and spaces or numbers in ids", () => {
    const roadmap = [...ROADMAP, task("7", false)];
    const result = parseStatusTable(
      sheet([
        row(" 3.2.1.1 ", "Valmis"),
        [],
        row(null, "Valmis"),
        row("\u00a0", "Käynnissä"),
        row(7, "Valmis"),
        row("1.1.1.2", "Käynnissä"),
        [null, null, null],
        row("2.1.1.1", "Valmis"),
        row("1.1.1.1", "Ei koske"),
        row("5.1.1.1", "Ei aloitettu"),
      ]),
      { ...OPTIONS, roadmap },
    );
    expect(result.issues).toEqual([]);
    expect(statuses(result)).toEqual({
      "3.2.1.1": "done",
      "7": "done",
      "1.1.1.2": "in_progress",
      "2.1.1.1": "done",
      "1.1.1.1": "not_applicable",
      "5.1.1.1": "not_started",
    });
    expect(result.value.entries.get("7")?.row).toBe(13);
  });

  it("reads expected completion as a date cell, a serial, d.M.yyyy, ISO or a period's last day", () => {
    const result = parseStatusTable(
      sheet([
        row("1.1.1.1", "Käynnissä", { expected: new Date(Date.UTC(2022, 11, 31)) }),
        row("1.1.1.2", "Käynnissä", { expected: dayToSerial("2022-10-15") }),
        row("2.1.1.1", "Käynnissä", { expected: " 1.3.2023 " }),
        row("3.2.1.1", "Käynnissä", { expected: "2022-12-01" }),
        row("5.1.1.1", "Käynnissä", { expected: "11/2022" }),
      ]),
      OPTIONS,
    );
    expect(result.issues).toEqual([]);
    expect([...result.value.entries.values()].map((entry) => entry.expected)).toEqual([
      "2022-12-31",
      "2022-10-15",
      "2023-03-01",
      "2022-12-01",
      "2022-11-30",
    ]);
  });

  it("counts a duplicated id by its first row", () => {
    const result = parseStatusTable(sheet([...body, row("1.1.1.1", "Ei aloitettu")]), OPTIONS);
    expect(result.value.entries.get("1.1.1.1")?.status).toBe("done");
    expect(result.value.entries.get("1.1.1.1")?.row).toBe(9);
  });

  it("reports every issue with its cell", () => {
    const result = parseStatusTable(
      sheet([
        row("1.1.1.1", "Valmis"),
        row("9.9.9.9", "Valmis"),
        row("1.1.1.1", "Käynnissä"),
        row("1.1.1.2", null),
        row("2.1.1.1", "valmis?", { expected: "ensi kuussa" }),
        row("3.2.1.1", "Käynnissä", { expected: "31.2.2022" }),
      ]),
      { ...OPTIONS, roadmap: [...ROADMAP, task("4.1.1.1")], lang: "en" },
    );
    expect(result.ok).toBe(false);
    expect(result.value.entries.get("2.1.1.1")).toMatchObject({
      status: "not_started",
      statusText: "valmis?",
      expected: null,
    });
    expect(result.value.entries.get("1.1.1.2")).toMatchObject({ status: "not_started", statusText: "" });
    expect(result.issues).toMatchInlineSnapshot(`
      [
        {
          "cell": "A10",
          "code": "unknown_task",
          "message": "ID 9.9.9.9 (2022-09!A10) is not in the roadmap; the row was ignored.",
          "severity": "warning",
          "sheet": "2022-09",
          "taskId": "9.9.9.9",
        },
        {
          "cell": "A11",
          "code": "duplicate_task",
          "message": "Task 1.1.1.1 appears more than once (2022-09!A11); the first row was used.",
          "severity": "error",
          "sheet": "2022-09",
          "taskId": "1.1.1.1",
        },
        {
          "cell": "J12",
          "code": "missing_status",
          "message": "Task 1.1.1.2 has no status (2022-09!J12); it counts as not started.",
          "severity": "warning",
          "sheet": "2022-09",
          "taskId": "1.1.1.2",
        },
        {
          "cell": "J13",
          "code": "unknown_status",
          "message": "Unknown status “valmis?” (2022-09!J13); the task counts as not started. Use: Not started, In progress, Done, Not applicable.",
          "severity": "error",
          "sheet": "2022-09",
          "taskId": "2.1.1.1",
          "value": "valmis?",
        },
        {
          "cell": "K13",
          "code": "invalid_date",
          "message": "The date “ensi kuussa” could not be read (2022-09!K13). Use 1.3.2022, 9/2021, Q3/2021 or 2022.",
          "severity": "warning",
          "sheet": "2022-09",
          "taskId": "2.1.1.1",
          "value": "ensi kuussa",
        },
        {
          "cell": "K14",
          "code": "invalid_date",
          "message": "The date “31.2.2022” could not be read (2022-09!K14). Use 1.3.2022, 9/2021, Q3/2021 or 2022.",
          "severity": "warning",
          "sheet": "2022-09",
          "taskId": "3.2.1.1",
          "value": "31.2.2022",
        },
        {
          "code": "missing_task",
          "message": "Task 5.1.1.1 is missing from sheet 2022-09; it counts as not started.",
          "severity": "warning",
          "sheet": "2022-09",
          "taskId": "5.1.1.1",
        },
        {
          "code": "missing_task",
          "message": "Task 4.1.1.1 is missing from sheet 2022-09; it counts as not started.",
          "severity": "error",
          "sheet": "2022-09",
          "taskId": "4.1.1.1",
        },
      ]
    `);
  });

  it("says so when there is no task table", () => {
    const result = parseStatusTable(
      [
        ["Tunnus", "Kommentti"],
        ["1.1.1.1", "Valmis"],
      ],
      OPTIONS,
    );
    expect(result.ok).toBe(false);
    expect(result.value).toEqual({ headerRow: -1, entries: new Map() });
    expect(result.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "missing_header",
          "message": "Välilehdeltä 2022-09 ei löytynyt tehtävätaulukon otsikkoriviä (sarakkeet Tunnus ja Tila).",
          "severity": "error",
          "sheet": "2022-09",
        },
      ]
    `);
  });

  it("writes messages in the language asked for, Finnish by default", () => {
    const grid = sheet([row("1.1.1.1", "valmis?")]);
    expect(parseStatusTable(grid, OPTIONS).issues[0]?.message).toMatch(
      /^Tuntematon tila ”valmis\?” \(2022-09!J9\)/,
    );
    expect(parseStatusTable(grid, { ...OPTIONS, lang: "sv" }).issues[0]?.message).toMatch(/^Okänd status/);
  });
});

describe("parseStatusTable on a sorted table (issue 9: sorting under protection)", () => {
  // The current layout's first columns: id, subtask, last month's status, then the fill-in columns.
  const header = ["Tunnus", "Osatehtävä", "Edellisen kuun tila", "Tila", "Kommentti"];
  const typed: Record<string, [string, string]> = {
    "1.1.1.1": ["Valmis", "Hyväksytty"],
    "1.1.1.2": ["Käynnissä", ""],
    "2.1.1.1": ["Ei aloitettu", ""],
    "3.2.1.1": ["Ei koske", "Ei koske meitä"],
    "5.1.1.1": ["Käynnissä", "Kesken"],
  };
  const rows = ROADMAP.map((t): CellValue[] => [t.id, t.subtask, null, ...typed[t.id]!]);
  const grid = (body: CellValue[][]) => [...TOP_BLOCK, header, ...body];
  const entries = (result: ReturnType<typeof parseStatusTable>) =>
    [...result.value.entries.values()].map((e) => [e.id, e.status, e.comment]).sort();

  it("reads the same statuses and comments whatever order whole rows are sorted in", () => {
    const before = parseStatusTable(grid(rows), OPTIONS);
    expect(before.issues).toEqual([]);
    for (const order of [
      [4, 3, 2, 1, 0],
      [2, 0, 4, 1, 3],
      [1, 0, 2, 3, 4],
    ]) {
      const sorted = parseStatusTable(grid(order.map((i) => rows[i]!)), OPTIONS);
      expect(sorted.issues).toEqual([]);
      expect(entries(sorted)).toEqual(entries(before));
    }
  });

  it("names every row whose id was sorted away from its subtask, and counts none of them", () => {
    // The id column alone sorted in reverse: only the middle row keeps its own subtask.
    const ids = rows.map((r) => r[0]).reverse();
    const result = parseStatusTable(grid(rows.map((r, i) => [ids[i]!, ...r.slice(1)])), OPTIONS);
    const moved = result.issues.filter((i) => i.code === "task_row_moved");
    expect(moved.map((i) => [i.cell, i.taskId, i.value])).toEqual([
      ["A9", "5.1.1.1", "Osatehtävä 1.1.1.1"],
      ["A10", "3.2.1.1", "Osatehtävä 1.1.1.2"],
      ["A12", "1.1.1.2", "Osatehtävä 3.2.1.1"],
      ["A13", "1.1.1.1", "Osatehtävä 5.1.1.1"],
    ]);
    expect(moved.every((i) => i.severity === "error" && i.sheet === "2022-09")).toBe(true);
    expect(moved[0]!.message).toMatch(
      /^Solun 2022-09!A9 tunnus 5\.1\.1\.1 on rivillä, jonka ”Osatehtävä 1\.1\.1\.1” kuuluu toiselle tehtävälle/,
    );
    // Not also "missing": each task is named once, with its cell.
    expect(result.issues.filter((i) => i.code === "missing_task")).toEqual([]);
    expect([...result.value.entries.keys()]).toEqual(["2.1.1.1"]);
  });

  it("reads a row whose subtask text was retyped, not moved", () => {
    const retyped = rows.map((r, i) =>
      i === 1 ? [r[0]!, "Osatehtävä 1.1.1.2 (tarkennettu)", ...r.slice(2)] : r,
    );
    const result = parseStatusTable(grid(retyped), OPTIONS);
    expect(result.issues).toEqual([]);
    expect(result.value.entries.get("1.1.1.2")?.status).toBe("in_progress");
  });

  it("checks rows against the roadmap the sheet shows, so an outdated region's renumbered rows still read", () => {
    // The region's own copy (the sheet's) numbers the tasks the other way round from the national one.
    const shown = ROADMAP.map((t, i) => ({ ...t, subtask: ROADMAP[ROADMAP.length - 1 - i]!.subtask }));
    const sheetRows = shown.map((t): CellValue[] => [t.id, t.subtask, null, ...typed[t.id]!]);
    expect(parseStatusTable(grid(sheetRows), OPTIONS).issues.some((i) => i.code === "task_row_moved")).toBe(
      true,
    );
    expect(parseStatusTable(grid(sheetRows), { ...OPTIONS, shown }).issues).toEqual([]);
  });

  it("names the cell of an id cleared from a row that still shows its subtask and status", () => {
    const cleared = rows.map((r, i) => (i === 2 ? [null, ...r.slice(1)] : r));
    const result = parseStatusTable(grid(cleared), OPTIONS);
    expect(result.issues.map((i) => [i.code, i.cell, i.taskId, i.severity])).toEqual([
      ["task_id_missing", "A11", "2.1.1.1", "error"],
    ]);
    expect(result.issues[0]!.message).toContain("Kirjoita soluun tunnus 2.1.1.1");
    // An empty row stays what it was: nothing to name.
    const blank = parseStatusTable(grid([...rows, [null, null, null, null, null]]), OPTIONS);
    expect(blank.issues).toEqual([]);
  });
});

describe("parseStatusTable read again and again against the same tasks", () => {
  it("reads each table against the tasks the array holds at the time, not when first read", () => {
    const roadmap = [task("1.1.1.1"), task("1.1.1.2")];
    const grid = sheet([row("1.1.1.1", "Valmis"), row("9.9.9.9", "Valmis")]);
    const options = { ...OPTIONS, roadmap };
    expect(parseStatusTable(grid, options).issues.map((i) => [i.code, i.taskId])).toEqual([
      ["unknown_task", "9.9.9.9"],
      ["missing_task", "1.1.1.2"],
    ]);
    roadmap[1] = task("9.9.9.9");
    expect(statuses(parseStatusTable(grid, options))).toEqual({ "1.1.1.1": "done", "9.9.9.9": "done" });
    expect(parseStatusTable(grid, options).issues).toEqual([]);
  });
});
