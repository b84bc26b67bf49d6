import type { Programme } from "../../programme/ProgrammeSchema";
import { shareBand } from "../../readiness/shareBand";

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** A programme colour for the style sheet: only a hex colour passes, anything else falls back. */
export function safeColour(colour: string, fallback: string): string {
  return HEX.test(colour.trim()) ? colour.trim() : fallback;
}

/** The no-figure colours of a programme, checked. */
export function noFigureColours(programme: Programme): { fill: string; font: string } {
  return {
    fill: safeColour(programme.noFigure.fill, "#D9D9D9"),
    font: safeColour(programme.noFigure.font, "#404040"),
  };
}

/**
 * The CSS class of a share's colour band: `band-0` for the programme's first (highest) band, and so on,
 * `band-none` without a figure. Classes go by position because band ids are free text.
 */
export function bandClass(share: number | null | undefined, programme: Programme): string {
  const band = shareBand(share ?? null, programme.bands);
  const index = band ? programme.bands.indexOf(band) : -1;
  return index < 0 ? "band-none" : `band-${index}`;
}

/** Style rules of the band classes, printed in colour. */
export function bandCss(programme: Programme): string {
  const none = noFigureColours(programme);
  const rules = programme.bands.map(
    (band, i) =>
      `.band-${i}{background:${safeColour(band.fill, "#FFFFFF")};color:${safeColour(band.font, "#000000")}}`,
  );
  return [...rules, `.band-none{background:${none.fill};color:${none.font}}`].join("\n");
}
