import type { Html, HtmlValue } from "./html";
import { escaped, num } from "./html";
import type { LegendItem } from "./chartParts";
import { TICKS, chartOpening, legend } from "./chartParts";

/** One line: a value (0–1, null for no figure) and a hover text per x label. */
export interface LineSeries extends LegendItem {
  values: readonly (number | null)[];
  texts: readonly string[];
}

export interface LineChartOptions {
  /** Prefix of the element ids, unique in the page. */
  id: string;
  title: string;
  desc: string;
  /** One label per point along the x axis (months). */
  xLabels: readonly string[];
  series: readonly LineSeries[];
  tick: (percent: number) => string;
}

const WIDTH = 1000;
const LEFT = 64;
const RIGHT = 40;
const TOP = 48;
const PLOT_HEIGHT = 260;
const MAX_X_LABELS = 12;

/**
 * A line chart as inline SVG on a 0–100 % axis: one marker per point, lines broken where a value is
 * missing. A single point renders as markers alone, centred.
 * @example lineChart({ id: "trend", title, desc, xLabels: ["9/2022"], series, tick: (p) => `${p} %` })
 */
export function lineChart(options: LineChartOptions): Html {
  const { xLabels, series } = options;
  const n = xLabels.length;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const bottom = TOP + PLOT_HEIGHT;
  const x = (i: number) => (n <= 1 ? LEFT + plotWidth / 2 : LEFT + (i * plotWidth) / (n - 1));
  const y = (share: number) => bottom - share * PLOT_HEIGHT;
  // Label every step-th month counting back from the latest, which is the one readers look for.
  const step = Math.ceil(n / MAX_X_LABELS);

  const grid = TICKS.map((t) => [
    escaped`<line class="grid" x1="${LEFT}" y1="${num(y(t / 100))}" x2="${WIDTH - RIGHT}" y2="${num(y(t / 100))}"/>`,
    escaped`<text class="tick" x="${LEFT - 8}" y="${num(y(t / 100))}" text-anchor="end" dominant-baseline="middle">${options.tick(t)}</text>`,
  ]);
  const months = xLabels.map((label, i) =>
    (n - 1 - i) % step === 0
      ? escaped`<text class="tick" x="${num(x(i))}" y="${bottom + 20}" text-anchor="middle">${label}</text>`
      : "",
  );
  const lines = series.map((s, k) => {
    const segments: string[][] = [];
    let current: string[] = [];
    const points: HtmlValue[] = [];
    s.values.forEach((value, i) => {
      if (value === null) {
        if (current.length) segments.push(current);
        current = [];
        return;
      }
      current.push(`${num(x(i))},${num(y(value))}`);
      points.push(
        escaped`<circle class="point" data-series="${k}" cx="${num(x(i))}" cy="${num(y(value))}" r="4" fill="${s.colour}"><title>${s.texts[i] ?? ""}</title></circle>`,
      );
    });
    if (current.length) segments.push(current);
    const dash = s.dash ? escaped` stroke-dasharray="${s.dash}"` : "";
    const polylines = segments
      .filter((segment) => segment.length > 1)
      .map(
        (segment) =>
          escaped`<polyline points="${segment.join(" ")}" fill="none" stroke="${s.colour}" stroke-width="2.5"${dash}/>`,
      );
    return escaped`<g class="series">${polylines}${points}</g>`;
  });
  const height = bottom + 32;
  return escaped`${chartOpening(options.id, WIDTH, height, options.title, options.desc)}${legend(series, "line", LEFT, 14, plotWidth / Math.max(series.length, 1))}${grid}${months}${lines}</svg>`;
}
