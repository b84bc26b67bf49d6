import type { Lang } from "../../i18n/lang";
import { interpolate } from "../../i18n/lang";
import type { Html, HtmlValue } from "../../report/_lib/html";
import { escaped } from "../../report/_lib/html";
import { BRIEF_LABELS as L } from "../briefLabels";

/** Longest text shown for one item; longer ones end in "…" so the page still fits. */
export const MAX_TEXT = 180;

/** Text cut visibly at `max` characters. */
export function clip(text: string, max = MAX_TEXT): string {
  const t = text.trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** The first `max` items rendered, and a "+ N more" line for the rest. */
export function capped<T>(items: readonly T[], max: number, lang: Lang, item: (t: T) => Html): HtmlValue[] {
  const shown: HtmlValue[] = items.slice(0, max).map(item);
  if (items.length > max) {
    shown.push(escaped`<li class="more">${interpolate(L.more[lang], { count: items.length - max })}</li>`);
  }
  return shown;
}

/** A titled list, or its "none" line. */
export function listSection(title: string, items: HtmlValue[], none: string): Html {
  return items.length
    ? escaped`<h2>${title}</h2><ul>${items}</ul>`
    : escaped`<h2>${title}</h2><p class="none">${none}</p>`;
}
