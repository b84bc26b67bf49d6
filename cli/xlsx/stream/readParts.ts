import { MAX_PART_BYTES, MAX_TEXT_CHARS } from "../../../core/_lib/limits";
import { TextCollector, unescapeText } from "./cellText";
import type { InflateBytes, ZipEntry, ZipSource } from "./readZipEntries";
import { entryBytes, readEntryData } from "./readZipEntries";
import { attribute, decodeXml, isName, scanTags, scanXml, utf8Of } from "./scanXml";

/** Reads one part of the zip as chunks of bytes, bounded by MAX_PART_BYTES. */
export function partBytes(zip: ZipSource, entry: ZipEntry, inflate: InflateBytes): AsyncIterable<Uint8Array> {
  return entryBytes(readEntryData(zip, entry), entry, MAX_PART_BYTES, inflate);
}

/**
 * The bytes of a text piece decoded at most: MAX_TEXT_CHARS + 1 characters written the longest way
 * (`&#x10FFFF;`, ten bytes for one). A shared string of hundreds of megabytes is not decoded whole.
 */
const PIECE_BYTES = 10 * (MAX_TEXT_CHARS + 1) + 10;

/**
 * The shared strings, each cut at MAX_TEXT_CHARS + 1 so that an overlong one is still seen as such. Read
 * by position (scanTags): a workbook late in the programme holds thousands, read for every region.
 */
export async function readSharedStrings(chunks: AsyncIterable<Uint8Array>): Promise<string[]> {
  const strings: string[] = [];
  const current = new TextCollector(MAX_TEXT_CHARS + 1);
  let inString = false;
  let inText = false;
  let inPhonetic = false;
  await scanTags(chunks, {
    open(xml, name, nameEnd, _end, selfClosing) {
      if (isName(xml, name, nameEnd, "si")) {
        current.clear();
        inString = true;
        if (selfClosing) strings.push("");
      } else if (isName(xml, name, nameEnd, "rPh")) inPhonetic = !selfClosing;
      else if (isName(xml, name, nameEnd, "t") && !selfClosing && !inPhonetic) inText = true;
    },
    close(xml, name, nameEnd) {
      if (isName(xml, name, nameEnd, "t")) inText = false;
      else if (isName(xml, name, nameEnd, "rPh")) inPhonetic = false;
      else if (isName(xml, name, nameEnd, "si") && inString) {
        strings.push(unescapeText(current.value()));
        inString = false;
      }
    },
    text(xml, start, end, cdata) {
      if (!inText || !inString) return;
      // Past the cap, a cut character or entity at the end is cut off again by the collector.
      const text = utf8Of(xml, start, Math.min(end, start + PIECE_BYTES));
      current.add(cdata ? text : decodeXml(text));
    },
  });
  return strings;
}

/** ExcelJS's test for a date format (utils.isDateFmt), so both readers turn the same numbers into Dates. */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** Built-in number formats ExcelJS knows as dates (defaultnumformats.js; 27–36 and 50–58 are East Asian). */
const BUILTIN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** Per cell style (`s` index), whether its number format is a date. */
export async function readDateStyles(chunks: AsyncIterable<Uint8Array>): Promise<boolean[]> {
  const formats = new Map<number, string>();
  const styles: boolean[] = [];
  const ids: number[] = [];
  let inCellXfs = false;
  // Only the number formats and the cell formats are cut out as text; fonts, fills and borders are skipped.
  await scanTags(chunks, {
    open(xml, name, nameEnd, end, selfClosing) {
      if (isName(xml, name, nameEnd, "numFmt")) {
        const attributes = utf8Of(xml, nameEnd, end);
        formats.set(Number(attribute(attributes, "numFmtId")), attribute(attributes, "formatCode") ?? "");
      } else if (isName(xml, name, nameEnd, "cellXfs") && !selfClosing) inCellXfs = true;
      else if (isName(xml, name, nameEnd, "xf") && inCellXfs)
        ids.push(Number(attribute(utf8Of(xml, nameEnd, end), "numFmtId") ?? 0));
    },
    close(xml, name, nameEnd) {
      if (isName(xml, name, nameEnd, "cellXfs")) inCellXfs = false;
    },
    text() {},
  });
  for (const id of ids)
    styles.push(formats.has(id) ? isDateFormat(formats.get(id)) : BUILTIN_DATE_IDS.has(id));
  return styles;
}

export interface WorkbookPart {
  readonly sheets: { name: string; path: string }[];
  readonly date1904: boolean;
}

/** Sheet names in tab order with the paths of their parts, from workbook.xml and its relationships. */
export async function readWorkbookPart(
  workbook: AsyncIterable<Uint8Array>,
  relationships: AsyncIterable<Uint8Array>,
): Promise<WorkbookPart> {
  const targets = new Map<string, string>();
  await scanXml(relationships, {
    open(name, attributes) {
      if (name !== "Relationship") return;
      const id = attribute(attributes, "Id");
      const target = attribute(attributes, "Target");
      if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
    },
    close() {},
    text() {},
  });
  const sheets: { name: string; path: string }[] = [];
  let date1904 = false;
  await scanXml(workbook, {
    open(name, attributes) {
      if (name === "workbookPr") {
        const flag = attribute(attributes, "date1904");
        date1904 = flag === "1" || flag === "true";
      } else if (name === "sheet") {
        const path = targets.get(attribute(attributes, "id") ?? "");
        const sheetName = attribute(attributes, "name");
        if (path && sheetName !== undefined) sheets.push({ name: sheetName, path });
      }
    },
    close() {},
    text() {},
  });
  return { sheets, date1904 };
}
