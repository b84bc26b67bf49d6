import type { CellValue } from "../_lib/cells";
import { isBlank, matchKey } from "../_lib/cells";

// TOSI/EPÄTOSI and SANT/FALSKT are how Finnish and Swedish Excel show TRUE/FALSE, and how they export it.
const TRUE_WORDS = new Set(["kyllä", "ja", "yes", "x", "true", "1", "tosi", "sant"]);
const FALSE_WORDS = new Set(["ei", "nej", "no", "false", "0", "epätosi", "falskt"]);

/**
 * A yes/no cell such as the critical flag: Kyllä/Ei, Ja/Nej, Yes/No, x, TRUE/FALSE or 1/0, blank meaning
 * no; undefined for anything else.
 *
 * @example
 * parseFlag("Kyllä"); // true
 * parseFlag(""); // false
 * parseFlag("ehkä"); // undefined
 */
export function parseFlag(value: CellValue): boolean | undefined {
  if (isBlank(value)) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== "string") return undefined;
  const key = matchKey(value);
  if (TRUE_WORDS.has(key)) return true;
  if (FALSE_WORDS.has(key)) return false;
  return undefined;
}
