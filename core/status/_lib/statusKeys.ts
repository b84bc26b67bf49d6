import type { CellValue } from "../../_lib/cells";
import { normalizeText } from "../../_lib/cells";
import type { Programme, StatusCode } from "../../programme/ProgrammeSchema";
import { STATUS_CODES } from "../../programme/ProgrammeSchema";

/** Every spelling of a status a user may type, keyed both as written and as a match key. */
export type StatusKeys = ReadonlyMap<string, StatusCode>;

// One table per statuses object: a month sheet has thousands of status cells, the programme four labels.
const cache = new WeakMap<Programme["statuses"], StatusKeys>();

/** The lookup table of a programme's statuses, built once per statuses object. */
export function statusKeys(statuses: Programme["statuses"]): StatusKeys {
  let keys = cache.get(statuses);
  if (keys) return keys;
  const built = new Map<string, StatusCode>();
  const add = (text: string, code: StatusCode): void => {
    const normalized = normalizeText(text);
    if (normalized === "") return;
    for (const key of [text, normalized, toKey(normalized)]) if (!built.has(key)) built.set(key, code);
  };
  for (const code of STATUS_CODES) {
    const label = statuses[code];
    add(label.fi, code);
    add(label.sv, code);
    add(label.en, code);
  }
  // Codes come after every label so that a label always wins over a code spelled the same.
  for (const code of STATUS_CODES) add(code, code);
  keys = built;
  cache.set(statuses, keys);
  return keys;
}

/** The match key of already normalized text: `matchKey`, and composed so that decomposed ä matches ä. */
export function toKey(normalized: string): string {
  return normalized.normalize("NFC").toLocaleLowerCase("fi");
}

/**
 * Reads a status cell: the code, null for a blank cell, undefined for anything else. Text typed exactly
 * as a label skips normalisation, which is most cells.
 */
export function lookupStatus(keys: StatusKeys, value: CellValue): StatusCode | null | undefined {
  if (typeof value === "string") {
    const exact = keys.get(value);
    if (exact !== undefined) return exact;
  } else if (value === null || value === undefined) {
    return null;
  }
  const text = normalizeText(value);
  if (text === "") return null;
  return keys.get(text) ?? keys.get(toKey(text));
}
