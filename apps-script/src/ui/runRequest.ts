import type { Lang } from "../../../core/i18n/lang";
import { LangSchema } from "../../../core/i18n/lang";
import { hostText } from "../i18n/hostText";
import type { HostContext } from "./HostContext";
import type { Outcome } from "./Outcome";
import { failedOutcome, thrownOutcome } from "./Outcome";

/** What the sidebar (or a menu item) asks for. Fields a user did not choose are left out. */
export interface ActionRequest {
  action: string;
  month?: string;
  lang?: string;
  region?: string;
  programmeId?: string;
}

/** The language a request asks for, if it names one of fi, sv, en. */
export function requestLang(request: ActionRequest): Lang | undefined {
  const parsed = LangSchema.safeParse(request.lang);
  return parsed.success ? parsed.data : undefined;
}

/** A project's actions: the outcome, or null for an action the project does not have. */
export type RequestRunner = (context: HostContext, request: ActionRequest) => Promise<Outcome | null>;

/**
 * Runs one action and says how it went, in words. Never throws: whatever fails reaches the user as a
 * sentence (menus show it in a dialog, the sidebar under its buttons).
 */
export async function runRequest(
  context: HostContext,
  request: ActionRequest,
  run: RequestRunner,
): Promise<Outcome> {
  try {
    return (
      (await run(context, request)) ??
      failedOutcome(hostText("unknownAction", context.uiLang, { action: String(request.action) }))
    );
  } catch (error) {
    return thrownOutcome(error, context.uiLang);
  }
}
