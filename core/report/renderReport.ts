import type { NationalPicture } from "../consolidation/buildNationalPicture";
import { changeSection } from "./_lib/changeSection";
import { discussionsSection } from "./_lib/discussionsSection";
import { executiveSection } from "./_lib/executiveSection";
import { groupsSection } from "./_lib/groupsSection";
import { escaped, raw } from "./_lib/html";
import { issuesSection, lateSection, risksSection } from "./_lib/listSections";
import { reportStyles } from "./_lib/reportStyles";
import { headerSection, nationalSection, regionsSection, reportTitle } from "./_lib/summarySections";
import { trendSection } from "./_lib/trendSection";

// Nothing may load from anywhere: no scripts, no fetched styles, fonts or images, even if some text
// slipped past escaping. Inline <style> and inline SVG are all the report needs.
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

/**
 * The month's national picture as one self-contained HTML5 document (PRODUCT.md §7 "The HTML report"):
 * inline CSS and SVG only, texts in the picture's language, every region text escaped, A4 landscape print.
 * @example fs.writeFileSync("tilannekuva-2022-09.html", renderReport(buildNationalPicture(readings, options)))
 */
export function renderReport(picture: NationalPicture): string {
  const title = `${reportTitle(picture)} – ${picture.programme.name[picture.lang]}`;
  const page = escaped`<!DOCTYPE html>
<html lang="${picture.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
${raw(reportStyles(picture.programme))}
</style>
</head>
<body>
${headerSection(picture)}
<main>
${nationalSection(picture)}
${executiveSection(picture)}
${regionsSection(picture)}
${changeSection(picture)}
${groupsSection(picture)}
${trendSection(picture)}
${lateSection(picture)}
${risksSection(picture)}
${discussionsSection(picture)}
${issuesSection(picture)}
</main>
</body>
</html>
`;
  return page.markup;
}
