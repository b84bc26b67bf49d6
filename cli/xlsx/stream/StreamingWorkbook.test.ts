import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../ExcelJsWorkbook";
import { removeDir, tempDir } from "../../../test/cli/_support/regionFiles";
import { runCli } from "../../../test/cli/_support/runCli";
import { streamingWorkbookOf } from "./openStreamingWorkbook";

jest.setTimeout(120_000);

/** Every sheet of a file as both readers see it. */
async function bothReadings(bytes: Buffer) {
  const whole = await ExcelJsWorkbook.fromBuffer(bytes);
  const streamed = await streamingWorkbookOf(bytes);
  const names = await whole.sheetNames();
  expect(await streamed.sheetNames()).toEqual(names);
  return { expected: await whole.readSheets(names), actual: await streamed.readSheets(names) };
}

describe("StreamingWorkbook", () => {
  it("reads every sheet of the demo's region files exactly as ExcelJS does", async () => {
    const dir = await tempDir("tilannekuva-stream-");
    try {
      expect((await runCli(["demo", "--out", dir])).code).toBe(0);
      const files = (await readdir(join(dir, "alueet"))).filter((f) => f.endsWith(".xlsx")).sort();
      for (const file of files.slice(0, 3)) {
        const { expected, actual } = await bothReadings(await readFile(join(dir, "alueet", file)));
        expect(actual).toEqual(expected);
      }
    } finally {
      await removeDir(dir);
    }
  });

  it("reads odd cells as ExcelJS does: dates, formulas, rich text, merges, errors, escapes", async () => {
    const excel = new ExcelJS.Workbook();
    const sheet = excel.addWorksheet("2022-09");
    sheet.getCell("A1").value = "Tehtävä <&> \"'";
    sheet.getCell("B1").value = new Date(Date.UTC(2022, 8, 30));
    sheet.getCell("C1").value = { formula: "1+1", result: 2 };
    sheet.getCell("D1").value = { formula: 'A1&""', result: "" };
    sheet.getCell("E1").value = { richText: [{ text: "rich " }, { text: "text", font: { bold: true } }] };
    sheet.getCell("F1").value = { text: "linkki", hyperlink: "https://example.org" };
    sheet.getCell("G1").value = { error: "#N/A" };
    sheet.getCell("H1").value = true;
    sheet.getCell("I1").value = 0.25;
    sheet.getCell("J1").value = 44834;
    sheet.getCell("J1").numFmt = "d.m.yyyy";
    sheet.getCell("K1").value = '=HYPERLINK("x")';
    sheet.getCell("A3").value = "yhdistetty";
    sheet.mergeCells("A3:C4");
    sheet.getCell("B5").value = "rivi\nkaksi\ttab";
    sheet.getCell("L7").numFmt = "0.00"; // styled, empty: not part of the grid
    excel.addWorksheet("Toinen").getCell("C2").value = "x";
    const bytes = Buffer.from(await excel.xlsx.writeBuffer());
    const { expected, actual } = await bothReadings(bytes);
    expect(actual).toEqual(expected);
    expect(actual.get("2022-09")?.[0]?.[9]).toBeInstanceOf(Date);
  });

  it("finds a sheet by name ignoring case and leaves out the sheets not asked for", async () => {
    const excel = new ExcelJS.Workbook();
    excel.addWorksheet("Asetukset").getCell("A1").value = "a";
    excel.addWorksheet("2022-08").getCell("A1").value = "b";
    const workbook = await streamingWorkbookOf(Buffer.from(await excel.xlsx.writeBuffer()));
    const grids = await workbook.readSheets(["asetukset", "Puuttuu"]);
    expect([...grids.keys()]).toEqual(["asetukset"]);
    expect(grids.get("asetukset")).toEqual([["a"]]);
  });

  it("rejects bytes that are not an .xlsx file", async () => {
    await expect(streamingWorkbookOf(Buffer.from("not a zip"))).rejects.toThrow(/zip/);
  });
});
