import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { exportLongCsv } from "../../core/actions";
import { readWorkbookFile } from "../../cli/xlsx/files";
import { plausibleFill, removeDir, tempDir, writeRegionSet } from "../cli/_support/regionFiles";
import { runCli } from "../cli/_support/runCli";

jest.setTimeout(180_000);

describe("tilannekuva consolidate into a new national workbook (written without ExcelJS)", () => {
  let dir = "";
  beforeAll(async () => (dir = await tempDir("tilannekuva-new-national-")));
  afterAll(() => removeDir(dir));

  it("writes the long CSV the saved workbook gives when opened again, and a workbook --previous takes on", async () => {
    const regions = Object.values(
      await writeRegionSet(dir, {
        months: ["2022-09", "2022-10"],
        fill: plausibleFill,
        codes: ["01", "02", "03"],
      }),
    );
    const out = join(dir, "kansallinen.xlsx");
    const csv = join(dir, "aineisto.csv");
    const first = await runCli(["consolidate", "--month", "2022-09", "--out", out, "--csv", csv, ...regions]);
    expect(first.stderr).not.toMatch(/Error|virhe:/i);
    expect(first.code).toBe(0);

    // The CSV came from the workbook in memory; the same from the file, opened with ExcelJS.
    const reopened = await exportLongCsv(await readWorkbookFile(out), { lang: "fi" });
    expect(reopened.csv).toBeTruthy();
    expect(await readFile(csv, "utf8")).toBe(reopened.csv);

    // Next month's run carries the file forward with ExcelJS: its history and store sheets are read back.
    const next = await runCli([
      ...["consolidate", "--month", "2022-10", "--previous", out, "--out", out, "--csv", csv],
      ...regions,
    ]);
    expect(next.code).toBe(0);
    const rows = (await readFile(csv, "utf8")).trim().split("\n").slice(1);
    expect(new Set(rows.map((line) => line.split(",")[0]))).toEqual(new Set(['"2022-09"', '"2022-10"']));
  });
});
