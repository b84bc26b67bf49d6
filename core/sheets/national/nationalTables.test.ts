import { parseRange } from "../../_lib/cells";
import { syntheticPicture } from "../../../test/support/syntheticPicture";
import { cutLabels } from "../_lib/cutLabels";
import type { SheetSpec } from "../SheetSpec";
import { HEADER_STYLE, PERCENT_FORMAT } from "../styles";
import { nationalSheets } from "./nationalSheets";
import { SUMMARY_HEADER_ROW } from "./summarySheet";

type Box = ReturnType<typeof parseRange>;
const inside = (b: Box, r: number, c: number) =>
  r >= b.row && r < b.row + b.rows && c >= b.column && c < b.column + b.columns;
const rowsOf = (b: Box) => Array.from({ length: b.rows }, (_, i) => b.row + i);

function numberFormatAt(spec: SheetSpec, r: number, c: number): string | undefined {
  let format: string | undefined;
  for (const s of spec.styles ?? [])
    if (s.numberFormat && inside(parseRange(s.range), r, c)) format = s.numberFormat;
  return format;
}
const isHeaderRow = (spec: SheetSpec, r: number) =>
  (spec.styles ?? []).some(
    (s) =>
      s.fill === HEADER_STYLE.fill && parseRange(s.range).row <= r && rowsOf(parseRange(s.range)).includes(r),
  );

describe.each([1, 22, 300])("national sheets of %i units", (units) => {
  const picture = syntheticPicture(units);
  const sheets = nationalSheets(picture);

  it("gives every coloured table a legend: each colour a rule paints sits, named, on a cell of its own", () => {
    const unexplained: string[] = [];
    for (const spec of sheets) {
      const painted = (spec.conditionalFormats ?? []).map((rule) => parseRange(rule.range));
      const keyed = new Set(
        (spec.styles ?? [])
          .filter((s) => s.fill && s.fill !== HEADER_STYLE.fill)
          .filter((s) => {
            const box = parseRange(s.range);
            const text = spec.cells[box.row]?.[box.column];
            return (
              typeof text === "string" && text !== "" && !painted.some((p) => inside(p, box.row, box.column))
            );
          })
          .map((s) => s.fill),
      );
      for (const rule of spec.conditionalFormats ?? [])
        if (!keyed.has(rule.fill)) unexplained.push(`${spec.name} ${rule.range} ${rule.fill}`);
    }
    expect(unexplained).toEqual([]);
  });

  it("gives every fraction a number format, so no cell shows 0.954545", () => {
    const raw: string[] = [];
    for (const spec of sheets) {
      spec.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (typeof cell === "number" && !Number.isInteger(cell) && !numberFormatAt(spec, r, c))
            raw.push(`${spec.name}!${String.fromCharCode(65 + c)}${r + 1}=${cell}`);
        }),
      );
    }
    expect(raw).toEqual([]);
  });

  it("puts colour rules on data rows only: never on a header, never past the last row", () => {
    const wrong: string[] = [];
    for (const spec of sheets) {
      for (const rule of spec.conditionalFormats ?? []) {
        const box = parseRange(rule.range);
        for (const r of rowsOf(box)) {
          const row = spec.cells[r] ?? [];
          const filled = row.slice(box.column, box.column + box.columns).some((v) => v !== null && v !== "");
          if (!filled || isHeaderRow(spec, r)) wrong.push(`${spec.name}!${rule.range} row ${r + 1}`);
        }
      }
    }
    expect([...new Set(wrong)]).toEqual([]);
  });

  it("formats, borders and colours every region row and the national total on Yhteenveto", () => {
    const summary = sheets[0]!;
    const first = SUMMARY_HEADER_ROW + 1;
    const last = first + units; // the total row
    expect(summary.cells[last]?.[1]).toBe("Koko maa");
    expect(summary.cells[last + 1]).toBeUndefined();
    const shareBox = (summary.conditionalFormats ?? [])
      .map((f) => parseRange(f.range))
      .filter((b) => b.column === 2);
    expect(shareBox.length).toBeGreaterThan(0);
    for (const b of shareBox) expect([b.row, b.row + b.rows - 1, b.columns]).toEqual([first, last, 4]);
    for (let r = first; r <= last; r++) {
      for (let c = 2; c < 6; c++) expect(numberFormatAt(summary, r, c)).toBe(PERCENT_FORMAT);
      const bordered = (summary.styles ?? []).some((s) => s.border && inside(parseRange(s.range), r, 13));
      expect(bordered).toBe(true);
    }
    expect(summary.frozen).toEqual({ rows: SUMMARY_HEADER_ROW + 1, columns: 2 });
    expect(summary.cells[SUMMARY_HEADER_ROW]?.[0]).toBe("Koodi");
  });

  it("cuts no label: every text fits its column or wraps into a row tall enough", () => {
    for (const lang of ["fi", "sv", "en"] as const) {
      const cut = nationalSheets(syntheticPicture(units, lang)).flatMap((spec) =>
        cutLabels(spec).map((c) => `${spec.name}!${c}`),
      );
      expect(cut).toEqual([]);
    }
  });
});

describe("national headers people read", () => {
  const sheets = nationalSheets(syntheticPicture(22));
  const byName = (name: string) => sheets.find((s) => s.name === name)!;

  it("calls the due date a due date, not 'Päättyi' (which reads as finished)", () => {
    const text = byName("Myöhässä")
      .cells.flat()
      .filter((c) => typeof c === "string");
    expect(text).toContain("Määräpäivä");
    expect(text).not.toContain("Päättyi");
  });

  it("gives no two columns of a table the same name (Tarkistukset had two 'Koodi')", () => {
    const header = byName("Tarkistukset").cells[2]!;
    expect(new Set(header).size).toBe(header.length);
    expect(header).toEqual(expect.arrayContaining(["Alueen koodi", "Havainto", "Tekninen koodi"]));
    const summaryHeader = byName("Yhteenveto").cells[SUMMARY_HEADER_ROW]!;
    expect(new Set(summaryHeader).size).toBe(summaryHeader.length);
  });

  it("names issue codes in words on Tarkistukset and keeps the code in the last column", () => {
    const picture = syntheticPicture(22);
    const checks = nationalSheets({
      ...picture,
      summary: {
        ...picture.summary,
        issues: [
          {
            region: "05",
            severity: "error",
            code: "month_missing",
            sheet: null,
            cell: null,
            taskId: null,
            message: "…",
          },
        ],
      },
    }).find((s) => s.name === "Tarkistukset")!;
    expect(checks.cells[3]).toEqual([
      "05",
      "Varsinais-Suomen hyvinvointialue",
      "Virhe",
      "Kuukausi puuttuu",
      "",
      "",
      "",
      "…",
      "month_missing",
    ]);
    // The key to the severity colour, above the severity column.
    expect(checks.cells[1]).toEqual([null, "Värit", "Virhe", "Varoitus"]);
    const errorRule = checks.conditionalFormats![0]!;
    expect(checks.styles).toContainEqual(expect.objectContaining({ range: "C2", fill: errorRule.fill }));
  });
});
