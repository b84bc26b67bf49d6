/**
 * What a formula cell reads back as through `range.values`: Excel returns the calculated value, never
 * the formula and never "" for a formula that yields something. The stand-in calculates the part of
 * en-US formula syntax the add-in and the core write (literals, references, arithmetic, comparison,
 * `&`, IF/AND/OR/NOT/ISNUMBER/SUM/IFERROR/HYPERLINK/CONCATENATE/TODAY). A function it does not know
 * reads back as "#N/A", an error value Excel itself can return, so a reader that expects "" still fails.
 */
import type { FakeScalar, FakeSheet, FakeWorkbookModel } from "./model";
import { LOCAL_FUNCTION_NAMES } from "./localeEntry";
import { parseAddress } from "./model";

type Value = FakeScalar | Value[][];

class Unsupported extends Error {
  override name = "Unsupported";
}

const ERROR = /^#(N\/A|NAME\?|DIV\/0!|VALUE!|REF!|NUM!)$/;
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)|(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![\w(])|(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([A-Za-z_][\w.]*)|(<>|<=|>=|[-+*/&=<>(),:;]))/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m || m[0].trim() === "") {
      if (text.slice(start).trim() === "") break;
      throw new Unsupported(`cannot read ${text.slice(start)}`);
    }
    tokens.push(m[0].trim());
  }
  return tokens;
}

const scalar = (v: Value): FakeScalar => (Array.isArray(v) ? scalar(v[0]?.[0] ?? "") : v);
const isError = (v: FakeScalar): boolean => typeof v === "string" && ERROR.test(v);

function toNumber(v: FakeScalar): number | string {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === "") return 0;
  if (isError(v)) return v;
  const n = Number(v);
  return Number.isFinite(n) ? n : "#VALUE!";
}

function compare(a: FakeScalar, b: FakeScalar): number {
  const rank = (v: FakeScalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (a === "" && typeof b !== "string") a = typeof b === "number" ? 0 : false;
  if (b === "" && typeof a !== "string") b = typeof a === "number" ? 0 : false;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string") return a.toLowerCase().localeCompare(String(b).toLowerCase());
  return Number(a) - Number(b);
}

class Calculation {
  private i = 0;
  constructor(
    private readonly tokens: string[],
    private readonly sheet: FakeSheet,
    private readonly model: FakeWorkbookModel,
    private readonly depth: number,
  ) {}

  run(): FakeScalar {
    const value = scalar(this.comparison());
    if (this.i < this.tokens.length) throw new Unsupported(`unexpected ${this.tokens[this.i]}`);
    return value;
  }

  private peek = (): string | undefined => this.tokens[this.i];
  private next = (): string => this.tokens[this.i++] ?? "";

  private comparison(): Value {
    let left = this.concat();
    while (["=", "<>", "<", ">", "<=", ">="].includes(this.peek() ?? "")) {
      const op = this.next();
      const a = scalar(left);
      const b = scalar(this.concat());
      if (isError(a) || isError(b)) return isError(a) ? a : b;
      const c = compare(a, b);
      left = { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[op]!;
    }
    return left;
  }

  private concat(): Value {
    let left = this.additive();
    while (this.peek() === "&") {
      this.next();
      const b = scalar(this.additive());
      const a = scalar(left);
      left = isError(a) ? a : isError(b) ? b : `${text(a)}${text(b)}`;
    }
    return left;
  }

  private arithmetic(next: () => Value, ops: string[]): Value {
    let left = next();
    while (ops.includes(this.peek() ?? "")) {
      const op = this.next();
      const a = toNumber(scalar(left));
      const b = toNumber(scalar(next()));
      if (typeof a === "string" || typeof b === "string") left = typeof a === "string" ? a : b;
      else if (op === "/" && b === 0) left = "#DIV/0!";
      else left = op === "+" ? a + b : op === "-" ? a - b : op === "*" ? a * b : a / b;
    }
    return left;
  }

  private additive = (): Value => this.arithmetic(this.term, ["+", "-"]);
  private term = (): Value => this.arithmetic(this.unary, ["*", "/"]);

  private unary = (): Value => {
    if (this.peek() === "-" || this.peek() === "+") {
      const sign = this.next() === "-" ? -1 : 1;
      const n = toNumber(scalar(this.unary()));
      return typeof n === "string" ? n : sign * n;
    }
    return this.primary();
  };

  private primary(): Value {
    const token = this.next();
    if (token === "(") {
      const value = this.comparison();
      this.next();
      return value;
    }
    if (token.startsWith('"')) return token.slice(1, -1).replace(/""/g, '"');
    if (/^\d/.test(token)) return Number(token);
    if (/^(TRUE|FALSE)$/i.test(token) && this.peek() !== "(") return token.toUpperCase() === "TRUE";
    if (this.peek() === "(") return this.call(token.toUpperCase());
    if (/[A-Z]\$?\d/.test(token)) return this.reference(token);
    throw new Unsupported(`unknown name ${token}`);
  }

  private args(): Value[][] {
    this.next();
    const args: Value[][] = [];
    while (this.peek() !== ")" && this.peek() !== undefined) {
      args.push([this.comparison()]);
      if (this.peek() === ",") this.next();
    }
    this.next();
    return args;
  }

  private call(name: string): Value {
    const args = this.args().map((a) => a[0]!);
    const s = (i: number): FakeScalar => scalar(args[i] ?? "");
    const truthy = (v: FakeScalar): boolean => (typeof v === "string" ? v !== "" : Boolean(v));
    const flat = (): FakeScalar[] => args.flatMap((a) => (Array.isArray(a) ? a.flat() : [a])) as FakeScalar[];
    switch (name) {
      case "IF":
        return truthy(s(0)) ? (args[1] ?? true) : (args[2] ?? false);
      case "AND":
        return flat().every(truthy);
      case "OR":
        return flat().some(truthy);
      case "NOT":
        return !truthy(s(0));
      case "ISNUMBER":
        return typeof s(0) === "number";
      case "IFERROR":
        return isError(s(0)) ? s(1) : s(0);
      case "SUM":
        return flat().reduce<number>((sum, v) => sum + (typeof v === "number" ? v : 0), 0);
      case "HYPERLINK":
        return args.length > 1 ? s(1) : s(0);
      case "CONCATENATE":
        return args.map((_, i) => text(s(i))).join("");
      case "DATE":
        return Math.round(
          (Date.UTC(Number(s(0)), Number(s(1)) - 1, Number(s(2))) - SERIAL_EPOCH_UTC) / 864e5,
        );
      case "TODAY": {
        const now = this.model.today ?? new Date();
        return Math.round(
          (Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - SERIAL_EPOCH_UTC) / 864e5,
        );
      }
      default:
        if (LOCAL_FUNCTION_NAMES.has(name)) return "#NAME?";
        throw new Unsupported(`function ${name}`);
    }
  }

  private reference(token: string): Value {
    const { sheet: name, bounds } = parseAddress(token);
    const sheet = name === undefined ? this.sheet : this.model.find(name);
    if (!sheet) return "#REF!";
    return Array.from({ length: bounds.rows }, (_, r) =>
      Array.from({ length: bounds.columns }, (_, c) => {
        const cell = sheet.cell(bounds.row + r, bounds.column + c);
        if (!cell) return "";
        return cell.formula === undefined
          ? cell.value
          : calculate(cell.formula, sheet, this.model, this.depth + 1);
      }),
    );
  }
}

function text(v: FakeScalar): string {
  return typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
}

/** The value Excel shows for `formula` (with its leading "=") in a cell of `sheet`. */
export function calculate(
  formula: string,
  sheet: FakeSheet,
  model: FakeWorkbookModel,
  depth = 0,
): FakeScalar {
  if (depth > 50) return "#REF!";
  try {
    return new Calculation(tokenize(formula.replace(/^=/, "")), sheet, model, depth).run();
  } catch (error) {
    if (error instanceof Unsupported) return "#N/A";
    throw error;
  }
}
