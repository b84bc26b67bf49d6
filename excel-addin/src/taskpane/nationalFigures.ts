/**
 * The national figures the pane shows after consolidating, as the report's headline cards do: the four
 * shares with their counts and the change from last month, and the national sheets to go to.
 */
import type { NationalPicture } from "../../../core/consolidation/buildNationalPicture";
import { interpolate } from "../../../core/i18n/lang";
import { noFigureColours, safeColour } from "../../../core/report/_lib/bands";
import { formatChange, formatShare } from "../../../core/report/_lib/format";
import { measureSeries, sharesOf } from "../../../core/report/_lib/measures";
import { REPORT_LABELS as R } from "../../../core/report/_lib/reportLabels";
import { shareBand } from "../../../core/readiness/shareBand";

export interface NationalFigure {
  readonly label: string;
  /** "75 %", or "–" without a figure. */
  readonly value: string;
  /** "30/40 tehtävää", or "". */
  readonly count: string;
  /** "+5,0 %-yks.", or "–" without last month. */
  readonly change: string;
  /** The colours of the share's band, as the report and the sheets colour it (checked hex colours). */
  readonly fill: string;
  readonly font: string;
}

export interface NationalFigures {
  readonly heading: string;
  readonly changeLabel: string;
  readonly figures: readonly NationalFigure[];
  /** The national sheets written, in tab order, for links. */
  readonly sheets: readonly string[];
}

export function nationalFigures(picture: NationalPicture, sheets: readonly string[]): NationalFigures {
  const { lang, programme } = picture;
  const series = measureSeries(programme, lang);
  const before = sharesOf(picture.previous.national);
  return {
    heading: R.nationalTitle[lang],
    changeLabel: R.changeFromPrevious[lang],
    figures: sharesOf(picture.summary.national).map((share, i) => {
      const band = shareBand(share?.share ?? null, programme.bands);
      const none = noFigureColours(programme);
      return {
        label: series[i]?.long ?? "",
        value: formatShare(share?.share ?? null, lang),
        count: share ? interpolate(R.tasks[lang], { count: share.count, of: share.of }) : "",
        change: formatChange(share, before[i], lang),
        fill: band ? safeColour(band.fill, none.fill) : none.fill,
        font: band ? safeColour(band.font, none.font) : none.font,
      };
    }),
    sheets,
  };
}
