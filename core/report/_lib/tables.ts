import type { Lang } from "../../i18n/lang";
import type { Programme } from "../../programme/ProgrammeSchema";
import type { Share } from "../../readiness/Share";
import { bandClass } from "./bands";
import { formatShare } from "./format";
import type { Html, HtmlValue } from "./html";
import { escaped } from "./html";

/** A table cell showing a share in its colour band; the count and population on hover. */
export function shareCell(share: Share | null | undefined, programme: Programme, lang: Lang): Html {
  const value = share?.share ?? null;
  const title = share ? escaped` title="${share.count}/${share.of}"` : "";
  return escaped`<td class="num ${bandClass(value, programme)}"${title}>${formatShare(value, lang)}</td>`;
}

/** A plain table cell; region text is escaped like any interpolation. */
export function td(content: HtmlValue, className = ""): Html {
  return className ? escaped`<td class="${className}">${content}</td>` : escaped`<td>${content}</td>`;
}

/** A table with one header row (repeated on every printed page) over rows of ready cells. */
export function dataTable(
  headers: readonly HtmlValue[],
  rows: readonly (readonly Html[])[],
  className = "",
): Html {
  const head = headers.map((h) => escaped`<th scope="col">${h}</th>`);
  const body = rows.map((row) => escaped`<tr>${row}</tr>`);
  return escaped`<table${className ? escaped` class="${className}"` : ""}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** A paragraph saying a list is empty. */
export function emptyNote(text: string): Html {
  return escaped`<p class="empty">${text}</p>`;
}
