import type { NationalPicture } from "../../consolidation/buildNationalPicture";
import type { SheetSpec } from "../SheetSpec";
import { chartsSheet } from "./chartsSheet";
import { checksSheet } from "./checksSheet";
import { discussionSheets } from "./discussionSheet";
import { groupsSheet } from "./groupsSheet";
import { historySheet } from "./historySheet";
import { lateSheet } from "./lateSheet";
import { risksSheet } from "./risksSheet";
import { summarySheet } from "./summarySheet";

export { historySheet };

/** The six national sheets of PRODUCT.md §5 and the charts, in tab order. */
export function nationalSheets(picture: NationalPicture): SheetSpec[] {
  return [
    summarySheet(picture),
    chartsSheet(picture),
    groupsSheet(picture),
    lateSheet(picture),
    risksSheet(picture),
    checksSheet(picture),
    historySheet(picture),
    ...discussionSheets(picture),
  ];
}
