/** `range.dataValidation` (ExcelApi 1.8): list rules, alerts, prompts; inline lists of at most 255 characters. */
import { ClientObject } from "./clientObject";
import type { Bounds } from "./model";
import { FakeError, contains, intersects } from "./model";
import type { RangeTarget } from "./rangeTarget";
import { assertWritable } from "./rangeTarget";

export class FakeDataValidation extends ClientObject<RangeTarget> {
  protected scalarProperties(): readonly string[] {
    return ["rule", "errorAlert", "prompt", "ignoreBlanks"];
  }
  protected readProperty(target: RangeTarget, property: string): unknown {
    const found = target.sheet.validations.find((v) =>
      contains(v.bounds, target.bounds.row, target.bounds.column),
    );
    return found ? (found as unknown as Record<string, unknown>)[property] : undefined;
  }
  private entry(t: RangeTarget): {
    bounds: Bounds;
    rule: unknown;
    errorAlert?: unknown;
    prompt?: unknown;
    ignoreBlanks?: boolean;
  } {
    this.context._requireApi("1.8", "Range.dataValidation");
    assertWritable(t, false);
    let found = t.sheet.validations.find(
      (v) =>
        v.bounds.row === t.bounds.row &&
        v.bounds.column === t.bounds.column &&
        v.bounds.rows === t.bounds.rows &&
        v.bounds.columns === t.bounds.columns,
    );
    if (!found) {
      found = { bounds: { ...t.bounds }, rule: undefined };
      t.sheet.validations = t.sheet.validations.filter((v) => !intersects(v.bounds, t.bounds));
      t.sheet.validations.push(found);
    }
    return found;
  }
  set rule(rule: { list?: { source?: unknown } }) {
    this.set("rule", rule, (t) => {
      const source = rule.list?.source;
      if (typeof source === "string" && !source.startsWith("=") && source.length > 255) {
        throw new FakeError(
          "InvalidArgument",
          "A list data validation source can have at most 255 characters.",
        );
      }
      this.entry(t).rule = rule;
    });
  }
  set errorAlert(alert: unknown) {
    this.set("errorAlert", alert, (t) => (this.entry(t).errorAlert = alert));
  }
  set prompt(prompt: unknown) {
    this.set("prompt", prompt, (t) => (this.entry(t).prompt = prompt));
  }
  set ignoreBlanks(ignore: boolean) {
    this.set("ignoreBlanks", ignore, (t) => (this.entry(t).ignoreBlanks = ignore));
  }
  clear(): void {
    this.call({}, (t) => {
      this.context._requireApi("1.8", "Range.dataValidation");
      assertWritable(t, false);
      t.sheet.validations = t.sheet.validations.filter((v) => !intersects(v.bounds, t.bounds));
    });
  }
}
