import type { Programme } from "../programme/ProgrammeSchema";
import { LABELS } from "./labels";
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
