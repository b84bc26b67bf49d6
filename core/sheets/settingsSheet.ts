import type { CellValue, Grid } from "../_lib/cells";
import { codeText, matchKey, normalizeText } from "../_lib/cells";
import type { Lang, Localized } from "../i18n/lang";
import { LangSchema } from "../i18n/lang";
import { BUILTIN_PROGRAMMES } from "../programme/builtins";
import type { Programme } from "../programme/ProgrammeSchema";
import { sheetName } from "./labels";
import type { SheetSpec, SpecCell } from "./SheetSpec";
import { HEADER_STYLE, TITLE_STYLE } from "./styles";

export type WorkbookRole = "template" | "region" | "national";

/** A region listed in the national workbook's settings: where its spreadsheet is and who edits it. */
export interface RegionListing {
  code: string;
  name: string;
  /** The region's spreadsheet (Google Sheets URL), or empty. */
  url: string;
  /** E-mail addresses of the region's editors. */
  editors: string[];
}

/** What the settings sheet says about its workbook. */
export interface WorkbookSettings {
  programmeId: string;
  role: WorkbookRole;
  /** The region code of a region workbook; null in a template or a national workbook. */
  region: string | null;
  lang: Lang;
  templateVersion: string;
  /**
   * National workbooks in Google Sheets: a region spreadsheet with the region script bound to it. New
   * region spreadsheets are made as copies of it, so they come with the Tilannekuva menu.
   */
  regionTemplateUrl?: string;
  regions: RegionListing[];
}

const KEYS = {
  programme: { fi: "Ohjelma", sv: "Program", en: "Programme" },
  role: { fi: "Työkirjan rooli", sv: "Arbetsbokens roll", en: "Workbook role" },
  region: { fi: "Alueen tunnus", sv: "Områdets kod", en: "Region code" },
  regionName: { fi: "Alueen nimi", sv: "Områdets namn", en: "Region name" },
  lang: { fi: "Kieli", sv: "Språk", en: "Language" },
  templateVersion: { fi: "Pohjan versio", sv: "Mallversion", en: "Template version" },
  regionTemplateUrl: {
    fi: "Alueiden pohjataulukko (Google Sheets)",
    sv: "Mallkalkylark för områdena (Google Sheets)",
    en: "Region template spreadsheet (Google Sheets)",
  },
} as const satisfies Record<string, Localized>;

const REGION_COLUMNS = {
  code: { fi: "Koodi", sv: "Kod", en: "Code" },
  name: { fi: "Nimi", sv: "Namn", en: "Name" },
  url: { fi: "Taulukon osoite", sv: "Kalkylarkets adress", en: "Spreadsheet URL" },
  editors: { fi: "Muokkaajat", sv: "Redigerare", en: "Editors" },
} as const satisfies Record<string, Localized>;

const TEXT = {
  title: { fi: "Asetukset", sv: "Inställningar", en: "Settings" },
  setting: { fi: "Asetus", sv: "Inställning", en: "Setting" },
  value: { fi: "Arvo", sv: "Värde", en: "Value" },
  key: { fi: "Avain", sv: "Nyckel", en: "Key" },
  regionsTitle: { fi: "Alueet", sv: "Områden", en: "Regions" },
  regionsNote: {
    fi: "Kansallinen työkirja: alueiden taulukot ja niiden muokkaajat (Google Sheets).",
    sv: "Nationell arbetsbok: områdenas kalkylark och deras redigerare (Google Sheets).",
    en: "National workbook: the regions' spreadsheets and their editors (Google Sheets).",
  },
  role: {
    template: { fi: "Pohja", sv: "Mall", en: "Template" },
    region: { fi: "Alue", sv: "Område", en: "Region" },
    national: { fi: "Kansallinen", sv: "Nationell", en: "National" },
  },
} as const;

/** Languages by their own name, as the national settings show them (the reader takes either). */
const LANGUAGE_NAMES: Record<Lang, string> = { fi: "suomi", sv: "svenska", en: "English" };

/** Row (1-based) of the regions table header on the settings sheet. */
const REGIONS_HEADER_ROW = 13;
/**
 * Zero-based column of each setting's key, hidden: only the program reads it, and it keeps the settings
 * readable whatever the labels' language. Right of the regions table (A–D). Workbooks before issue 9 have
 * the key visible in column C, which the reader still takes.
 */
const KEY_COLUMN = 4;
const OLD_KEY_COLUMN = 2;

/**
 * The settings sheet: labelled values in the sheet's language (the programme and the language by name,
 * as people say them), each row's key in a hidden column for the program, and the regions table.
 */
export function buildSettingsSheet(settings: WorkbookSettings, programme: Programme, lang: Lang): SheetSpec {
  const regionName = settings.region
    ? (programme.units.find((unit) => unit.code === settings.region)?.name[lang] ?? "")
    : "";
  const programmeValue = programme.id === settings.programmeId ? programme.name[lang] : settings.programmeId;
  const setting = (key: keyof typeof KEYS, value: SpecCell): SpecCell[] => {
    const row: SpecCell[] = [KEYS[key][lang], value];
    row[KEY_COLUMN] = key;
    return row;
  };
  const header: SpecCell[] = [TEXT.setting[lang], TEXT.value[lang]];
  header[KEY_COLUMN] = TEXT.key[lang];
  const rows: SpecCell[][] = [
    [TEXT.title[lang]],
    [],
    header,
    setting("programme", programmeValue),
    setting("role", TEXT.role[settings.role][lang]),
    setting("region", settings.region ?? ""),
    setting("regionName", regionName),
    setting("lang", LANGUAGE_NAMES[settings.lang]),
    setting("templateVersion", settings.templateVersion),
    setting("regionTemplateUrl", settings.regionTemplateUrl ?? ""),
    [],
    [TEXT.regionsTitle[lang], TEXT.regionsNote[lang]],
    [
      REGION_COLUMNS.code[lang],
      REGION_COLUMNS.name[lang],
      REGION_COLUMNS.url[lang],
      REGION_COLUMNS.editors[lang],
    ],
    ...settings.regions.map((r) => [r.code, r.name, r.url, r.editors.join(", ")]),
  ].map((row) => Array.from(row, (cell) => cell ?? null));
  const lastRegionRow = REGIONS_HEADER_ROW + Math.max(settings.regions.length, 1);
  return {
    name: sheetName("settings", lang),
    cells: rows,
    styles: [
      { range: "A1", ...TITLE_STYLE },
      { range: "A3:B3", ...HEADER_STYLE },
      { range: "E3", ...HEADER_STYLE },
      { range: "E4:E10", fontColor: "#808080", italic: true },
      { range: "B6", numberFormat: "@" },
      { range: `A${REGIONS_HEADER_ROW - 1}`, bold: true },
      { range: `A${REGIONS_HEADER_ROW}:D${REGIONS_HEADER_ROW}`, ...HEADER_STYLE },
      { range: `A${REGIONS_HEADER_ROW + 1}:A${lastRegionRow}`, numberFormat: "@" },
    ],
    columnWidths: [26, 40, 60, 50, 18],
    hiddenColumns: [KEY_COLUMN],
    frozen: { rows: 0, columns: 0 },
  };
}

/** A programme as its id or its name in any language; an unknown text is taken as an id. */
function programmeIdOf(text: string): string {
  const key = matchKey(text);
  for (const programme of Object.values(BUILTIN_PROGRAMMES)) {
    if (Object.values(programme.name).some((name) => matchKey(name) === key)) return programme.id;
  }
  return text || "regional";
}

function roleOf(text: string): WorkbookRole | undefined {
  const key = matchKey(text);
  for (const role of ["template", "region", "national"] as const) {
    if (role === key || Object.values(TEXT.role[role]).some((label) => matchKey(label) === key)) return role;
  }
  return undefined;
}

/**
 * Reads a settings sheet. Rows are found by the hidden key column (E; C in workbooks before issue 9), or
 * by their label in any language, so translated or reordered settings still read. The programme and the
 * language read as names or as ids ("regional", "fi"). Missing values come back as defaults.
 */
export function readSettings(grid: Grid, fallbackLang: Lang = "fi"): WorkbookSettings {
  const byKey = new Map<string, CellValue>();
  const labelToKey = new Map<string, string>();
  for (const [key, labels] of Object.entries(KEYS)) {
    for (const label of Object.values(labels)) labelToKey.set(matchKey(label), key);
  }
  let regionsHeader = -1;
  grid.forEach((row, index) => {
    const isKey = (text: string) => Object.prototype.hasOwnProperty.call(KEYS, text);
    const keyCell = [row[KEY_COLUMN], row[OLD_KEY_COLUMN]].map(normalizeText).find(isKey);
    const key = keyCell ?? labelToKey.get(matchKey(row[0]));
    if (key && !byKey.has(key)) byKey.set(key, row[1]);
    if (
      regionsHeader < 0 &&
      Object.values(REGION_COLUMNS.code).some((l) => matchKey(l) === matchKey(row[0])) &&
      Object.values(REGION_COLUMNS.name).some((l) => matchKey(l) === matchKey(row[1]))
    ) {
      regionsHeader = index;
    }
  });
  const regions: RegionListing[] = [];
  if (regionsHeader >= 0) {
    for (const row of grid.slice(regionsHeader + 1)) {
      const code = codeText(row[0]);
      if (code === "") continue;
      regions.push({
        code,
        name: normalizeText(row[1]),
        url: normalizeText(row[2]),
        editors: normalizeText(row[3])
          .split(/[\s,;]+/)
          .filter(Boolean),
      });
    }
  }
  const text = (key: string) => normalizeText(byKey.get(key));
  const langName = (Object.keys(LANGUAGE_NAMES) as Lang[]).find(
    (l) => matchKey(LANGUAGE_NAMES[l]) === matchKey(text("lang")),
  );
  const lang = LangSchema.safeParse(langName ?? text("lang").toLowerCase());
  const region = codeText(byKey.get("region"));
  const role = roleOf(text("role")) ?? (region ? "region" : "template");
  return {
    programmeId: programmeIdOf(text("programme")),
    role,
    region: region || null,
    lang: lang.success ? lang.data : fallbackLang,
    templateVersion: text("templateVersion"),
    ...(text("regionTemplateUrl") ? { regionTemplateUrl: text("regionTemplateUrl") } : {}),
    regions,
  };
}
