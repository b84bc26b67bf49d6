/**
 * Colours of a chart's series, in order (Okabe & Ito): told apart with every common colour-vision
 * deficiency; light for "started" and dark for "done" within each view, as the four measures come.
 */
export const CHART_COLOURS = ["#56B4E9", "#0072B2", "#E69F00", "#D55E00", "#009E73", "#CC79A7"] as const;

/** The colour of series `index` (zero-based), cycling when a chart has more series than colours. */
export function chartColour(index: number): string {
  return CHART_COLOURS[index % CHART_COLOURS.length]!;
}
