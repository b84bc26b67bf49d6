import { parseCsv } from "../_lib/csv";
import { REGIONAL } from "../programme/builtins";
import { picture } from "../report/_test/fixtures";
import { LONG_CSV_COLUMNS, longFormatCsv } from "./longFormatCsv";
import type { Summary } from "./SummarySchema";

const [first, second] = REGIONAL.roadmap;

function withTasks(month: string, comments: string[]): Summary {
  const summary = picture().summary;
  return {
    ...summary,
    month,
    regions: summary.regions.map((r, i) =>
      i === 0
        ? {
            ...r,
            tasks: [
              { id: first!.id, status: "done", comment: comments[0] ?? "", expected: null, owner: "Maija" },
              {
                id: second!.id,
                status: "in_progress",
                comment: comments[1] ?? "",
                expected: "2022-12-31",
                owner: "",
              },
            ],
          }
        : r,
    ),
  };
}

describe("longFormatCsv", () => {
  const csv = longFormatCsv(
    [
      withTasks("2022-09", ['=HYPERLINK("http://x","y")', "+1"]),
      withTasks("2022-08", ["-1+2", "@SUM(A1)"]),
      withTasks("2022-07", ["\tsisennys", "\rrivi"]),
    ],
    REGIONAL,
  );
  const rows = parseCsv(csv);

  it("starts with a UTF-8 byte-order mark and ends its lines with CRLF", () => {
    expect(csv.startsWith("\ufeffmonth,")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(rows.length + 1);
  });

  it("has one row per region × task × month, months in order", () => {
    expect(rows[0]).toEqual([...LONG_CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[3], r[7]])).toEqual([
      ["2022-07", "01", first!.id, "done"],
      ["2022-07", "01", second!.id, "in_progress"],
      ["2022-08", "01", first!.id, "done"],
      ["2022-08", "01", second!.id, "in_progress"],
      ["2022-09", "01", first!.id, "done"],
      ["2022-09", "01", second!.id, "in_progress"],
    ]);
    expect(rows[2]!.slice(5)).toEqual([
      second!.subtask || second!.task,
      String(second!.critical),
      "in_progress",
      "'\rrivi",
      "2022-12-31",
      "",
    ]);
  });

  it("makes text that a spreadsheet would run as a formula inert, as OWASP advises", () => {
    const comments = rows.slice(1).map((r) => r[8]);
    expect(comments).toEqual([
      "'\tsisennys",
      "'\rrivi",
      "'-1+2",
      "'@SUM(A1)",
      `'=HYPERLINK("http://x","y")`,
      "'+1",
    ]);
  });
});
