import { cellAddress } from "../../_lib/cells";
import type { Lang } from "../../i18n/lang";
import type { Programme } from "../../programme/ProgrammeSchema";
import { NATIONAL_LABELS as N } from "../nationalLabels";
import type { StyleSpec } from "../SheetSpec";

export interface BandLegend {
  /** Top to bottom: the title, one line per band, the no-figure line. */
  readonly lines: string[];
  readonly styles: StyleSpec[];
}

function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

/**
 * The key to a table's colours, as cells from `row`, `column` (zero-based) down a column, or along a row
 * with `across`, each coloured like the band it names, so a reader never has to guess what a colour means.
 * @example bandLegend(programme, "fi", 5, 6).lines // ["Värit", "≥ 90 %", "75–89 %", ...]
 */
export function bandLegend(
  programme: Programme,
  lang: Lang,
  row: number,
  column: number,
  across = false,
): BandLegend {
  const at = (i: number) => (across ? cellAddress(row, column + i) : cellAddress(row + i, column));
  const bands = programme.bands;
  const lines = bands.map((band, i) => {
    if (i === 0) return `≥ ${percent(band.min)}`;
    const upper = Math.round(bands[i - 1]!.min * 100) - 1;
    return band.min === 0 ? `< ${percent(bands[i - 1]!.min)}` : `${Math.round(band.min * 100)}–${upper} %`;
  });
  const styles: StyleSpec[] = [
    { range: at(0), bold: true },
    ...bands.map((band, i) => ({
      range: at(1 + i),
      fill: band.fill,
      fontColor: band.font,
      border: true,
      align: "center" as const,
    })),
    {
      range: at(1 + bands.length),
      fill: programme.noFigure.fill,
      fontColor: programme.noFigure.font,
      border: true,
      align: "center",
    },
  ];
  return { lines: [N.legendTitle[lang], ...lines, N.legendNone[lang]], styles };
}
