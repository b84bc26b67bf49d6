/**
 * The pane reads a picked region file with the command line's streaming reader, inflating with the
 * browser's DecompressionStream (Node has the same web API, so this runs here as in Chromium), and gets
 * the reading ExcelJS gives; without DecompressionStream (an older webview) ExcelJS reads the file.
 */
import { deflateRawSync } from "node:zlib";
import { ExcelJsWorkbook } from "../../cli/xlsx/ExcelJsWorkbook";
import { inflateWeb } from "../../cli/xlsx/stream/inflateWeb";
import { StreamingWorkbook } from "../../cli/xlsx/stream/StreamingWorkbook";
import { readRegion } from "../../core/actions";
import { REGIONAL } from "../../core";
import { buildRegionWorkbook, plausibleFill } from "../../test/cli/_support/regionFiles";
import { openPickedFile } from "../src/taskpane/consolidateFiles";

const MONTH = "2022-09";
let bytes: Uint8Array;

const picked = (name: string, data: Uint8Array) => ({
  name,
  arrayBuffer: async () => data.slice().buffer as ArrayBuffer,
});

beforeAll(async () => {
  const workbook = await buildRegionWorkbook("05", { months: ["2022-08", MONTH], fill: plausibleFill });
  bytes = await workbook.toBuffer();
}, 120_000);

describe("the pane's reading of a region file", () => {
  it("uses the streaming reader with the browser's inflate and reads what ExcelJS reads", async () => {
    const source = await openPickedFile("fi", picked("alue-05.xlsx", bytes));
    expect(source.workbook).toBeInstanceOf(StreamingWorkbook);
    const options = { month: MONTH, programme: REGIONAL, lang: "fi" as const };
    const streamed = await readRegion(source, options);
    const whole = await readRegion(
      { label: "alue-05.xlsx", workbook: await ExcelJsWorkbook.fromBuffer(bytes) },
      options,
    );
    expect(streamed.reporting).toBe(true);
    expect(streamed.tasks?.length).toBeGreaterThanOrEqual(100);
    expect(streamed).toEqual(whole);
  });

  it("falls back to ExcelJS where the browser has no DecompressionStream", async () => {
    const original = globalThis.DecompressionStream;
    Reflect.deleteProperty(globalThis, "DecompressionStream");
    try {
      const source = await openPickedFile("fi", picked("alue-05.xlsx", bytes));
      expect(source.workbook).toBeInstanceOf(ExcelJsWorkbook);
    } finally {
      globalThis.DecompressionStream = original;
    }
  });

  it("names a file that is not a workbook as unreadable", async () => {
    const source = await openPickedFile("fi", picked("muistiinpanot.txt", new TextEncoder().encode("hei")));
    expect("error" in source.workbook && source.workbook.error).toContain("muistiinpanot.txt");
  });

  it("stops inflating a part past its limit, whatever the zip directory claims", async () => {
    const data = deflateRawSync(Buffer.alloc(1_000_000, 0x20));
    const entry = {
      name: "xl/worksheets/sheet1.xml",
      method: 8,
      compressedSize: data.length,
      size: 10,
      localOffset: 0,
    };
    const read = async () => {
      let length = 0;
      for await (const text of inflateWeb(data, entry, 100_000)) length += text.length;
      return length;
    };
    await expect(read()).rejects.toMatchObject({ name: "LimitError" });
    let all = 0;
    for await (const text of inflateWeb(data, entry, 1_000_000)) all += text.length;
    expect(all).toBe(1_000_000);
  });
});
