import fs from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { removeDir, tempDir } from "../../../test/cli/_support/regionFiles";
import { openStreamingWorkbook, streamingWorkbookOf } from "./openStreamingWorkbook";

/** A workbook of one small sheet and twelve large month sheets of numbers, as a file's bytes. */
async function manySheets(): Promise<Buffer> {
  const excel = new ExcelJS.Workbook();
  excel.addWorksheet("Asetukset").getCell("A1").value = "Tehtävä";
  for (let month = 1; month <= 12; month++) {
    const sheet = excel.addWorksheet(`2022-${String(month).padStart(2, "0")}`);
    for (let row = 1; row <= 2000; row++)
      sheet.getRow(row).values = [row * month, (row * 7919 * month) % 1000, `r${row}`];
  }
  return Buffer.from(await excel.xlsx.writeBuffer());
}

describe("openStreamingWorkbook", () => {
  it("reads a file's sheets as from its bytes, reading only the parts asked for from disk", async () => {
    const dir = await tempDir("tilannekuva-open-");
    const readSync = jest.spyOn(fs, "readSync");
    try {
      const bytes = await manySheets();
      const path = join(dir, "alue.xlsx");
      await writeFile(path, bytes);
      const names = ["Asetukset", "2022-12"];
      const expected = await (await streamingWorkbookOf(bytes)).readSheets(names);
      readSync.mockClear();
      const actual = await (await openStreamingWorkbook(path)).readSheets(names);
      expect(actual).toEqual(expected);
      expect(actual.get("2022-12")?.[1999]).toEqual([24000, (2000 * 7919 * 12) % 1000, "r2000"]);
      // The directory, the workbook, shared strings, styles and two sheets: not the other eleven months.
      const read = readSync.mock.calls.reduce((sum, call) => sum + Number((call as unknown[])[3]), 0);
      expect(read).toBeGreaterThan(0);
      expect(read).toBeLessThan(bytes.length / 4);
    } finally {
      readSync.mockRestore();
      await removeDir(dir);
    }
  });

  it("finds the zip's directory before a comment at its end", async () => {
    const dir = await tempDir("tilannekuva-open-");
    try {
      const zip = await JSZip.loadAsync(await manySheets());
      const commented = await zip.generateAsync({
        type: "nodebuffer",
        compression: "DEFLATE",
        comment: "kommentti ".repeat(1000),
      });
      const path = join(dir, "alue.xlsx");
      await writeFile(path, commented);
      const grids = await (await openStreamingWorkbook(path)).readSheets(["Asetukset"]);
      expect(grids.get("Asetukset")).toEqual([["Tehtävä"]]);
    } finally {
      await removeDir(dir);
    }
  });

  it("refuses to go on reading a file saved over since it was opened", async () => {
    const dir = await tempDir("tilannekuva-open-");
    try {
      const path = join(dir, "alue.xlsx");
      await writeFile(path, await manySheets());
      const workbook = await openStreamingWorkbook(path);
      const excel = new ExcelJS.Workbook();
      excel.addWorksheet("Asetukset").getCell("A1").value = "toinen";
      await writeFile(path, Buffer.from(await excel.xlsx.writeBuffer()));
      await expect(workbook.readSheets(["Asetukset"])).rejects.toThrow(/changed while it was read/);
    } finally {
      await removeDir(dir);
    }
  });

  it("rejects a file that is not an .xlsx workbook", async () => {
    const dir = await tempDir("tilannekuva-open-");
    try {
      const path = join(dir, "muistiinpanot.xlsx");
      await writeFile(path, "hei");
      await expect(openStreamingWorkbook(path)).rejects.toThrow(/zip/);
    } finally {
      await removeDir(dir);
    }
  });
});
