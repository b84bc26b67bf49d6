import { escapeHtml } from "./escapeHtml";

/** Markup that is already safe to insert. Only `escaped` and `raw` make one, so text is escaped by default. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/** What may be interpolated into `escaped`: markup as is, anything else as escaped text. */
export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join("");
  if (value === null || value === undefined || value === false) return "";
  return escapeHtml(String(value));
}

/**
 * Tagged template that escapes every interpolated string, so region text can never turn into markup.
 * (Not named `html`: Prettier would reformat such templates and change the document's text.)
 * @example escaped`<td>${comment}</td>`
 */
export function escaped(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return new Html(out);
}

/** Trusted markup built by the report itself (never region text). */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** A number for an SVG attribute: one decimal is plenty on a 1000-unit canvas. */
export function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}
