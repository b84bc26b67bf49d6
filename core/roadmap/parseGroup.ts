import type { CellValue } from "../_lib/cells";
import { isBlank, matchKey } from "../_lib/cells";
import { LANGS } from "../i18n/lang";
import type { Group } from "../programme/ProgrammeSchema";

/** `"3"`, `"3."`, `"3 Palveluiden järjestäminen"`, `"3: …"`, `"3) …"`, `"3 - …"`: the number leads. */
const NUMBER_PREFIX = /^(\d+)(?:[.:)]?(?:\s|$)|\s*-\s)/;

/**
 * The id of the preparation group a cell names, by its name in any language or its number; null for a
 * blank cell, undefined for one that names no group.
 *
 * @example
 * parseGroup("Palveluiden järjestäminen", PREPARATION_GROUPS); // "3"
 * parseGroup(3, PREPARATION_GROUPS); // "3"
 * parseGroup("3 Palveluiden järjestäminen", PREPARATION_GROUPS); // "3"
 */
export function parseGroup(value: CellValue, groups: readonly Group[]): string | null | undefined {
  if (isBlank(value)) return null;
  if (typeof value === "number") return groups.find((group) => group.id === String(value))?.id;
  if (typeof value !== "string") return undefined;
  const key = matchKey(value);
  const byName = groups.find(
    (group) => matchKey(group.id) === key || LANGS.some((lang) => matchKey(group.name[lang]) === key),
  );
  if (byName) return byName.id;
  const number = NUMBER_PREFIX.exec(key)?.[1];
  return number === undefined ? undefined : groups.find((group) => group.id === String(Number(number)))?.id;
}
