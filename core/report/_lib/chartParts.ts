import type { Html } from "./html";
import { escaped, num } from "./html";

/** A series as a chart legend shows it. */
export interface LegendItem {
  label: string;
  colour: string;
  dash?: string | null;
}

/** The percent ticks of every chart axis. */
export const TICKS = [0, 25, 50, 75, 100] as const;

/** The title and description that name an SVG chart for screen readers (aria-labelledby points at them). */
export function chartOpening(id: string, width: number, height: number, title: string, desc: string): Html {
  return escaped`<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" preserveAspectRatio="xMidYMid meet"><title id="${id}-title">${title}</title><desc id="${id}-desc">${desc}</desc>`;
}

/** A one-row legend starting at x, one item every `step` units: a line sample or a bar swatch each. */
export function legend(
  items: readonly LegendItem[],
  kind: "line" | "bar",
  x: number,
  y: number,
  step: number,
): Html {
  return escaped`<g class="legend">${items.map((item, i) => {
    const left = x + i * step;
    const mark =
      kind === "line"
        ? escaped`<line x1="${num(left)}" y1="${num(y)}" x2="${num(left + 22)}" y2="${num(y)}" stroke="${item.colour}" stroke-width="3"${item.dash ? escaped` stroke-dasharray="${item.dash}"` : ""}/>`
        : escaped`<rect x="${num(left)}" y="${num(y - 6)}" width="14" height="12" fill="${item.colour}"/>`;
    return escaped`${mark}<text x="${num(left + 28)}" y="${num(y)}" dominant-baseline="middle">${item.label}</text>`;
  })}</g>`;
}
