import { defaultDataMonth } from "../../../core/actions/actionLabels";
import { coreActions, latestMonthSheet, updateRoadmapFromSheet } from "../actions";
import type { HostContext } from "./HostContext";
import { monthsAround } from "./HostContext";
import type { Outcome } from "./Outcome";
import { outcomeOf } from "./Outcome";
import type { ActionRequest } from "./runRequest";
import { requestLang } from "./runRequest";

/** Runs one action in a region's (or the template's) spreadsheet; months default to the data month (last month). */
export async function runRegionRequest(
  context: HostContext,
  request: ActionRequest,
): Promise<Outcome | null> {
  const lang = requestLang(request);
  const withLang = lang ? { lang } : {};
  const { workbook } = context;
  const months = monthsAround(context.env.now());
  switch (request.action) {
    case "setupTemplate":
      return outcomeOf(
        await coreActions.setupTemplate(workbook, {
          ...withLang,
          ...(request.programmeId ? { programmeId: request.programmeId } : {}),
        }),
      );
    case "setRegion":
      return outcomeOf(
        await coreActions.createRegionWorkbook(workbook, workbook, {
          region: request.region ?? "",
          ...withLang,
        }),
      );
    case "createMonthSheet":
      return outcomeOf(
        await coreActions.createMonthSheet(workbook, {
          month: request.month ?? defaultDataMonth(months.today),
          ...withLang,
        }),
      );
    case "validateMonth": {
      const month = request.month ?? (await latestMonthSheet(workbook)) ?? defaultDataMonth(months.today);
      return outcomeOf(await coreActions.validateMonth(workbook, { month, ...withLang }));
    }
    case "generateChecklists":
      return outcomeOf(await coreActions.generateChecklists(workbook, { ...withLang, today: months.today }));
    case "updateRoadmap":
      return outcomeOf(await updateRoadmapFromSheet(workbook, withLang));
    default:
      return null;
  }
}
