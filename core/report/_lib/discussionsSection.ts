import { formatDayFi } from "../../_lib/day";
import type { NationalPicture } from "../../consolidation/buildNationalPicture";
import { openActions } from "../../discussion/carryOver";
import { DISCUSSION_KINDS, MATERIAL_SOURCES } from "../../discussion/discussionLabels";
import { NATIONAL_LABELS as N } from "../../sheets/nationalLabels";
import type { Html } from "./html";
import { escaped } from "./html";
import { EXECUTIVE_LABELS as E } from "./executiveLabels";
import { displayName } from "./readings";
import { dataTable, emptyNote, td } from "./tables";

/** The month's discussions and other material per region, with the count of open actions. */
export function discussionsSection(p: NationalPicture): Html {
  const { lang, month } = p;
  const all = p.summary.discussions ?? [];
  const rows = p.programme.units.flatMap((u) => {
    const entries = all.filter((e) => e.region === u.code && e.month === month && e.kind !== "action");
    const open = openActions(all, u.code, month).length;
    if (!entries.length && !open) return [];
    const texts = entries.map((e) => {
      const kind = e.source ? MATERIAL_SOURCES[e.source][lang] : DISCUSSION_KINDS[e.kind][lang];
      return escaped`<div><b>${kind}${e.date ? ` ${formatDayFi(e.date)}` : ""}:</b> ${e.text}${e.link ? escaped` (${e.link})` : ""}</div>`;
    });
    return [
      [
        td(u.code),
        td(displayName(p, { code: u.code, name: "" })),
        td(texts, "text"),
        td(String(open), "num"),
      ],
    ];
  });
  const table = rows.length
    ? escaped`<div class="scroll">${dataTable(
        [N.code[lang], p.programme.unitLabel[lang], E.discussionsTitle[lang], E.openActions[lang]],
        rows,
        "list",
      )}</div>`
    : emptyNote(E.noDiscussions[lang]);
  return escaped`<section id="discussions" class="page">
<h2>${E.discussionsTitle[lang]}</h2>
${table}
</section>`;
}
