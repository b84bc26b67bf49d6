/** `range.conditionalFormats`: cell-value, custom-formula and text rules, each with a fill and font colour. */
import type { FakeRequestContext } from "./clientObject";
import { ClientObject } from "./clientObject";
import type { FakeConditionalFormat as CfModel, FakeSheet } from "./model";
import { FakeError, intersects } from "./model";
import type { RangeTarget } from "./rangeTarget";
import { assertWritable } from "./rangeTarget";

interface CfTarget {
  readonly sheet: FakeSheet;
  readonly cf: CfModel;
}

export class FakeConditionalFormatCollection extends ClientObject<RangeTarget> {
  protected scalarProperties(): readonly string[] {
    return [];
  }
  protected readProperty(): unknown {
    return undefined;
  }
  add(type: string): FakeConditionalFormat {
    const proxy = new FakeConditionalFormat(this.context, () => null, type);
    this.call({ type }, (t) => {
      assertWritable(t, false);
      const cf: CfModel = { bounds: { ...t.bounds }, type, rule: {} };
      t.sheet.conditionalFormats.push(cf);
      proxy._bind({ sheet: t.sheet, cf });
    });
    return proxy;
  }
  clearAll(): void {
    this.call({}, (t) => {
      assertWritable(t, false);
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter(
        (cf) => !intersects(cf.bounds, t.bounds),
      );
    });
  }
}

/** One conditional format; `cellValue`, `custom` and `textComparison` all write into the same record. */
export class FakeConditionalFormat extends ClientObject<CfTarget> {
  readonly cellValue: FakeCfKind;
  readonly custom: FakeCfKind;
  readonly textComparison: FakeCfKind;
  constructor(context: FakeRequestContext, resolver: () => CfTarget | null, type: string) {
    super(context, resolver);
    const part = (kind: string): FakeCfKind => new FakeCfKind(context, () => this._resolve(), kind, type);
    this.cellValue = part("CellValue");
    this.custom = part("Custom");
    this.textComparison = part("ContainsText");
  }
  protected scalarProperties(): readonly string[] {
    return ["type"];
  }
  protected readProperty(target: CfTarget): unknown {
    return target.cf.type;
  }
}

export class FakeCfKind extends ClientObject<CfTarget> {
  readonly format: { fill: FakeCfColor; font: FakeCfColor };
  private readonly ruleProxy: FakeCfRule;
  constructor(
    context: FakeRequestContext,
    resolver: () => CfTarget | null,
    private readonly kind: string,
    private readonly type: string,
  ) {
    super(context, resolver);
    const checked = (): CfTarget | null => {
      const t = this._resolve();
      if (t && this.kind !== this.type) {
        throw new FakeError("InvalidArgument", `This conditional format is ${this.type}, not ${this.kind}.`);
      }
      return t;
    };
    this.format = {
      fill: new FakeCfColor(context, checked, "fill"),
      font: new FakeCfColor(context, checked, "font"),
    };
    this.ruleProxy = new FakeCfRule(context, checked);
  }
  protected scalarProperties(): readonly string[] {
    return ["rule"];
  }
  protected readProperty(target: CfTarget): unknown {
    return target.cf.rule;
  }
  get rule(): FakeCfRule {
    return this.ruleProxy;
  }
  set rule(rule: Record<string, unknown>) {
    this.set("rule", rule, (t) => {
      if (this.kind !== this.type)
        throw new FakeError("InvalidArgument", `This conditional format is ${this.type}.`);
      t.cf.rule = { ...rule };
    });
  }
}

export class FakeCfRule extends ClientObject<CfTarget> {
  protected scalarProperties(): readonly string[] {
    return ["formula"];
  }
  protected readProperty(target: CfTarget): unknown {
    return target.cf.rule["formula"];
  }
  set formula(formula: string) {
    this.set("formula", formula, (t) => (t.cf.rule = { ...t.cf.rule, formula }));
  }
  get formula(): string {
    return this.get("formula");
  }
}

export class FakeCfColor extends ClientObject<CfTarget> {
  constructor(
    context: FakeRequestContext,
    resolver: () => CfTarget | null,
    private readonly part: "fill" | "font",
  ) {
    super(context, resolver);
  }
  protected scalarProperties(): readonly string[] {
    return ["color"];
  }
  protected readProperty(target: CfTarget): unknown {
    return this.part === "fill" ? target.cf.fill : target.cf.fontColor;
  }
  set color(color: string) {
    this.set("color", color, (t) => {
      if (this.part === "fill") t.cf.fill = color;
      else t.cf.fontColor = color;
    });
  }
  get color(): string {
    return this.get("color");
  }
}
