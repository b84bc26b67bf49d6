import { formatDayFi } from "../../_lib/day";
import type { NationalPicture } from "../../consolidation/buildNationalPicture";
import { interpolate } from "../../i18n/lang";
import { formatMessage } from "../../i18n/plural";
import type { Measures } from "../../readiness/Measures";
import { risksAcrossRegions } from "../../sheets/national/risksAcrossRegions";
import { formatChange, formatShare } from "./format";
import type { Html } from "./html";
import { escaped } from "./html";
import { EXECUTIVE_LABELS as E } from "./executiveLabels";
import { isReporting, unitName } from "./readings";

const SHOWN = 3;

function sentence(p: NationalPicture, view: "schedule" | "readiness"): string {
  const now = p.summary.national[view];
  const before = p.previous.national?.[view];
  return interpolate(view === "schedule" ? E.scheduleSentence[p.lang] : E.readinessSentence[p.lang], {
    started: formatShare(now.started.share, p.lang),
    done: formatShare(now.done.share, p.lang),
    change: formatChange(now.done, before?.done, p.lang),
    target: formatDayFi(p.programme.target),
  });
}

/** Lowest schedule-view done share first; units without a figure are not "behind", they are unknown. */
function behind<T>(items: readonly T[], measures: (t: T) => Measures | null | undefined): T[] {
  return items
    .filter((t) => typeof measures(t)?.schedule.done.share === "number")
    .sort((a, b) => measures(a)!.schedule.done.share! - measures(b)!.schedule.done.share!)
    .slice(0, SHOWN);
}

/**
 * The executive page for a steering group: one sentence per view, the workstreams and regions furthest
 * behind, the late critical tasks across regions (the tasks late in most regions) and the open risks.
 * Short lists, so that with the four cards above it the page prints on one A4 sheet.
 */
export function executiveSection(p: NationalPicture): Html {
  const { lang, programme } = p;
  const done = (m: Measures | null | undefined) => formatShare(m?.schedule.done.share, lang);
  const groups = behind(programme.groups, (g) => p.summary.groups[g.id]).map(
    (g) => escaped`<li>${g.name[lang]}: ${done(p.summary.groups[g.id])} ${E.doneOnSchedule[lang]}</li>`,
  );
  const regions = behind(p.readings.filter(isReporting), (r) => r.measures).map(
    (r) => escaped`<li>${unitName(p, r)}: ${done(r.measures)} ${E.doneOnSchedule[lang]}</li>`,
  );
  const late = new Map<string, { name: string; regions: number }>();
  for (const r of p.readings) {
    for (const t of r.late)
      late.set(t.taskId, { name: t.subtask, regions: (late.get(t.taskId)?.regions ?? 0) + 1 });
  }
  const lateCount = p.readings.reduce((sum, r) => sum + r.late.length, 0);
  const lateItems = [...late.entries()]
    .sort((a, b) => b[1].regions - a[1].regions || a[0].localeCompare(b[0]))
    .slice(0, 5)
    .map(
      ([id, t]) => escaped`<li>${id} ${t.name} – ${interpolate(E.lateIn[lang], { count: t.regions })}</li>`,
    );
  const risks = p.readings.flatMap((r) => r.risks.filter((k) => k.description.trim()));
  const high = risks.filter((k) => k.severity === "high");
  // The same risk as several regions word it is one line, with how many report it: a steering group
  // reads "in 21 regions" once, not the same sentence four times.
  const clip = (text: string) => (text.length > 120 ? `${text.slice(0, 119)}…` : text);
  const riskItems = risksAcrossRegions(p.readings)
    .slice(0, 4)
    .map((k) =>
      k.regions.length > 1
        ? escaped`<li>${clip(k.description).replace(/\.$/, "")} – ${interpolate(E.riskIn[lang], { count: k.regions.length })}</li>`
        : escaped`<li>${k.regions[0] ?? ""}: ${clip(k.description)}</li>`,
    );
  const list = (items: Html[]) =>
    items.length ? escaped`<ul>${items}</ul>` : escaped`<p class="empty">${E.none[lang]}</p>`;
  return escaped`<section id="executive">
<h2>${E.title[lang]}</h2>
<p>${sentence(p, "schedule")}</p>
<p>${sentence(p, "readiness")}</p>
<div class="exec-grid">
<div><h3>${E.groupsBehind[lang]}</h3>${list(groups)}</div>
<div><h3>${E.regionsBehind[lang]}</h3>${list(regions)}</div>
<div><h3>${formatMessage(E.lateAcross[lang], { count: lateCount }, lang)}</h3>${list(lateItems)}</div>
<div><h3>${interpolate(E.openRisks[lang], { count: risks.length, high: high.length })}</h3>${list(riskItems)}</div>
</div>
</section>`;
}
