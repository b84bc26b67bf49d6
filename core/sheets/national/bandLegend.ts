import type { Lang } from "../../i18n/lang";
import type { Programme } from "../../programme/ProgrammeSchema";
import { NATIONAL_LABELS as N } from "../nationalLabels";

import type { ColourLegend } from "./colourLegend";
import { colourLegend } from "./colourLegend";

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
): ColourLegend {
  const bands = programme.bands;
  const labels = bands.map((band, i) => {
    if (i === 0) return `≥ ${percent(band.min)}`;
    const upper = Math.round(bands[i - 1]!.min * 100) - 1;
    return band.min === 0 ? `< ${percent(bands[i - 1]!.min)}` : `${Math.round(band.min * 100)}–${upper} %`;
  });
  return colourLegend(
    lang,
    [
      ...bands.map((band, i) => ({ label: labels[i]!, fill: band.fill, fontColor: band.font })),
      { label: N.legendNone[lang], fill: programme.noFigure.fill, fontColor: programme.noFigure.font },
    ],
    row,
    column,
    across,
  );
}
