/**
 * The floor a consolidation (and `validate`) is measured against: for each region file, read it,
 * inflate the parts consolidation reads (workbook, relationships, shared strings, styles, and the
 * sheets: settings, the month, its self-assessment sheet and the roadmap, which consolidation compares
 * with the national one) and scan their XML once (count the tags). Bundled to plain JavaScript by the
 * bench and run as a whole process, as consolidate is. Usage: node floor.cjs MONTH FILE...
 */
import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { readZipEntries } from "../../../cli/xlsx/stream/readZipEntries";
import { assessmentSheetNames } from "../../../core/sheets/assessmentSheet";
import { SHEET_NAMES } from "../../../core/sheets/labels";

const [month, ...files] = process.argv.slice(2);
/** The sheets consolidation reads, by name (readRegion in core/consolidation). */
const WANTED = new Set(
  [
    month!,
    ...assessmentSheetNames(month!),
    ...Object.values(SHEET_NAMES.settings),
    ...Object.values(SHEET_NAMES.roadmap),
  ].map((name) => name.toLowerCase()),
);

function inflate(zip: Buffer, entries: ReturnType<typeof readZipEntries>, name: string): string {
  const entry = entries.get(name);
  if (!entry) return "";
  const at = entry.localOffset;
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  return (entry.method === 0 ? data : inflateRawSync(data)).toString("utf8");
}

function countTags(xml: string): number {
  let count = 0;
  for (let at = xml.indexOf("<"); at >= 0; at = xml.indexOf("<", at + 1)) count++;
  return count;
}

let tags = 0;
for (const file of files) {
  const zip = readFileSync(file);
  const entries = readZipEntries(zip);
  const workbook = inflate(zip, entries, "xl/workbook.xml");
  const rels = inflate(zip, entries, "xl/_rels/workbook.xml.rels");
  tags += countTags(workbook) + countTags(rels);
  const wanted = [...workbook.matchAll(/<sheet\b[^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)]
    .filter((m) => WANTED.has(m[1]!.toLowerCase()))
    .map((m) => new RegExp(`Id="${m[2]}"[^>]*Target="([^"]*)"`).exec(rels)?.[1])
    .filter((target): target is string => !!target)
    .map((target) => (target.startsWith("/") ? target.slice(1) : `xl/${target}`));
  for (const part of ["xl/sharedStrings.xml", "xl/styles.xml", ...wanted])
    tags += countTags(inflate(zip, entries, part));
}
process.stdout.write(`${tags}\n`);
