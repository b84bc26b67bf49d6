import type { Grid } from "../../../core/_lib/cells";
import type { Workbook } from "../../../core/actions/Workbook";

class ReadOnlyWorkbookError extends Error {
  override name = "ReadOnlyWorkbookError";
}

/** Where a snapshot reads from: a workbook, or one whose every call opens its own Excel.run. */
export type SnapshotSource = Pick<Workbook, "sheetNames" | "readSheets">;

/**
 * A workbook read once, lazily: the sheet listing once, and each sheet the first time an action asks
 * for it, then served from memory. Building 22 region workbooks from one template reads its settings
 * and roadmap once, not 22 times, and never the sheets no action needs (a national workbook's
 * consolidated sheets run to many MB at 300 regions). It is only ever a source: writing to it is a
 * programming mistake.
 */
export class SnapshotWorkbook implements Workbook {
  private names: string[] | null = null;
  /** By lower-case name; null for a sheet asked for that does not exist. */
  private readonly grids = new Map<string, Grid | null>();
  /** Every name asked of the source, in order: what the snapshot read. */
  readonly read: string[] = [];

  constructor(private readonly source: SnapshotSource) {}

  /** A snapshot over `workbook`. */
  static of(workbook: SnapshotSource): SnapshotWorkbook {
    return new SnapshotWorkbook(workbook);
  }

  async sheetNames(): Promise<string[]> {
    this.names ??= await this.source.sheetNames();
    return [...this.names];
  }

  async readSheets(names: readonly string[]): Promise<Map<string, Grid>> {
    const missing = [...new Set(names)].filter((name) => !this.grids.has(name.toLowerCase()));
    if (missing.length > 0) {
      this.read.push(...missing);
      const grids = await this.source.readSheets(missing);
      for (const name of missing) this.grids.set(name.toLowerCase(), grids.get(name) ?? null);
    }
    const result = new Map<string, Grid>();
    for (const name of names) {
      const grid = this.grids.get(name.toLowerCase());
      if (grid) result.set(name, grid);
    }
    return result;
  }

  async writeSheets(): Promise<void> {
    throw new ReadOnlyWorkbookError("A snapshot of a workbook is read-only.");
  }
}
