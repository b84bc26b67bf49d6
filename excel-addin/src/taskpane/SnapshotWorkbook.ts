import type { Grid } from "../../../core/_lib/cells";
import type { Workbook } from "../../../core/actions/Workbook";

class ReadOnlyWorkbookError extends Error {
  override name = "ReadOnlyWorkbookError";
}

/**
 * Every sheet of a workbook read once (one listing and one batched read), then served from memory. An
 * action that reads the same template for each of 22 regions costs two Excel round trips this way,
 * not 44. It is only ever a source: writing to it is a programming mistake.
 */
export class SnapshotWorkbook implements Workbook {
  private constructor(
    private readonly names: string[],
    private readonly grids: Map<string, Grid>,
  ) {}

  static async of(workbook: Workbook): Promise<SnapshotWorkbook> {
    const names = await workbook.sheetNames();
    return new SnapshotWorkbook(names, await workbook.readSheets(names));
  }

  async sheetNames(): Promise<string[]> {
    return [...this.names];
  }

  async readSheets(names: readonly string[]): Promise<Map<string, Grid>> {
    const byKey = new Map([...this.grids].map(([name, grid]) => [name.toLowerCase(), grid]));
    const result = new Map<string, Grid>();
    for (const name of names) {
      const grid = byKey.get(name.toLowerCase());
      if (grid) result.set(name, grid);
    }
    return result;
  }

  async writeSheets(): Promise<void> {
    throw new ReadOnlyWorkbookError("A snapshot of a workbook is read-only.");
  }
}
