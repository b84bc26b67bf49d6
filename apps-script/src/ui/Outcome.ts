import type { Lang } from "../../../core/i18n/lang";
import type { Issue } from "../../../core/issues/Issue";
import { issueLocation } from "../../../core/issues/Issue";
import type { ActionResult } from "../actions";
import { describeFailure } from "./describeFailure";

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

/** Characters a cached outcome may take (a CacheService value holds at most 100 KB). */
const CACHE_LIMIT = 90_000;

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
  let value = JSON.stringify(outcome);
  if (value.length > CACHE_LIMIT)
    value = JSON.stringify({
      ...outcome,
      issues: outcome.issues.slice(0, 20),
      details: outcome.details.slice(0, 50),
    });
  try {
    cache.put(key, value, seconds);
  } catch {
    // The outcome still reaches the user directly (dialog, toast or google.script.run).
  }
}
