/**
 * Order of codes and ids as a Finnish reader sorts them, numbers by value ("2" before "10", "1.2.10"
 * after "1.2.9"): what `a.localeCompare(b, "fi", { numeric: true })` gives. One collator, made on first
 * use: `localeCompare` with a locale makes one at every call (sorting a thousand ids took 70 ms against
 * 1 ms), and making the first one loads ICU's collation data, which a command that never sorts should
 * not pay at start.
 * @example ["10", "9", "1.10", "1.9"].sort(compareCodes) // ["1.9", "1.10", "9", "10"]
 */
export function compareCodes(a: string, b: string): number {
  return (collator ??= new Intl.Collator("fi", { numeric: true })).compare(a, b);
}

let collator: Intl.Collator | undefined;
