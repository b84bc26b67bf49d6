import type { Localized } from "../i18n/lang";
import type { ColumnHeader } from "../_lib/headers";
import type { DiscussionKind, MaterialSource } from "./DiscussionSchema";

/** The discussion record sheet's name; found in any language. */
export const DISCUSSION_SHEET: Localized = {
  fi: "Keskustelut",
  sv: "Diskussioner",
  en: "Discussions",
};

/** Columns of the discussion record, matched by header text in any language, in any order. */
export const DISCUSSION_COLUMNS = {
  region: { label: { fi: "Alue", sv: "Område", en: "Region" }, aliases: ["Tunnus", "Kod", "Code"] },
  regionName: { label: { fi: "Alueen nimi", sv: "Områdets namn", en: "Region name" } },
  month: { label: { fi: "Kuukausi", sv: "Månad", en: "Month" } },
  kind: { label: { fi: "Laji", sv: "Typ", en: "Kind" } },
  date: { label: { fi: "Päivämäärä", sv: "Datum", en: "Date" } },
  text: { label: { fi: "Teksti", sv: "Text", en: "Text" }, aliases: ["Muistiinpanot", "Notes"] },
  who: { label: { fi: "Vastuu", sv: "Ansvarig", en: "Who" } },
  due: { label: { fi: "Määräaika", sv: "Tidsfrist", en: "Due" } },
  state: { label: { fi: "Tila", sv: "Status", en: "Status" } },
  source: { label: { fi: "Lähde", sv: "Källa", en: "Source" } },
  link: { label: { fi: "Linkki", sv: "Länk", en: "Link" } },
  carriedFrom: { label: { fi: "Sovittu kuussa", sv: "Överenskommen månad", en: "Agreed in" } },
} as const satisfies Record<string, ColumnHeader>;
export type DiscussionColumn = keyof typeof DISCUSSION_COLUMNS;

export const DISCUSSION_KINDS: Record<DiscussionKind, Localized> = {
  discussion: { fi: "Keskustelu", sv: "Diskussion", en: "Discussion" },
  action: { fi: "Sovittu toimenpide", sv: "Överenskommen åtgärd", en: "Agreed action" },
  material: { fi: "Muu aineisto", sv: "Annat material", en: "Other material" },
};

export const ACTION_STATES = {
  open: { fi: "Avoin", sv: "Öppen", en: "Open" },
  done: { fi: "Tehty", sv: "Klar", en: "Done" },
} as const satisfies Record<string, Localized>;

export const MATERIAL_SOURCES: Record<MaterialSource, Localized> = {
  partner: { fi: "Kumppani", sv: "Partner", en: "Partner" },
  survey: { fi: "Kysely", sv: "Enkät", en: "Survey" },
  media: { fi: "Media", sv: "Media", en: "Media" },
  other: { fi: "Muu", sv: "Annat", en: "Other" },
};

export const DISCUSSION_TEXTS = {
  title: {
    fi: "Tilannekuvakeskustelut ja muu aineisto",
    sv: "Lägesbildsdiskussioner och annat material",
    en: "Situational picture discussions and other material",
  },
  help: {
    fi: "Yksi rivi per keskustelu, sovittu toimenpide tai muu aineisto. Avoimet toimenpiteet siirtyvät seuraavaan kuukauteen, kunnes ne merkitään tehdyiksi.",
    sv: "En rad per diskussion, överenskommen åtgärd eller annat material. Öppna åtgärder förs över till nästa månad tills de markeras klara.",
    en: "One row per discussion, agreed action or other material. Open actions carry over to the next month until marked done.",
  },
  unreadable: {
    fi: "Tarkistettavat rivit (aluetta, kuukautta tai lajia ei tunnistettu; säilytetty sellaisenaan)",
    sv: "Rader att kontrollera (område, månad eller typ okänd; sparade som de var)",
    en: "Rows to check (region, month or kind not recognised; kept as they were)",
  },
} as const satisfies Record<string, Localized>;
