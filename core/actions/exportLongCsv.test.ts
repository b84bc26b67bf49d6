import { MemoryWorkbook } from "../../test/support/MemoryWorkbook";
import { parseCsv } from "../_lib/csv";
import { cellAddress } from "../_lib/cells";
import { storeSheetName } from "../brief/summaryStore";
import { MONTH_LAYOUT, monthColumn } from "../sheets/monthLayout";
import type { SpecCell } from "../sheets/SheetSpec";
import { consolidate, createMonthSheet, createRegionWorkbook, exportLongCsv, setupTemplate } from ".";

const FIRST = MONTH_LAYOUT.tableHeaderRow;

/** Types values into a sheet as a preparer would: the cells given change, the rest stays. */
async function type(workbook: MemoryWorkbook, sheet: string, values: Record<string, SpecCell>) {
  const spec = workbook.specOf(sheet)!;
  const cells = spec.cells.map((row) => [...row]);
  for (const [a1, value] of Object.entries(values)) {
    const row = Number(/\d+/.exec(a1)![0]) - 1;
    const column = a1.charCodeAt(0) - 65;
    while (cells.length <= row) cells.push([]);
    cells[row]![column] = value;
  }
  await workbook.writeSheets([{ ...spec, cells }]);
}

/** A national workbook with August and September 2022 consolidated from region 05. */
async function twoMonths() {
  const template = new MemoryWorkbook();
  await setupTemplate(template, { lang: "fi" });
  const region = new MemoryWorkbook();
  await createRegionWorkbook(template, region, { region: "05" });
  await createMonthSheet(region, { month: "2022-08" });
  await type(region, "2022-08", {
    [cellAddress(FIRST, monthColumn("status"))]: "Valmis",
    [cellAddress(FIRST, monthColumn("comment"))]: "=1+1 ei kaava",
  });
  await createMonthSheet(region, { month: "2022-09" });
  const national = new MemoryWorkbook();
  const sources = [{ label: "05.xlsx", workbook: region }];
  await consolidate(national, sources, { month: "2022-08" });
  const september = await consolidate(national, sources, { month: "2022-09" });
  const tasks = september.summary!.regions.find((r) => r.code === "05")!.tasks!;
  return { national, tasks };
}

describe("exportLongCsv", () => {
  it("gives one row per region × task × month for every month consolidated, in one listing and one read", async () => {
    const { national, tasks } = await twoMonths();
    const before = { ...national.calls };
    const result = await exportLongCsv(national, { lang: "fi" });
    expect(national.calls).toEqual({
      sheetNames: before.sheetNames + 1,
      readSheets: before.readSheets + 1,
      writeSheets: before.writeSheets,
    });
    expect(result.ok).toBe(true);
    expect(result.fileName).toBe("tilannekuva-aineisto-2022-08-2022-09.csv");
    expect(result.message).toContain("2022-08–2022-09");
    const rows = parseCsv(result.csv!.replace(/^\ufeff/, ""));
    const body = rows.slice(1);
    expect(body).toHaveLength(2 * tasks.length);
    expect(new Set(body.map((r) => `${r[0]} ${r[1]}`))).toEqual(new Set(["2022-08 05", "2022-09 05"]));
    const first = body.filter((r) => r[3] === tasks[0]!.id);
    expect(first.map((r) => [r[0], r[7], r[8]])).toEqual([
      ["2022-08", "done", "'=1+1 ei kaava"],
      ["2022-09", "done", "'=1+1 ei kaava"],
    ]);
  });

  it("names the months whose picture was kept without task rows instead of leaving them out silently", async () => {
    const { national, tasks } = await twoMonths();
    const name = storeSheetName("2022-08", "fi");
    const grid = (await national.readSheets([name])).get(name)!;
    const json = JSON.parse(
      grid
        .slice(1)
        .map((row) => String(row[1]))
        .join(""),
    ) as {
      regions: Record<string, unknown>[];
    };
    const old = JSON.stringify({ ...json, regions: json.regions.map(({ taskRows: _t, ...r }) => r) });
    await national.writeSheets([
      {
        name,
        cells: [
          ["part", "summary"],
          [0, old],
        ],
        hidden: true,
      },
    ]);

    const result = await exportLongCsv(national, { lang: "en" });
    expect(result.message).toBe(
      `Data: ${tasks.length} rows (region × task × month), months 2022-09. No per-task data is kept for 2022-08; consolidate those months again to include them.`,
    );
    expect(
      parseCsv(result.csv!)
        .slice(1)
        .every((r) => r[0] === "2022-09"),
    ).toBe(true);
  });

  it("says to consolidate first when the national workbook holds no month", async () => {
    const result = await exportLongCsv(new MemoryWorkbook(), { lang: "sv" });
    expect(result).toMatchObject({ ok: false, csv: null });
    expect(result.message).toBe(
      "Den nationella arbetsboken har inga sammanställda månader än. Sammanställ en månad först.",
    );
  });
});
