import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../core/i18n/lang";
import { withFixedZipDates } from "../cli/xlsx/withFixedZipDates";
import { ExcelJsWorkbook } from "../cli/xlsx/ExcelJsWorkbook";
import { buildTemplateFile, TEMPLATE_DIR, TEMPLATE_FILES } from "../scripts/buildTemplates";

jest.setTimeout(60_000);

/** Builds at a given wall-clock time: ExcelJS and JSZip read `new Date()` while writing. */
async function buildAt(now: string, lang: Lang): Promise<Buffer> {
  jest.useFakeTimers({ now: new Date(now), doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
  try {
    return Buffer.from(await buildTemplateFile(lang));
  } finally {
    jest.useRealTimers();
  }
}

/** The (time, date) words of every zip entry's central directory record. */
function zipStamps(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stamps: string[] = [];
  for (let at = 0; at + 46 <= bytes.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50)
      stamps.push(`${view.getUint16(at + 12, true)}/${view.getUint16(at + 14, true)}`);
  }
  return stamps;
}

describe("npm run build:templates", () => {
  it.each(Object.entries(TEMPLATE_FILES) as [Lang, string][])(
    "builds the %s template byte for byte the same at two different times",
    async (lang) => {
      const first = await buildAt("2024-03-05T08:00:00Z", lang);
      const second = await buildAt("2031-11-30T21:59:58Z", lang);
      expect(first.length).toBe(second.length);
      expect(Buffer.compare(first, second)).toBe(0);
    },
  );

  it.each(Object.entries(TEMPLATE_FILES) as [Lang, string][])(
    "has committed the %s template exactly as the build makes it (run `npm run build:templates`)",
    async (lang, file) => {
      const committed = readFileSync(join(TEMPLATE_DIR, file));
      expect(Buffer.compare(committed, Buffer.from(await buildTemplateFile(lang)))).toBe(0);
    },
  );
});

describe("withFixedZipDates", () => {
  it("dates every entry 2022-01-01 00:00 and keeps the workbook readable", async () => {
    const workbook = new ExcelJsWorkbook();
    workbook.excel.addWorksheet("A").getCell("A1").value = "x";
    const fixed = withFixedZipDates(await workbook.toBuffer(), new Date(Date.UTC(2022, 0, 1)));
    const stamps = zipStamps(fixed);
    expect(stamps.length).toBeGreaterThan(3);
    // DOS date of 2022-01-01: (42 << 9) | (1 << 5) | 1; time 00:00:00 is 0.
    expect(new Set(stamps)).toEqual(new Set([`0/${(42 << 9) | (1 << 5) | 1}`]));
    const reopened = await ExcelJsWorkbook.fromBuffer(fixed);
    expect((await reopened.readSheets(["A"])).get("A")).toEqual([["x"]]);
  });

  it("refuses bytes that are not a zip file", () => {
    expect(() => withFixedZipDates(new TextEncoder().encode("%PDF-1.7 not a zip"), new Date())).toThrow(
      /not a zip/,
    );
  });
});
