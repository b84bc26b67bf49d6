import { cellAddress, rangeAddress } from "../../_lib/cells";
import type { SpecCell, StyleSpec } from "../SheetSpec";
import { HEADER_STYLE } from "../styles";

export interface TableSection {
  readonly cells: SpecCell[][];
  readonly styles: StyleSpec[];
  /** Cells whose text may spill over empty neighbours: the title, the "nothing here" line. */
  readonly spill: string[];
  /** Zero-based row of the first data row, and how many there are (0 when empty). */
  readonly first: number;
  readonly rows: number;
}

export interface TableSectionOptions {
  /** Zero-based columns whose data wraps. */
  readonly wrap?: readonly number[];
  /** Zero-based columns of text codes (kept as text, "05" stays "05"). */
  readonly text?: readonly number[];
  readonly center?: readonly number[];
}

/**
 * A titled table starting at zero-based `row`: title, header, data rows with borders (or one line
 * saying there is nothing), then one empty row. Formats cover exactly the data rows.
 * @example tableSection(0, "Riskit", ["Koodi", "Alue"], rows, "Ei riskejä.")
 */
export function tableSection(
  row: number,
  title: string,
  header: readonly string[],
  data: readonly SpecCell[][],
  empty: string,
  options: TableSectionOptions = {},
): TableSection {
  const first = row + 2;
  const n = data.length;
  const styles: StyleSpec[] = [
    { range: cellAddress(row, 0), bold: true, fontSize: 12 },
    { range: rangeAddress(row + 1, 0, 1, header.length), ...HEADER_STYLE },
  ];
  if (n) {
    styles.push({ range: rangeAddress(first, 0, n, header.length), border: true });
    for (const c of options.wrap ?? []) styles.push({ range: rangeAddress(first, c, n, 1), wrap: true });
    for (const c of options.text ?? [])
      styles.push({ range: rangeAddress(first, c, n, 1), numberFormat: "@" });
    for (const c of options.center ?? [])
      styles.push({ range: rangeAddress(first, c, n, 1), align: "center" });
  }
  return {
    cells: [[title], [...header], ...(n ? data : [[empty]]), []],
    styles,
    spill: [cellAddress(row, 0), ...(n ? [] : [cellAddress(first, 0)])],
    first,
    rows: n,
  };
}
