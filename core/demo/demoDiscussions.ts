import { addMonths, isoDay, parseMonthKey } from "../_lib/day";
import type { DiscussionEntry } from "../discussion/DiscussionSchema";
import type { Lang } from "../i18n/lang";

const TEXTS = {
  notes: {
    fi: "Käytiin läpi ICT-siirron aikataulu ja henkilöstön siirto. Alue pitää tilannetta hallinnassa, mutta tietojärjestelmien yhdistäminen on kriittisellä polulla.",
    sv: "Vi gick igenom tidtabellen för IKT-överföringen och personalöverföringen. Området har läget under kontroll, men integreringen av informationssystemen är på den kritiska linjen.",
    en: "Went through the ICT transfer schedule and the staff transfer. The region has things in hand, but merging the information systems is on the critical path.",
  },
  openAction: {
    fi: "Alue toimittaa päivitetyn ICT-siirtosuunnitelman",
    sv: "Området lämnar in en uppdaterad plan för IKT-överföringen",
    en: "The region sends an updated ICT transfer plan",
  },
  doneAction: {
    fi: "STM selvittää kansallisen tuen tietojärjestelmähankintaan",
    sv: "SHM utreder det nationella stödet för upphandlingen av informationssystem",
    en: "The ministry looks into national support for the information system procurement",
  },
  media: {
    fi: "Paikallislehti: henkilöstö huolissaan palkkojen harmonisoinnista",
    sv: "Lokaltidningen: personalen oroad över harmoniseringen av lönerna",
    en: "Local paper: staff worried about pay harmonisation",
  },
  followUp: {
    fi: "Seurantakeskustelu: ICT-suunnitelma viivästyy, uusi arvio lokakuun lopussa.",
    sv: "Uppföljningssamtal: IKT-planen försenas, ny bedömning i slutet av oktober.",
    en: "Follow-up: the ICT plan is late, new estimate at the end of October.",
  },
} as const;

function entry(more: Partial<DiscussionEntry> & Pick<DiscussionEntry, "region" | "month" | "kind" | "text">) {
  return { date: null, who: "", due: null, done: false, source: null, link: "", carriedFrom: null, ...more };
}

/**
 * What the demo's analyst records after the discussions of `month` (held early the next month): a
 * discussion, an action done, another left open (or, with `open` false, done by the next discussion)
 * and a media clipping for a few regions.
 */
export function demoDiscussions(
  month: string,
  regions: readonly string[],
  lang: Lang,
  open = true,
): DiscussionEntry[] {
  const next = parseMonthKey(addMonths(month, 1))!;
  const day = (d: number) => isoDay(next.year, next.month, d);
  return regions.flatMap((region) => [
    entry({ region, month, kind: "discussion", date: day(6), text: TEXTS.notes[lang] }),
    entry({
      region,
      month,
      kind: "action",
      text: TEXTS.openAction[lang],
      who: "ICT-johtaja",
      due: day(28),
      done: !open,
    }),
    entry({
      region,
      month,
      kind: "action",
      text: TEXTS.doneAction[lang],
      who: "STM",
      due: day(20),
      done: true,
    }),
    entry({
      region,
      month,
      kind: "material",
      date: day(3),
      text: TEXTS.media[lang],
      source: "media",
      link: "https://example.org/uutinen",
    }),
  ]);
}

/** The follow-up discussion of the next month, which leaves the earlier action open. */
export function demoFollowUp(month: string, regions: readonly string[], lang: Lang): DiscussionEntry[] {
  const next = parseMonthKey(addMonths(month, 1))!;
  return regions.map((region) =>
    entry({
      region,
      month,
      kind: "discussion",
      date: isoDay(next.year, next.month, 7),
      text: TEXTS.followUp[lang],
    }),
  );
}
