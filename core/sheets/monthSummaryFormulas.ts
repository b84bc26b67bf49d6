import { columnLetter } from "../_lib/cells";
import type { Lang } from "../i18n/lang";
import type { Programme, StatusCode } from "../programme/ProgrammeSchema";
import { LABELS } from "./labels";
import { LIST_COLUMNS, listLength } from "./listsSheet";
import { MONTH_LAYOUT, monthColumn } from "./monthLayout";

/** The four live formulas of the summary: count and population, for a status set and a date condition. */
export function summaryFormulas(
  programme: Programme,
  lang: Lang,
  lists: string,
  first: number,
  last: number,
): [string, string][] {
  const col = (c: Parameters<typeof monthColumn>[0]) => {
    const letter = columnLetter(monthColumn(c));
    return `$${letter}$${first}:$${letter}$${last}`;
  };
  const list = (letter: string, codes: StatusCode[]) =>
    `${lists}!$${letter}$2:$${letter}$${1 + listLength(programme, codes)}`;
  // Fold the whitespace people paste (no-break spaces, tabs, line breaks) as the core does, then escape
  // MATCH's wildcards so that "Valmi?" or "*" is an unknown status here too, not a match.
  const cleaned = `TRIM(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${col("status")},CHAR(160)," "),CHAR(9)," "),CHAR(10)," "),CHAR(13)," "))`;
  const status = `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${cleaned},"~","~~"),"*","~*"),"?","~?")`;
  const isStarted = `ISNUMBER(MATCH(${status},${list(LIST_COLUMNS.started, ["in_progress", "done"])},0))`;
  const isDone = `ISNUMBER(MATCH(${status},${list(LIST_COLUMNS.done, ["done"])},0))`;
  const applies = `(1-ISNUMBER(MATCH(${status},${list(LIST_COLUMNS.notApplicable, ["not_applicable"])},0)))`;
  const critical = `(${col("critical")}="${LABELS.yes[lang]}")`;
  const dated = (c: "start" | "end", limitRow: number) => `(${col(c)}<>"")*(${col(c)}<=$B$${limitRow})`;
  const startDue = dated("start", MONTH_LAYOUT.asOfRow);
  const endDue = dated("end", MONTH_LAYOUT.asOfRow);
  const endByTarget = dated("end", MONTH_LAYOUT.targetRow);
  const sum = (...factors: string[]) => `=SUMPRODUCT(${factors.join("*")})`;
  return [
    [sum(critical, startDue, isStarted), sum(critical, startDue, applies)],
    [sum(critical, endDue, isDone), sum(critical, endDue, applies)],
    [sum(critical, endByTarget, isStarted), sum(critical, endByTarget, applies)],
    [sum(critical, endByTarget, isDone), sum(critical, endByTarget, applies)],
  ];
}

/** A sheet name as formulas need it: quoted when it holds anything but letters, digits and underscores. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Share cells: "–" when the population is empty, never 0 % or 100 %. Count and population in B and C unless told. */
export function shareFormula(row: number, count = "B", of = "C"): string {
  return `=IF(${of}${row}=0,"${LABELS.noFigure.fi}",${count}${row}/${of}${row})`;
}
