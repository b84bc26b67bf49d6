import type { BriefQuestion, RegionBrief } from "../RegionBrief";

/** At most this many questions: a page, and a discussion, has room for a handful. */
export const MAX_QUESTIONS = 5;

/**
 * Questions that follow from the rest of the page, most pressing first: not reporting, regressions,
 * contradicting self-assessments, late tasks without an expected date, overdue actions, dropped risks,
 * and data-quality issues.
 */
export function briefQuestions(brief: Omit<RegionBrief, "questions">, month: string): BriefQuestion[] {
  const q: BriefQuestion[] = [];
  if (!brief.reporting) q.push({ key: "notReported", params: { month } });
  for (const task of brief.moved?.regressions ?? [])
    q.push({ key: "regression", params: { task: task.name } });
  for (const a of brief.assessments) {
    if (a.flags.some((f) => f !== "not_assessed"))
      q.push({ key: "contradiction", params: { group: a.groupName } });
  }
  for (const task of brief.late) {
    if (!task.expected) q.push({ key: "lateNoDate", params: { task: task.name } });
  }
  const monthEnd = `${month}-31`;
  for (const action of brief.openActions) {
    if (action.due && action.due <= monthEnd)
      q.push({ key: "overdueAction", params: { action: action.text } });
  }
  for (const risk of brief.risks.dropped) q.push({ key: "droppedRisk", params: { risk: risk.description } });
  const errors = brief.issues.filter((i) => i.severity === "error").length;
  if (errors) q.push({ key: "issues", params: { count: errors } });
  return varied(distinct(q)).slice(0, MAX_QUESTIONS);
}

// The same question once: an action recorded again each month, still open, is one thing to ask about.
function distinct(questions: readonly BriefQuestion[]): BriefQuestion[] {
  const seen = new Set<string>();
  return questions.filter((q) => {
    const key = JSON.stringify([q.key, q.params]);
    return !seen.has(key) && (seen.add(key), true);
  });
}

// The first question of each kind before the second of any, so five regressions do not crowd out the
// contradiction or the overdue action.
function varied(questions: readonly BriefQuestion[]): BriefQuestion[] {
  const rank = new Map<string, number>();
  return questions
    .map((q, index) => {
      const nth = rank.get(q.key) ?? 0;
      rank.set(q.key, nth + 1);
      return { q, nth, index };
    })
    .sort((a, b) => a.nth - b.nth || a.index - b.index)
    .map(({ q }) => q);
}
