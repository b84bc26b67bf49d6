import type { Lang } from "../../i18n/lang";
import { interpolate } from "../../i18n/lang";
import { formatDayFi } from "../../_lib/day";
import { MEASURE_KEYS } from "../../consolidation/history";
import type { Programme } from "../../programme/ProgrammeSchema";
import type { Measures } from "../../readiness/Measures";
import type { Share } from "../../readiness/Share";
import { LABELS } from "../labels";
import { NATIONAL_LABELS as N } from "../nationalLabels";
import type { SpecCell } from "../SheetSpec";

/** Short names of the four measures, for table headers. */
export const SHORT = [
  N.shortScheduleStarted,
  N.shortScheduleDone,
  N.shortReadinessStarted,
  N.shortReadinessDone,
] as const;

/** A share as a cell: the fraction (formatted as a percentage), or "–" when there is no figure. */
export function shareCell(share: Share | undefined): SpecCell {
  return share && share.share !== null ? share.share : LABELS.noFigure.fi;
}

export function shares(measures: Measures | null | undefined): SpecCell[] {
  return MEASURE_KEYS.map(([view, kind]) => shareCell(measures?.[view][kind]));
}

/** Change in percentage points from last month, or "–". */
export function changes(now: Measures | null | undefined, before: Measures | null | undefined): SpecCell[] {
  return MEASURE_KEYS.map(([view, kind]) => {
    const a = now?.[view][kind].share;
    const b = before?.[view][kind].share;
    return a === null || a === undefined || b === null || b === undefined
      ? LABELS.noFigure.fi
      : Math.round((a - b) * 1000) / 10;
  });
}

export function measureLabels(programme: Programme, lang: Lang): string[] {
  const target = formatDayFi(programme.target);
  return [
    LABELS.scheduleStarted[lang],
    LABELS.scheduleDone[lang],
    interpolate(LABELS.readinessStarted[lang], { target }),
    interpolate(LABELS.readinessDone[lang], { target }),
  ];
}

/** How many region codes a list shows before it says how many more: a cell stays a few lines tall. */
const LISTED_CODES = 24;

/** Region codes as one cell: "01, 02, 05", or the first ones and "… +276" for a long list. */
export function codeList(codes: readonly string[]): string {
  const shown = codes.slice(0, LISTED_CODES).join(", ");
  return codes.length > LISTED_CODES ? `${shown} … +${codes.length - LISTED_CODES}` : shown;
}
