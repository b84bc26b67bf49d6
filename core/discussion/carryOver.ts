import type { DiscussionEntry } from "./DiscussionSchema";

function origin(entry: DiscussionEntry): string {
  return `${entry.region}\u0000${entry.carriedFrom ?? entry.month}\u0000${entry.text.trim()}`;
}

/**
 * The record with every action still open before `month` carried into it: a copy in `month` naming the
 * month it was agreed. An action is one thing across months (region, month agreed, text); its latest
 * copy up to `month` decides whether it is open, so marking the copy done ends the carrying. Running it
 * again for the same month adds nothing, and entries are never changed or dropped.
 * @example carryOver(entries, "2022-10").filter((e) => e.carriedFrom === "2022-09")
 */
export function carryOver(entries: readonly DiscussionEntry[], month: string): DiscussionEntry[] {
  const latest = new Map<string, DiscussionEntry>();
  for (const entry of entries) {
    if (entry.kind !== "action" || entry.month > month) continue;
    const key = origin(entry);
    const seen = latest.get(key);
    if (!seen || entry.month > seen.month || (entry.month === seen.month && entry.done))
      latest.set(key, entry);
  }
  const carried: DiscussionEntry[] = [];
  for (const entry of latest.values()) {
    if (entry.done || entry.month === month) continue;
    carried.push({ ...entry, month, carriedFrom: entry.carriedFrom ?? entry.month });
  }
  return [...entries, ...carried];
}

/** The open actions of a region as of `month`: carried over, not yet marked done. */
export function openActions(
  entries: readonly DiscussionEntry[],
  region: string,
  month: string,
): DiscussionEntry[] {
  return carryOver(entries, month).filter(
    (e) => e.region === region && e.month === month && e.kind === "action" && !e.done,
  );
}
