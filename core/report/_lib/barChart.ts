import type { Html } from "./html";
import { escaped, num } from "./html";
import type { LegendItem } from "./chartParts";
import { TICKS, chartOpening, legend } from "./chartParts";

/** One group of bars: a region and its shares (0–1, null for no figure). */
export interface BarChartRow {
  label: string;
  /** A muted row (a region that did not report) draws no bars: a grey band and "–". */
  muted: boolean;
  values: readonly (number | null)[];
  /** Hover text of each bar ("Valmis (aikataulu): 75 % (3/4)"). */
  texts: readonly string[];
}

export interface BarChartOptions {
  /** Prefix of the element ids, unique in the page. */
  id: string;
  title: string;
  desc: string;
  series: readonly LegendItem[];
  rows: readonly BarChartRow[];
  /** Label of a percent tick ("25 %"). */
  tick: (percent: number) => string;
  /** How a muted row looks and what its hover text says. */
  muted: { fill: string; font: string; text: string };
}

const WIDTH = 1000;
const LABEL_WIDTH = 290;
const RIGHT = 24;
const LEGEND_Y = 14;
const TOP = 56;
const BAR = 6;
const STEP = 7;
const PAD = 8;
const PLOT = WIDTH - LABEL_WIDTH - RIGHT;

/**
 * A horizontal grouped bar chart as inline SVG: one group per row, one bar per series, a 0–100 % axis.
 * Drawn back to front: row backgrounds, grid, then labels and bars.
 * @example barChart({ id: "shares", title, desc, series, rows, tick: (p) => `${p} %`, muted })
 */
export function barChart(options: BarChartOptions): Html {
  const { rows, series, muted } = options;
  const rowHeight = series.length * STEP + PAD;
  const bottom = TOP + rows.length * rowHeight;
  const x = (share: number) => num(LABEL_WIDTH + share * PLOT);

  const backgrounds = rows.map((row, r) => {
    const top = TOP + r * rowHeight;
    if (row.muted) {
      return escaped`<rect class="muted" x="${LABEL_WIDTH}" y="${top + 1}" width="${PLOT}" height="${rowHeight - 2}" fill="${muted.fill}"><title>${row.label}: ${muted.text}</title></rect>`;
    }
    return r % 2
      ? escaped`<rect x="0" y="${top}" width="${WIDTH}" height="${rowHeight}" fill="#F4F4F4"/>`
      : "";
  });
  const grid = TICKS.map((t) => [
    escaped`<line class="grid" x1="${x(t / 100)}" y1="${TOP - 6}" x2="${x(t / 100)}" y2="${bottom}"/>`,
    escaped`<text class="tick" x="${x(t / 100)}" y="${TOP - 12}" text-anchor="middle">${options.tick(t)}</text>`,
    escaped`<text class="tick" x="${x(t / 100)}" y="${bottom + 16}" text-anchor="middle">${options.tick(t)}</text>`,
  ]);
  const foreground = rows.map((row, r) => {
    const top = TOP + r * rowHeight;
    const middle = num(top + rowHeight / 2);
    if (row.muted) {
      return escaped`<g class="row row-muted"><text class="label" x="${LABEL_WIDTH - 8}" y="${middle}" text-anchor="end" dominant-baseline="middle" fill="${muted.font}">${row.label}</text><text x="${LABEL_WIDTH + 8}" y="${middle}" dominant-baseline="middle" fill="${muted.font}">–</text></g>`;
    }
    const bars = series.map((s, i) => {
      const value = row.values[i] ?? null;
      const y = top + PAD / 2 + i * STEP;
      const text = row.texts[i] ?? "";
      if (value === null) {
        return escaped`<text class="none" x="${LABEL_WIDTH + 4}" y="${num(y + BAR / 2)}" dominant-baseline="middle">–<title>${text}</title></text>`;
      }
      // A zero share still shows as a hairline, so it reads differently from "no figure".
      const width = num(Math.max(value * PLOT, 1.5));
      return escaped`<rect class="bar" x="${LABEL_WIDTH}" y="${num(y)}" width="${width}" height="${BAR}" fill="${s.colour}"><title>${text}</title></rect>`;
    });
    return escaped`<g class="row"><text class="label" x="${LABEL_WIDTH - 8}" y="${middle}" text-anchor="end" dominant-baseline="middle">${row.label}</text>${bars}</g>`;
  });
  const height = bottom + 26;
  return escaped`${chartOpening(options.id, WIDTH, height, options.title, options.desc)}${legend(series, "bar", LABEL_WIDTH, LEGEND_Y, PLOT / Math.max(series.length, 1))}${backgrounds}${grid}${foreground}</svg>`;
}
