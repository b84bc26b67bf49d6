import type { CellValue } from "../_lib/cells";
import { isBlank, matchKey } from "../_lib/cells";
import { LANGS } from "../i18n/lang";
import type { Group } from "../programme/ProgrammeSchema";

/** `"3"`, `"3."`, `"3 Palveluiden järjestäminen"`, `"3: …"`, `"3) …"`, `"3 - …"`: the number leads. */
const NUMBER_PREFIX = /^(\d+)(?:[.:)]?(?:\s|$)|\s*-\s)/;

const keysOf = new WeakMap<readonly Group[], Map<string, string>>();

/**
 * Each group's id and names in every language as match keys, to its id: the first group a key names
 * wins. Made once for a programme's groups, not for each of a roadmap's thousands of rows.
 */
function groupKeys(groups: readonly Group[]): Map<string, string> {
  let keys = keysOf.get(groups);
  if (!keys) {
    keys = new Map();
    for (const group of groups) {
      for (const text of [group.id, ...LANGS.map((lang) => group.name[lang])]) {
        const key = matchKey(text);
        if (!keys.has(key)) keys.set(key, group.id);
      }
    }
    keysOf.set(groups, keys);
  }
  return keys;
}

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
  const byName = groupKeys(groups).get(key);
  if (byName !== undefined) return byName;
  const number = NUMBER_PREFIX.exec(key)?.[1];
  return number === undefined ? undefined : groups.find((group) => group.id === String(Number(number)))?.id;
}
