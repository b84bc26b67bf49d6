import { defaultDataMonth } from "../../../core/actions/actionLabels";
import { setupNational, updateRoadmapFromSheet } from "../actions";
import type { HostContext } from "../ui/HostContext";
import { jobDeps, monthsAround } from "../ui/HostContext";
import type { Outcome } from "../ui/Outcome";
import { outcomeOf } from "../ui/Outcome";
import type { ActionRequest } from "../ui/runRequest";
import { requestLang } from "../ui/runRequest";
import { offerBrief, offerLongCsv } from "./analystFiles";
import { startNationalJob } from "./nationalJobs";
import { stopJob } from "./runResumable";

/**
 * Runs one action in the national spreadsheet. Consolidation and the month roll-over default to the data
 * month (last month, the core's `defaultDataMonth`); the long ones run as resumable jobs.
 */
export async function runNationalRequest(
  context: HostContext,
  request: ActionRequest,
): Promise<Outcome | null> {
  const lang = requestLang(request) ?? null;
  const deps = jobDeps(context);
  const dataMonth = defaultDataMonth(monthsAround(context.env.now()).today);
  switch (request.action) {
    case "setupNational":
      return outcomeOf(
        await setupNational(context.workbook, {
          ...(lang ? { lang } : {}),
          ...(request.programmeId ? { programmeId: request.programmeId } : {}),
        }),
      );
    case "consolidate":
      return startNationalJob(deps, "consolidate", { month: request.month ?? dataMonth, lang });
    case "rollMonth":
      return startNationalJob(deps, "rollMonth", { month: request.month ?? dataMonth, lang });
    case "createRegionSpreadsheets":
      return startNationalJob(deps, "createRegions", { month: "", lang });
    case "updateRoadmap":
      // The national workbook logs from which data month the new roadmap counts (by default the month
      // after the latest in its history, else the data month).
      return outcomeOf(
        await updateRoadmapFromSheet(context.workbook, {
          ...(lang ? { lang } : {}),
          today: monthsAround(context.env.now()).today,
        }),
      );
    case "pushRoadmap":
      return startNationalJob(deps, "pushRoadmap", { month: "", lang });
    case "stopJob":
      return stopJob(deps);
    case "brief":
      return offerBrief(context, request.month ?? dataMonth, lang);
    case "longCsv":
      return offerLongCsv(context, lang);
    default:
      return null;
  }
}
