import { formatDayFi } from "../../_lib/day";
import { MEASURE_KEYS } from "../../consolidation/history";
import type { Lang } from "../../i18n/lang";
import { interpolate } from "../../i18n/lang";
import type { Programme } from "../../programme/ProgrammeSchema";
import type { Measures } from "../../readiness/Measures";
import type { Share } from "../../readiness/Share";
import { LABELS } from "../../sheets/labels";
import { NATIONAL_LABELS as N } from "../../sheets/nationalLabels";

/** One of the four measures as the charts draw it. */
export interface MeasureSeries {
  short: string;
  long: string;
  colour: string;
  /** SVG stroke-dasharray of its trend line, or null for a solid line. */
  dash: string | null;
}

// Blue for the schedule view, orange for the readiness view, light for started and dark for done:
// a pairing that survives the common colour-vision deficiencies and greyscale printing.
const COLOURS = ["#6BAED6", "#08519C", "#FD8D3C", "#A63603"] as const;
const DASHES = [null, null, "8 4", "8 4"] as const;

/** The four measures, in MEASURE_KEYS order, with their labels in `lang` and their chart colours. */
export function measureSeries(programme: Programme, lang: Lang): MeasureSeries[] {
  const target = formatDayFi(programme.target);
  const long = [
    LABELS.scheduleStarted[lang],
    LABELS.scheduleDone[lang],
    interpolate(LABELS.readinessStarted[lang], { target }),
    interpolate(LABELS.readinessDone[lang], { target }),
  ];
  const short = [N.shortScheduleStarted, N.shortScheduleDone, N.shortReadinessStarted, N.shortReadinessDone];
  return MEASURE_KEYS.map((_, i) => ({
    short: short[i]![lang],
    long: long[i]!,
    colour: COLOURS[i]!,
    dash: DASHES[i] ?? null,
  }));
}

/** The four shares of measures in MEASURE_KEYS order; nulls when there are no measures. */
export function sharesOf(measures: Measures | null | undefined): (Share | null)[] {
  return MEASURE_KEYS.map(([view, kind]) => measures?.[view][kind] ?? null);
}
