/**
 * Distinct regions from one region's workbook: each copy is the same file with another unit's code and
 * name in its settings (written as inline strings), so a consolidation of N copies counts N regions, as a
 * real one does, instead of one region and N − 1 duplicates. Making each region's workbook through the
 * actions would take seconds a file (hours at 300 × 24); the month sheets, which are what costs to read,
 * are the same bytes either way.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import type { ReportingUnit, RoadmapRow } from "../../../core";
import { REGIONAL } from "../../../core";
import { SHEET_NAMES } from "../../../core/sheets/labels";
import { templateSheets } from "../../../core/sheets/templateSheets";
import { entryData, readZipEntries } from "../../../cli/xlsx/stream/readZipEntries";
import { ExcelJsWorkbook } from "../../../cli/xlsx/ExcelJsWorkbook";
import { writeWorkbookFile } from "../../../cli/xlsx/files";
import { withPartReplaced } from "./withPartReplaced";

/**
 * `count` reporting units: the 22 built-in regions first, then three-digit codes as municipalities have
 * (a larger programme lists its units in the national workbook's settings).
 */
export function benchUnits(count: number): ReportingUnit[] {
  return Array.from({ length: count }, (_, i) => {
    const builtin = REGIONAL.units[i];
    if (builtin) return builtin;
    const code = String(i + 1).padStart(3, "0");
    const name = `Yksikkö ${code}`;
    return { code, name: { fi: name, sv: name, en: name } };
  });
}

function partText(zip: Buffer, entries: ReturnType<typeof readZipEntries>, name: string): string {
  const entry = entries.get(name);
  if (!entry) throw new Error(`no ${name} in the region file`);
  const data = entryData(zip, entry);
  return Buffer.from(entry.method === 0 ? data : inflateRawSync(data)).toString("utf8");
}

const xmlText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** Writes one copy of `source` per unit into `dir`, the unit's code and name in its settings; their paths. */
export async function regionCopies(
  source: string,
  units: readonly ReportingUnit[],
  dir: string,
  tag: string,
): Promise<string[]> {
  const zip = await readFile(source);
  const entries = readZipEntries(zip);
  const workbook = partText(zip, entries, "xl/workbook.xml");
  const rels = partText(zip, entries, "xl/_rels/workbook.xml.rels");
  const id = new RegExp(`<sheet\\b[^>]*name="${SHEET_NAMES.settings.fi}"[^>]*r:id="([^"]*)"`).exec(
    workbook,
  )?.[1];
  const target = id && new RegExp(`Id="${id}"[^>]*Target="([^"]*)"`).exec(rels)?.[1];
  if (!target) throw new Error("the region file has no settings sheet");
  const part = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  const settings = partText(zip, entries, part);
  const shared = [...partText(zip, entries, "xl/sharedStrings.xml").matchAll(/<si>(.*?)<\/si>/gs)].map((m) =>
    m[1]!.replace(/<[^>]*>/g, ""),
  );
  // The value (column B) of the settings row whose key (hidden column E) is `key`.
  const valueCell = (key: string): RegExp => {
    const index = shared.indexOf(key);
    const row = new RegExp(`<c r="E(\\d+)"[^>]*t="s"[^>]*><v>${index}</v></c>`).exec(settings)?.[1];
    if (index < 0 || !row) throw new Error(`the settings have no ${key} row`);
    return new RegExp(`<c r="(B${row})"([^>]*?) t="s"><v>\\d+</v></c>`);
  };
  const code = valueCell("region");
  const name = valueCell("regionName");
  const inline = (text: string) => (_: string, ref: string, attributes: string) =>
    `<c r="${ref}"${attributes} t="inlineStr"><is><t>${xmlText(text)}</t></is></c>`;
  const paths: string[] = [];
  for (const unit of units) {
    const text = settings.replace(code, inline(unit.code)).replace(name, inline(unit.name.fi));
    const path = join(dir, `alue-${tag}-${unit.code}.xlsx`);
    await writeFile(path, withPartReplaced(zip, part, text));
    paths.push(path);
  }
  return paths;
}

/**
 * The national workbook of a programme with these units and roadmap, as the ministry's is after its first
 * consolidation (settings listing the units, its own roadmap): given as --previous, it is what every
 * region is measured against, and the only way the command line takes more units than the built-in 22.
 */
export async function nationalWorkbook(
  units: readonly ReportingUnit[],
  roadmap: readonly RoadmapRow[],
  path: string,
): Promise<string> {
  const programme = { ...REGIONAL, units: [...units], roadmap: [...roadmap] };
  const national = new ExcelJsWorkbook();
  await national.writeSheets(
    templateSheets(
      programme,
      {
        programmeId: programme.id,
        role: "national",
        region: null,
        lang: "fi",
        templateVersion: programme.templateVersion,
        regions: units.map((u) => ({ code: u.code, name: u.name.fi, url: "", editors: [] })),
      },
      "fi",
    ),
  );
  await writeWorkbookFile(national, path);
  return path;
}
