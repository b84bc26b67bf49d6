import type { Lang } from "../../i18n/lang";
import type { Share } from "../../readiness/Share";

const NO_FIGURE = "–";

/**
 * A share in whole percent: "75 %" in Finnish and Swedish, "75%" in English, "–" without a figure. A share
 * that is not complete never rounds to 100 %, and one above zero never to 0 %.
 */
export function formatShare(share: number | null | undefined, lang: Lang): string {
  if (share === null || share === undefined || Number.isNaN(share)) return NO_FIGURE;
  let percent = Math.round(share * 100);
  if (percent === 100 && share < 1) percent = 99;
  if (percent === 0 && share > 0) percent = 1;
  return formatPercent(percent, lang);
}

/** A whole percentage as the language writes it (axis ticks). */
export function formatPercent(percent: number, lang: Lang): string {
  return lang === "en" ? `${percent}%` : `${percent} %`;
}

const POINTS: Record<Lang, string> = { fi: "%-yks.", sv: "%-enh.", en: "pp" };

/** Change between two shares in percentage points with one decimal ("+5,0 %-yks."), or "–". */
export function formatChange(
  now: Share | null | undefined,
  before: Share | null | undefined,
  lang: Lang,
): string {
  const a = now?.share;
  const b = before?.share;
  if (a === null || a === undefined || b === null || b === undefined) return NO_FIGURE;
  const points = Math.round((a - b) * 1000) / 10;
  const sign = points > 0 ? "+" : points < 0 ? "\u2212" : "±";
  const digits = Math.abs(points).toFixed(1);
  return `${sign}${lang === "en" ? digits : digits.replace(".", ",")} ${POINTS[lang]}`;
}

/** `"2022-09"` → `"9/2022"`, short enough for a chart axis. */
export function formatMonthShort(month: string): string {
  const [year = "", m = ""] = month.split("-");
  return `${Number(m)}/${year}`;
}
