import type { Grid } from "../../../core/_lib/cells";
import type { Workbook } from "../../../core/actions/Workbook";
import type { SheetSpec } from "../../../core/sheets/SheetSpec";
import type { WorkbookPart } from "./readParts";
import { partBytes, readDateStyles, readSharedStrings, readWorkbookPart } from "./readParts";
import type { InflateBytes, ZipEntry, ZipSource } from "./readZipEntries";
import { bytesSource, readZipDirectory } from "./readZipEntries";
import { scanSheet } from "./scanSheet";

/**
 * A read-only Workbook of an .xlsx file that reads only the sheets asked for, straight from the zip: the
 * workbook part, then the shared strings and styles once, then each wanted sheet's XML a chunk at a time.
 * The other month sheets are never inflated. Everything past the limits in `core/_lib/limits.ts` stops
 * the read with a LimitError that names the file part or the cell. Consolidation and `validate` use it,
 * and the task pane's consolidation: no Node here, the inflate is the platform's (inflateNode, inflateWeb).
 * @example const workbook = await StreamingWorkbook.fromBytes(bytes, inflateWeb); await workbook.readSheets(["2022-09"]);
 */
export class StreamingWorkbook implements Workbook {
  private shared: Promise<{ strings: string[]; dateStyles: boolean[] }> | undefined;

  private constructor(
    private readonly zip: ZipSource,
    private readonly entries: Map<string, ZipEntry>,
    private readonly part: WorkbookPart,
    private readonly inflate: InflateBytes,
  ) {}

  /** Opens the bytes of an .xlsx file: reads the zip directory and the list of sheets. Rejects on a bad file. */
  static fromBytes(zip: Uint8Array, inflate: InflateBytes): Promise<StreamingWorkbook> {
    return StreamingWorkbook.fromSource(bytesSource(zip), inflate);
  }

  /** Opens an .xlsx file read a part at a time (see ZipSource), as fromBytes. */
  static async fromSource(zip: ZipSource, inflate: InflateBytes): Promise<StreamingWorkbook> {
    const entries = readZipDirectory(zip);
    const workbook = entries.get("xl/workbook.xml");
    const relationships = entries.get("xl/_rels/workbook.xml.rels");
    if (!workbook || !relationships) throw new Error("not an .xlsx workbook (no xl/workbook.xml)");
    const part = await readWorkbookPart(
      partBytes(zip, workbook, inflate),
      partBytes(zip, relationships, inflate),
    );
    return new StreamingWorkbook(zip, entries, part, inflate);
  }

  async sheetNames(): Promise<string[]> {
    return this.part.sheets.map((sheet) => sheet.name);
  }

  async readSheets(names: readonly string[]): Promise<Map<string, Grid>> {
    const grids = new Map<string, Grid>();
    for (const name of names) {
      const sheet = this.find(name);
      const entry = sheet && this.entries.get(sheet.path);
      if (!sheet || !entry) continue;
      const { strings, dateStyles } = await (this.shared ??= this.readShared());
      const grid = await scanSheet(partBytes(this.zip, entry, this.inflate), {
        sheet: sheet.name,
        sharedStrings: strings,
        dateStyles,
        date1904: this.part.date1904,
      });
      grids.set(name, grid);
    }
    return grids;
  }

  /** Consolidation and validation never write to a region's file; a call here is a programming mistake. */
  async writeSheets(_specs: readonly SheetSpec[]): Promise<void> {
    throw new Error("StreamingWorkbook is read-only");
  }

  private async readShared(): Promise<{ strings: string[]; dateStyles: boolean[] }> {
    const strings = this.entries.get("xl/sharedStrings.xml");
    const styles = this.entries.get("xl/styles.xml");
    return {
      strings: strings ? await readSharedStrings(partBytes(this.zip, strings, this.inflate)) : [],
      dateStyles: styles ? await readDateStyles(partBytes(this.zip, styles, this.inflate)) : [],
    };
  }

  /** Excel compares sheet names case-insensitively; an exact match wins (as ExcelJsWorkbook). */
  private find(name: string): { name: string; path: string } | undefined {
    const sheets = this.part.sheets;
    return (
      sheets.find((s) => s.name === name) ??
      sheets.find((s) => s.name.toLocaleLowerCase() === name.toLocaleLowerCase())
    );
  }
}
