import type ExcelJS from "exceljs";
import { parseRange, rangeAddress } from "../../../core/_lib/cells";
import type { ConditionSpec, SheetSpec } from "../../../core/sheets/SheetSpec";
import { argb } from "./argb";

/**
 * Each condition becomes the rule Excel's own "Highlight cells" menu would make, so a user who opens
 * Conditional Formatting › Manage Rules sees something familiar. Earlier specs get higher priority.
 */
export function applyConditionalFormats(worksheet: ExcelJS.Worksheet, spec: SheetSpec): void {
  (spec.conditionalFormats ?? []).forEach((format, index) => {
    const { row, column, rows, columns } = parseRange(format.range);
    const fill = argb(format.fill);
    // Differential (dxf) fills take their colour from bgColor; fgColor is set too for readers that look there.
    const style: Partial<ExcelJS.Style> = {
      fill: { type: "pattern", pattern: "solid", bgColor: { argb: fill }, fgColor: { argb: fill } },
    };
    if (format.fontColor !== undefined) style.font = { color: { argb: argb(format.fontColor) } };
    worksheet.addConditionalFormatting({
      ref: rangeAddress(row, column, rows, columns),
      rules: [{ ...rule(format.condition), priority: index + 1, style }],
    });
  });
}

type Rule = Omit<ExcelJS.CellIsRuleType, "priority"> | Omit<ExcelJS.ContainsTextRuleType, "priority">;

function rule(condition: ConditionSpec): Rule {
  switch (condition.kind) {
    case "between":
      return {
        type: "cellIs",
        operator: "between",
        formulae: [String(condition.min), String(condition.max)],
      };
    case "atLeast":
      // A valid OOXML operator that ExcelJS writes through but leaves out of its typings.
      return {
        type: "cellIs",
        operator: "greaterThanOrEqual" as ExcelJS.CellIsOperators,
        formulae: [String(condition.min)],
      };
    case "textEquals":
      // "Cell value equal to" a text, case-insensitive as in the other hosts; a substring does not match.
      return { type: "cellIs", operator: "equal", formulae: [`"${condition.text.replaceAll('"', '""')}"`] };
    case "blank":
      // Excel's "Blanks" rule (LEN(TRIM(cell))=0): also matches cells holding only spaces, unlike ISBLANK.
      return { type: "containsText", operator: "containsBlanks" };
  }
}
