import type { Issue } from "../issues/Issue";
import { hasErrors } from "../issues/Issue";

/**
 * What every parser of user data returns. It never throws on bad data: `value` is the best reading of
 * what was there, `issues` says what was wrong and where, and `ok` is false when any issue is an error.
 */
export interface ParseResult<T> {
  ok: boolean;
  value: T;
  issues: Issue[];
}

export function parseResult<T>(value: T, issues: Issue[]): ParseResult<T> {
  return { ok: !hasErrors(issues), value, issues };
}
