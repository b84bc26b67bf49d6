import type { NationalPicture } from "../../consolidation/buildNationalPicture";
import { printedAlike } from "../printSetup";
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

/**
 * The six national sheets of PRODUCT.md §5 and the charts, in tab order. Each prints as the region
 * sheets do (A4 landscape, one page wide, header rows repeated, a "national" footer); the summary fits
 * one page, for the steering group's pack.
 */
export function nationalSheets(picture: NationalPicture): SheetSpec[] {
  const { lang, programme, month } = picture;
  return printedAlike(
    nationalSheetsUnprinted(picture),
    { lang, programme: programme.name[lang], month },
    (index) => index === 0,
  );
}

function nationalSheetsUnprinted(picture: NationalPicture): SheetSpec[] {
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
