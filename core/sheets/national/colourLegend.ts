import { cellAddress } from "../../_lib/cells";
import type { Lang } from "../../i18n/lang";
import { NATIONAL_LABELS as N } from "../nationalLabels";
import type { StyleSpec } from "../SheetSpec";

/** One line of a legend: its text and the colours it stands for. */
export interface LegendEntry {
  readonly label: string;
  /** `#RRGGBB`; none for the uncoloured value (a warning beside an error, say). */
  readonly fill?: string;
  readonly fontColor?: string;
}

export interface ColourLegend {
  /** Top to bottom (or left to right): the title "Värit", then one cell per entry. */
  readonly lines: string[];
  readonly styles: StyleSpec[];
}

/**
 * The key to a table's colours as cells from `row`, `column` (zero-based) down a column, or along a row
 * with `across`, each cell coloured as the value it names, so a reader never has to guess a colour.
 * @example colourLegend("fi", [{ label: "Virhe", fill: "#F4B6B6" }], 1, 1, true).lines // ["Värit", "Virhe"]
 */
export function colourLegend(
  lang: Lang,
  entries: readonly LegendEntry[],
  row: number,
  column: number,
  across = false,
): ColourLegend {
  const at = (i: number) => (across ? cellAddress(row, column + i) : cellAddress(row + i, column));
  const styles: StyleSpec[] = [
    { range: at(0), bold: true },
    ...entries.map((entry, i): StyleSpec => ({
      range: at(1 + i),
      ...(entry.fill ? { fill: entry.fill } : {}),
      ...(entry.fontColor ? { fontColor: entry.fontColor } : {}),
      border: true,
      align: "center",
    })),
  ];
  return { lines: [N.legendTitle[lang], ...entries.map((e) => e.label)], styles };
}
