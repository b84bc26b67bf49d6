import { formatDayFi } from "../_lib/day";
import type { Lang } from "../i18n/lang";
import { interpolate } from "../i18n/lang";
import type { Programme } from "../programme/ProgrammeSchema";
import { formatChange, formatShare } from "../report/_lib/format";
import type { Html } from "../report/_lib/html";
import { escaped, raw } from "../report/_lib/html";
import { ASSESSMENTS, SEVERITIES } from "../sheets/labels";
import { measureLabels } from "../sheets/national/cells";
import { BRIEF_STYLES } from "./_lib/briefStyles";
import { capped, clip, listSection } from "./_lib/briefParts";
import { BRIEF_LABELS as L, FLAG_LABELS, QUESTION_LABELS } from "./briefLabels";
import { DISCUSSION_KINDS, MATERIAL_SOURCES } from "../discussion/discussionLabels";
import type { Brief, BriefTask, RegionBrief } from "./RegionBrief";

const CSP = "default-src 'none'; style-src 'unsafe-inline'";

function figures(r: RegionBrief, brief: Brief, programme: Programme, lang: Lang): Html {
  const labels = measureLabels(programme, lang);
  const last = brief.previousMonth
    ? interpolate(L.lastMonth[lang], { month: brief.previousMonth })
    : L.lastMonthNone[lang];
  const rows = r.figures.map(
    (f, i) =>
      escaped`<tr><td>${labels[i]}</td><td class="n">${formatShare(f.region?.share, lang)}</td><td class="n">${formatShare(f.national?.share, lang)}</td><td class="n">${formatShare(f.previous?.share, lang)}</td><td class="n">${formatChange(f.region, f.previous, lang)}</td></tr>`,
  );
  return escaped`<h2>${L.figures[lang]}</h2><table><thead><tr><th>${L.measure[lang]}</th><th>${L.region[lang]}</th><th>${L.national[lang]}</th><th>${last}</th><th>${L.change[lang]}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function taskList(tasks: readonly BriefTask[], lang: Lang): Html {
  if (!tasks.length) return escaped`<span class="none">${L.nothing[lang]}</span>`;
  const shown = tasks.slice(0, 2).map((t) => `${t.id} ${clip(t.name, 45)}`);
  const more = tasks.length > 2 ? ` ${interpolate(L.more[lang], { count: tasks.length - 2 })}` : "";
  return escaped`${shown.join("; ")}${more}`;
}

function moved(r: RegionBrief, lang: Lang): Html {
  if (!r.moved) return escaped`<h2>${L.moved[lang]}</h2><p class="none">${L.movedUnknown[lang]}</p>`;
  const { newStarts, newCompletions, regressions } = r.moved;
  return escaped`<h2>${L.moved[lang]}</h2><ul>
<li><b>${L.newStarts[lang]} (${newStarts.length}):</b> ${taskList(newStarts, lang)}</li>
<li><b>${L.newCompletions[lang]} (${newCompletions.length}):</b> ${taskList(newCompletions, lang)}</li>
<li${regressions.length ? raw(' class="flag"') : ""}><b>${L.regressions[lang]} (${regressions.length}):</b> ${taskList(regressions, lang)}</li></ul>`;
}

const MAX_LATE = 6;

function late(r: RegionBrief, programme: Programme, lang: Lang): Html {
  if (!r.late.length) return escaped`<h2>${L.late[lang]}</h2><p class="none">${L.noLate[lang]}</p>`;
  const rows = r.late
    .slice(0, MAX_LATE)
    .map(
      (t) =>
        escaped`<tr><td>${t.taskId} ${clip(t.name, 50)}</td><td class="n">${formatDayFi(t.end)}</td><td>${programme.statuses[t.status][lang]}</td><td>${clip(t.comment, 60)}</td><td class="n">${t.expected ? formatDayFi(t.expected) : "–"}</td><td>${clip(t.owner, 20)}</td></tr>`,
    );
  const more =
    r.late.length > MAX_LATE
      ? escaped`<tr><td colspan="6" class="more">${interpolate(L.more[lang], { count: r.late.length - MAX_LATE })}</td></tr>`
      : "";
  return escaped`<h2>${L.late[lang]} (${r.late.length})</h2><table><thead><tr><th>${L.task[lang]}</th><th>${L.due[lang]}</th><th>${L.status[lang]}</th><th>${L.comment[lang]}</th><th>${L.expected[lang]}</th><th>${L.owner[lang]}</th></tr></thead><tbody>${rows}${more}</tbody></table>`;
}

function assessments(r: RegionBrief, lang: Lang): Html {
  if (!r.assessments.length) return escaped``;
  const rows = r.assessments.map((a) => {
    const label = a.code ? ASSESSMENTS[a.code][lang] : a.text || "–";
    const flags = a.flags.map((f) => FLAG_LABELS[f][lang]).join("; ");
    return escaped`<tr><td>${a.groupName}</td><td class="${a.code ?? ""}">${label}</td><td class="n">${formatShare(a.measured?.share, lang)}</td><td class="n">${formatShare(a.median, lang)}</td><td>${flags ? escaped`<span class="flag">⚠ ${flags}</span> ` : ""}${clip(a.note, 50)}</td></tr>`;
  });
  return escaped`<h2>${L.assessments[lang]}</h2><table><thead><tr><th>${L.group[lang]}</th><th>${L.assessment[lang]}</th><th>${L.measured[lang]}</th><th>${L.median[lang]}</th><th>${L.note[lang]}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function risks(r: RegionBrief, lang: Lang): Html {
  const { fresh, continuing, dropped, compared } = r.risks;
  const tagged = [
    ...fresh.map((k) => ({ k, tag: compared ? L.riskNew[lang] : L.riskUncompared[lang] })),
    ...continuing.map((k) => ({ k, tag: L.riskContinuing[lang] })),
    ...dropped.map((k) => ({ k, tag: L.riskDropped[lang] })),
  ];
  const items = capped(tagged, 4, lang, ({ k, tag }) => {
    const severity = k.severity ? SEVERITIES[k.severity][lang] : k.severityText;
    return escaped`<li><span class="tag">${tag}</span>${severity ? `${severity}: ` : ""}${clip(k.description, 80)}</li>`;
  });
  return listSection(L.risks[lang], items, L.noRisks[lang]);
}

function issues(r: RegionBrief, lang: Lang): Html {
  const items = capped(
    r.issues,
    3,
    lang,
    (i) =>
      escaped`<li>${i.sheet ? `${i.sheet}${i.cell ? `!${i.cell}` : ""}: ` : ""}${clip(i.message, 80)}</li>`,
  );
  return listSection(L.issues[lang], items, L.noIssues[lang]);
}

function actions(r: RegionBrief, lang: Lang): Html {
  const items = capped(r.openActions, 3, lang, (a) => {
    const agreed = interpolate(L.agreedIn[lang], { month: a.carriedFrom ?? a.month });
    const meta = [clip(a.who, 20), a.due ? formatDayFi(a.due) : "", agreed].filter(Boolean).join(", ");
    return escaped`<li>${clip(a.text, 80)} <span class="none">(${meta})</span></li>`;
  });
  const notes = capped(r.notes, 2, lang, (n) => {
    const kind = n.source ? MATERIAL_SOURCES[n.source][lang] : DISCUSSION_KINDS[n.kind][lang];
    return escaped`<li><span class="tag">${kind}</span>${n.date ? `${formatDayFi(n.date)} ` : ""}${clip(n.text, 80)}</li>`;
  });
  return escaped`${listSection(L.actions[lang], items, L.noActions[lang])}${notes.length ? listSection(L.material[lang], notes, "") : ""}`;
}

function questions(r: RegionBrief, lang: Lang): Html {
  const items = r.questions.map((q) => {
    const params = Object.fromEntries(
      Object.entries(q.params).map(([k, v]) => [k, typeof v === "string" ? clip(v, 45) : v]),
    );
    return escaped`<li>${interpolate(QUESTION_LABELS[q.key][lang], params)}</li>`;
  });
  return escaped`<h2>${L.questions[lang]}</h2>${items.length ? escaped`<ol>${items}</ol>` : escaped`<p class="none">${L.noQuestions[lang]}</p>`}`;
}

function page(r: RegionBrief, brief: Brief, programme: Programme, lang: Lang): Html {
  const subtitle = interpolate(L.subtitle[lang], {
    asOf: formatDayFi(brief.asOf),
    publishBy: brief.publishBy ? formatDayFi(brief.publishBy) : "–",
  });
  return escaped`<section class="page" data-region="${r.code}">
<header><h1>${L.title[lang]}: ${r.name} (${r.code}) · ${brief.month}</h1><div class="sub">${subtitle}</div></header>
${r.reporting ? "" : escaped`<p class="alert">${L.notReporting[lang]}</p>`}
<div class="cols"><div>${figures(r, brief, programme, lang)}</div><div>${moved(r, lang)}</div></div>
${late(r, programme, lang)}
${assessments(r, lang)}
<div class="cols"><div>${risks(r, lang)}</div><div>${issues(r, lang)}</div></div>
<div class="cols"><div>${actions(r, lang)}</div><div>${questions(r, lang)}</div></div>
</section>`;
}

/**
 * The discussion brief as one self-contained HTML document, one A4 page per region (issue #10 §1).
 * Every region text is escaped; nothing loads from anywhere.
 * @example writeFile("brief.html", renderBrief(buildBrief(summary, options), programme, "fi"))
 */
export function renderBrief(brief: Brief, programme: Programme, lang: Lang): string {
  const pages = brief.regions.map((r) => page(r, brief, programme, lang));
  return escaped`<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${L.title[lang]} ${brief.month}</title>
<style>${raw(BRIEF_STYLES)}</style>
</head>
<body>
${pages}
</body>
</html>
`.markup;
}
