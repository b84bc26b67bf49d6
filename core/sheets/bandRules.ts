import type { Programme } from "../programme/ProgrammeSchema";
import type { Lang } from "../i18n/lang";
import { ASSESSMENTS, LABELS } from "./labels";
import type { ConditionalFormatSpec } from "./SheetSpec";

/** Colour rules of the programme's bands for a range of shares. */
export function bandRules(programme: Programme, range: string): ConditionalFormatSpec[] {
  const rules: ConditionalFormatSpec[] = [];
  programme.bands.forEach((band, index) => {
    const upper = index === 0 ? 1 : programme.bands[index - 1]!.min - 1e-9;
    rules.push({
      range,
      condition: { kind: "between", min: band.min, max: upper },
      fill: band.fill,
      fontColor: band.font,
    });
  });
  rules.push({
    range,
    condition: { kind: "textEquals", text: LABELS.noFigure.fi },
    fill: programme.noFigure.fill,
    fontColor: programme.noFigure.font,
  });
  return rules;
}

/**
 * Traffic-light colours a colour-blind reader still tells apart (deuteranopia and protanopia simulated in
 * bandPalette.test.ts): the pale green and pink they once were came out 12.9 apart from the yellow.
 */
export const ASSESSMENT_FILLS = { green: "#41AB5D", yellow: "#FFE699", red: "#E34A33" } as const;

/** The self-assessment values in the sheet's language with their colours, for a table's legend. */
export function assessmentColours(lang: Lang): { label: string; fill: string }[] {
  return (Object.keys(ASSESSMENT_FILLS) as (keyof typeof ASSESSMENT_FILLS)[]).map((code) => ({
    label: ASSESSMENTS[code][lang],
    fill: ASSESSMENT_FILLS[code],
  }));
}

/** Colour rules of the self-assessment values (Vihreä / Keltainen / Punainen) in the sheet's language. */
export function assessmentRules(range: string, lang: Lang): ConditionalFormatSpec[] {
  return assessmentColours(lang).map(({ label, fill }) => ({
    range,
    condition: { kind: "textEquals", text: label },
    fill,
  }));
}
