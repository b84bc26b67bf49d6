import type { Lang } from "../../../core/i18n/lang";
import type { Issue } from "../../../core/issues/Issue";
import { issueLocation } from "../../../core/issues/Issue";
import type { ActionResult } from "../actions";
import { describeFailure } from "./describeFailure";
import { utf8Length } from "./utf8Length";

/** At most this many issues travel to the sidebar (the cache and google.script.run have size limits). */
export const MAX_SHOWN_ISSUES = 200;

/** What the user is told after an action: plain JSON, so it can cross google.script.run and the cache. */
export interface Outcome {
  ok: boolean;
  /** "continues" when a long job stopped before Apps Script's time limit and will carry on by itself. */
  status: "done" | "continues" | "failed";
  message: string;
  issues: { severity: "error" | "warning"; where: string; message: string }[];
  /** All issues found; `issues` holds the first `MAX_SHOWN_ISSUES`. */
  issueCount: number;
  /** Further lines for the user, e.g. which regions could not be opened. */
  details: string[];
  sheets: string[];
  progress?: { done: number; total: number; label: string };
}

export function outcomeOf(result: ActionResult, details: string[] = []): Outcome {
  return {
    ok: result.ok,
    status: result.ok ? "done" : "failed",
    message: result.message,
    issues: result.issues.slice(0, MAX_SHOWN_ISSUES).map(issueView),
    issueCount: result.issues.length,
    details,
    sheets: [...result.sheets],
  };
}

function issueView(issue: Issue): Outcome["issues"][number] {
  const where = [issue.region, issueLocation(issue)].filter(Boolean).join(" · ");
  return { severity: issue.severity, where, message: issue.message };
}

export function failedOutcome(message: string, details: string[] = []): Outcome {
  return { ok: false, status: "failed", message, issues: [], issueCount: 0, details, sheets: [] };
}

/** The outcome of an action that threw: the failure in words the user understands. */
export function thrownOutcome(error: unknown, lang: Lang): Outcome {
  return failedOutcome(describeFailure(error, lang));
}

/** Bytes a cached outcome may take: a CacheService value holds at most 100 KB, counted in UTF-8. */
export const CACHE_LIMIT_BYTES = 100_000;

/** The outcome as cached: cut (fewer issues and details, then a shorter message) until it fits. */
function cacheValue(outcome: Outcome): string {
  const value = JSON.stringify(outcome);
  if (utf8Length(value) <= CACHE_LIMIT_BYTES) return value;
  for (const keep of [50, 20, 5, 0]) {
    const cut = JSON.stringify({
      ...outcome,
      issues: outcome.issues.slice(0, keep),
      details: outcome.details.slice(0, keep),
    });
    if (utf8Length(cut) <= CACHE_LIMIT_BYTES) return cut;
  }
  // A message alone can still be too long: 30,000 characters take at most 90,000 bytes.
  return JSON.stringify({ ...outcome, issues: [], details: [], message: outcome.message.slice(0, 30_000) });
}

/**
 * Keeps an outcome where the sidebar can fetch it later. A long issue list is cut to fit the cache;
 * a cache that refuses it costs nothing but that later fetch.
 */
export function cacheOutcome(
  cache: GoogleAppsScript.Cache.Cache | null,
  key: string,
  outcome: Outcome,
  seconds: number,
): void {
  if (!cache) return;
  try {
    cache.put(key, cacheValue(outcome), seconds);
  } catch {
    // The outcome still reaches the user directly (dialog, toast or google.script.run).
  }
}
