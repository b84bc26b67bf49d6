import type { Grid } from "../../../core/_lib/cells";
import { MAX_PART_BYTES } from "../../../core/_lib/limits";
import type { Workbook } from "../../../core/actions/Workbook";
import { checkSheetSpecs } from "../../../core/sheets/checkSheetSpecs";
import type { SheetSpec } from "../../../core/sheets/SheetSpec";
import { drawingXml, relsXml } from "../_lib/addCharts";
import { LISTS_SHEET } from "../_lib/applyValidations";
import { chartXml } from "../_lib/chartXml";
import { xmlText, xmlUnescape } from "../_lib/xmlText";
import { LimitError } from "../stream/LimitError";
import { streamingWorkbookOf } from "../stream/openStreamingWorkbook";
import type { StreamingWorkbook } from "../stream/StreamingWorkbook";
import { ListsColumns } from "./SheetParts";
import { specGrid } from "./SpecWorkbook";
import type { StylesBase } from "./StyleTable";
import { StyleTable, stylesBase } from "./StyleTable";
import { rawZipParts } from "./unzipParts";
import { definedNames } from "./writeXlsx";
import { worksheetXml } from "./worksheetXml";
import type { RawZipPart, ZipPart } from "./zipParts";
import { contentBytes, zipParts } from "./zipParts";

const MB = 1024 * 1024;
const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const CONTENT_TYPES = "[Content_Types].xml";
const OFFICE = "application/vnd.openxmlformats-officedocument";
const TYPES = {
  worksheet: `${OFFICE}.spreadsheetml.worksheet+xml`,
  drawing: `${OFFICE}.drawing+xml`,
  chart: `${OFFICE}.drawingml.chart+xml`,
};
/** The defined names a written sheet's spec decides (definedNames): the old ones of a rewritten sheet go. */
const PRINT_NAMES = new Set(["_xlnm.Print_Area", "_xlnm.Print_Titles", "_xlnm._FilterDatabase"]);

/** A tab of the workbook being patched: a sheet of the file (`old`), a spec written over it or new, or both. */
interface Tab {
  name: string;
  old?: { element: string; path: string };
  spec?: SheetSpec;
}

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  element: string;
}

/**
 * An existing .xlsx file whose rewritten sheets are written by the own writer and whose every other part
 * is copied as it is, still compressed: the command line's national workbook of a monthly run
 * (--previous). Nothing the file holds is loaded whole. What a ministry keeps in it (its own sheets,
 * pictures, pivot tables, comments, the earlier months' data sheets) comes through byte for byte, even
 * what no library here understands; only the parts of the sheets written over go (their drawings,
 * charts and comments), and the calculation chain, which Excel rebuilds. Texts of written sheets are
 * in their cells (inline), so the shared strings part is copied too and never grows; their styles are
 * added to the file's, reusing those already there. Sheets are read by the streaming reader, written
 * ones from their specs. A file shaped otherwise (no styles part as the writers make it) is not taken:
 * `open` gives null, and the caller opens it with ExcelJS (KeptWorkbook).
 * @example const national = await PatchedWorkbook.open(bytes); await consolidate(national!, sources, { month }); await national!.toXlsx(new Date())
 */
export class PatchedWorkbook implements Workbook {
  /** The tabs of the file as it was, in its order: what its defined names' and view's indices count. */
  private readonly opened: readonly Tab[];

  private constructor(
    private readonly parts: readonly RawZipPart[],
    private readonly reader: StreamingWorkbook,
    private readonly tabs: Tab[],
    private readonly styles: { xml: string; base: StylesBase },
    private readonly label: string,
  ) {
    this.opened = [...tabs];
  }

  /** The file's bytes as a workbook to patch, or null when its workbook or styles part is not as expected. */
  static async open(bytes: Uint8Array, label = "workbook"): Promise<PatchedWorkbook | null> {
    const parts = rawZipParts(bytes);
    const byPath = new Map(parts.map((part) => [part.path, part]));
    const stylesPart = byPath.get("xl/styles.xml");
    const workbookPart = byPath.get("xl/workbook.xml");
    const relsPart = byPath.get("xl/_rels/workbook.xml.rels");
    if (!stylesPart || !workbookPart || !relsPart) return null;
    const stylesXml = partText(stylesPart);
    const base = stylesBase(stylesXml);
    if (!base) return null;
    const targets = new Map(
      relationships(partText(relsPart)).map((r) => [r.id, resolve(WORKBOOK, r.target)]),
    );
    const tabs: Tab[] = [];
    for (const element of sheetsOf(partText(workbookPart))) {
      const name = attribute(element, "name");
      const rid = attribute(element, "r:id");
      const path = rid === undefined ? undefined : targets.get(rid);
      if (name === undefined || !path || !byPath.has(path)) return null;
      tabs.push({ name: xmlUnescape(name), old: { element, path } });
    }
    const reader = await streamingWorkbookOf(bytes);
    return new PatchedWorkbook(parts, reader, tabs, { xml: stylesXml, base }, label);
  }

  async sheetNames(): Promise<string[]> {
    return this.ordered().map((tab) => tab.name);
  }

  async readSheets(names: readonly string[]): Promise<Map<string, Grid>> {
    const grids = new Map<string, Grid>();
    for (const name of names) {
      const tab = this.find(name);
      if (tab?.spec) grids.set(name, specGrid(tab.spec));
      else if (tab?.old) {
        const grid = (await this.read(tab.name)).get(tab.name);
        if (grid) grids.set(name, grid);
      }
    }
    return grids;
  }

  /** A sheet that exists is written over in its tab position, under the spec's name; new ones go last. */
  async writeSheets(specs: readonly SheetSpec[]): Promise<void> {
    checkSheetSpecs(specs);
    for (const spec of specs) {
      const tab = this.find(spec.name);
      if (tab) Object.assign(tab, { name: spec.name, spec });
      else this.tabs.push({ name: spec.name, spec });
    }
  }

  /** The workbook as the bytes of an .xlsx file, its parts dated `date`. */
  async toXlsx(date: Date): Promise<Buffer> {
    const byPath = new Map(this.parts.map((part) => [part.path, part]));
    const text = (path: string) => {
      const part = byPath.get(path);
      return part ? partText(part) : undefined;
    };
    /** Parts written anew, by path; null: a part of the file that goes. */
    const out = new Map<string, ZipPart["data"] | null>();
    const taken = (path: string) => (out.has(path) ? out.get(path) !== null : byPath.has(path));
    const free = (make: (n: number) => string) => {
      let n = 1;
      while (taken(make(n))) n++;
      out.set(make(n), "");
      return make(n);
    };
    const lists = await this.listsColumns();
    const tables = { styles: new StyleTable(this.styles.base), strings: null, lists };
    const tabs = this.ordered();
    const listsTab = this.find(LISTS_SHEET) ?? { name: LISTS_SHEET };
    // What the rewritten sheets' old relationships reach goes, unless a kept part reaches it too. The
    // lists sheet counts among them: it holds values only, kept in its columns when it is written again.
    const rewritten = new Set(
      [...tabs.filter((tab) => tab.spec), listsTab].flatMap((tab) => tab.old?.path ?? []),
    );
    const reach = reacher(byPath);
    const kept = reach(["_rels/.rels"], rewritten);
    for (const path of reach([...rewritten], new Set()))
      if (!kept.has(path) && !rewritten.has(path)) out.set(path, null);
    for (const path of rewritten) out.set(relsPathOf(path), null);
    out.set("xl/calcChain.xml", null);

    const view = /<workbookView\b[^>]*>/.exec(text(WORKBOOK) ?? "")?.[0] ?? "";
    const oldActive = this.opened[Number(attribute(view, "activeTab") ?? 0)];
    const active = [...tabs].reverse().find((tab) => tab.spec?.active) ?? oldActive;
    const paths = new Map<Tab, string>();
    const overrides = new Map<string, string>();
    let hasFormulas = false;
    const writeTab = (tab: Tab, spec: SheetSpec) => {
      const path = tab.old?.path ?? free((n) => `xl/worksheets/sheet${n}.xml`);
      paths.set(tab, path);
      if (!tab.old) overrides.set(path, TYPES.worksheet);
      let drawing: string | undefined;
      if (spec.charts?.length) {
        const drawingPath = free((n) => `xl/drawings/drawing${n}.xml`);
        const chartRels = spec.charts.map((chart, i) => {
          const chartPath = free((n) => `xl/charts/chart${n}.xml`);
          out.set(chartPath, chartXml(spec, chart));
          overrides.set(chartPath, TYPES.chart);
          return { id: `rId${i + 1}`, type: "chart", target: `../charts/${basename(chartPath)}` };
        });
        out.set(drawingPath, drawingXml(spec.charts));
        out.set(relsPathOf(drawingPath), relsXml(chartRels));
        overrides.set(drawingPath, TYPES.drawing);
        out.set(
          relsPathOf(path),
          relsXml([{ id: "rId1", type: "drawing", target: `../drawings/${basename(drawingPath)}` }]),
        );
        drawing = "rId1";
      }
      const sheet = worksheetXml(spec, tables, {
        selected: tab === active,
        ...(drawing ? { drawing } : {}),
      });
      hasFormulas ||= sheet.hasFormulas;
      out.set(path, sheet.xml);
    };
    for (const tab of tabs) if (tab.spec) writeTab(tab, tab.spec);
    // Written after the others: only then are all the long lists known. Kept last, as ExcelJS keeps it.
    const listsSpec = lists.added() ? lists.spec() : null;
    const final = listsSpec && !tabs.includes(listsTab) ? [...tabs, listsTab] : tabs;
    if (listsSpec) writeTab(listsTab, listsSpec);
    // One tab selected only: two would open as grouped sheets, where typing goes into both.
    if (active !== oldActive)
      for (const tab of final) {
        if (!tab.old || out.has(tab.old.path) || tab === active) continue;
        const xml = text(tab.old.path) ?? "";
        if (/<sheetView\b[^>]*\stabSelected="(1|true)"/.test(xml))
          out.set(tab.old.path, xml.replace(/(<sheetView\b[^>]*)\stabSelected="(1|true)"/, "$1"));
      }

    const rels = relationships(text(WORKBOOK_RELS) ?? "").filter(
      (r) => r.external || out.get(resolve(WORKBOOK, r.target)) !== null,
    );
    const ids = new Set(rels.map((r) => r.id));
    let sheetId = Math.max(
      0,
      ...this.opened.map((tab) => Number(attribute(tab.old!.element, "sheetId") ?? 0)),
    );
    const specOf = (tab: Tab) => (tab === listsTab && listsSpec ? listsSpec : tab.spec);
    const sheets = final.map((tab) => {
      const spec = specOf(tab);
      let element = tab.old?.element;
      if (!element) {
        let n = 1;
        while (ids.has(`rId${n}`)) n++;
        ids.add(`rId${n}`);
        const target = paths.get(tab)!.slice("xl/".length);
        rels.push({ id: `rId${n}`, type: "worksheet", target, external: false, element: "" });
        element = `<sheet name="" sheetId="${++sheetId}" r:id="rId${n}"/>`;
      }
      return sheetElement(element, tab.name, spec);
    });
    const written = final.flatMap((tab, index) => {
      const spec = specOf(tab);
      return spec ? [{ spec, index }] : [];
    });
    out.set(
      WORKBOOK,
      patchWorkbookXml(text(WORKBOOK) ?? "", {
        sheets,
        names: definedNames(
          written.map((w) => w.spec),
          (_, i) => written[i]!.index,
        ),
        index: (old) => {
          const tab = this.opened[old];
          if (!tab) return { at: -1, written: false };
          return { at: final.indexOf(tab), written: written.some((w) => final[w.index] === tab) };
        },
        activeTab: active === oldActive ? -1 : final.indexOf(active!),
        hasFormulas,
      }),
    );
    out.set(WORKBOOK_RELS, relationshipsXml(rels));
    out.set("xl/styles.xml", tables.styles.mergeInto(this.styles.xml));
    out.set(CONTENT_TYPES, contentTypesXml(text(CONTENT_TYPES) ?? "", out, overrides));

    const zip: (ZipPart | RawZipPart)[] = [{ path: CONTENT_TYPES, data: out.get(CONTENT_TYPES)! }];
    for (const part of this.parts) {
      const data = out.get(part.path);
      if (part.path === CONTENT_TYPES || data === null) continue;
      zip.push(data === undefined ? part : { path: part.path, data });
    }
    for (const [path, data] of out)
      if (data !== null && data !== undefined && !byPath.has(path)) zip.push({ path, data });
    return zipParts(zip, date);
  }

  /** A sheet of the file, by the streaming reader: past a limit, the error names the file and the part. */
  private async read(name: string): Promise<Map<string, Grid>> {
    try {
      return await this.reader.readSheets([name]);
    } catch (error) {
      if (!(error instanceof Error) || error.name !== "LimitError") throw error;
      throw new LimitError(`${this.label}: ${error.message}`);
    }
  }

  /** The tabs in their order: the long lists' sheet last, after the sheets users see, as ExcelJS keeps it. */
  private ordered(): Tab[] {
    const lists = this.tabs.find((tab) => tab.name === LISTS_SHEET);
    return lists ? [...this.tabs.filter((tab) => tab !== lists), lists] : [...this.tabs];
  }

  /** The lists the file's hidden lists sheet holds, which its sheets' drop-downs refer to, kept in place. */
  private async listsColumns(): Promise<ListsColumns> {
    const tab = this.find(LISTS_SHEET);
    if (!tab?.old || tab.spec) return new ListsColumns();
    const grid = (await this.read(tab.name)).get(tab.name) ?? [];
    const width = Math.max(0, ...grid.map((row) => row.length));
    const columns = Array.from({ length: width }, (_, c) => {
      const values = grid.map((row) => row[c] ?? null);
      while (values.length && (values.at(-1) === null || values.at(-1) === "")) values.pop();
      return values.map((value) => (value === null ? "" : String(value)));
    });
    return new ListsColumns(columns);
  }

  /** Excel compares sheet names case-insensitively; an exact match wins. */
  private find(name: string): Tab | undefined {
    const lower = name.toLocaleLowerCase();
    return (
      this.tabs.find((tab) => tab.name === name) ??
      this.tabs.find((tab) => tab.name.toLocaleLowerCase() === lower)
    );
  }
}

/**
 * Every part reached from `from` through relationships, not following those of the parts in `stop`;
 * each relationships part is read once however often it is asked for.
 */
function reacher(
  byPath: Map<string, RawZipPart>,
): (from: readonly string[], stop: Set<string>) => Set<string> {
  const read = new Map<string, Relationship[]>();
  const relationshipsOf = (part: RawZipPart) => {
    let found = read.get(part.path);
    if (!found) read.set(part.path, (found = relationships(partText(part))));
    return found;
  };
  return (from, stop) => {
    const seen = new Set<string>();
    const visit = (path: string) => {
      if (seen.has(path)) return;
      seen.add(path);
      if (stop.has(path)) return;
      const isRels = path.endsWith(".rels");
      const rels = byPath.get(isRels ? path : relsPathOf(path));
      if (!rels) return;
      seen.add(rels.path);
      const source = isRels ? "" : path;
      for (const r of relationshipsOf(rels)) if (!r.external) visit(resolve(source, r.target));
    };
    for (const path of from) visit(path);
    return seen;
  };
}

/** A part's text, inflated at most to MAX_PART_BYTES: the file is not ours. */
function partText(part: RawZipPart): string {
  try {
    return contentBytes(part.raw, MAX_PART_BYTES).toString("utf8");
  } catch (error) {
    if ((error as { code?: unknown }).code !== "ERR_BUFFER_TOO_LARGE") throw error;
    throw new LimitError(`${part.path} inflates to more than ${MAX_PART_BYTES / MB} MB`);
  }
}

function attribute(element: string, name: string): string | undefined {
  return new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`).exec(element)?.[1];
}

function sheetsOf(workbookXml: string): string[] {
  const sheets = /<sheets\b[^>]*>([\s\S]*?)<\/sheets>/.exec(workbookXml)?.[1] ?? "";
  return sheets.match(/<sheet\b[^>]*\/>/g) ?? [];
}

function relationships(xml: string): Relationship[] {
  return (xml.match(/<Relationship\b[^>]*\/?>/g) ?? []).map((element) => ({
    id: attribute(element, "Id") ?? "",
    type: attribute(element, "Type") ?? "",
    target: xmlUnescape(attribute(element, "Target") ?? ""),
    external: attribute(element, "TargetMode") === "External",
    element,
  }));
}

/** A relationship's target as a part path: absolute, or relative to the folder of the part it is from. */
function resolve(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const path = source.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") path.pop();
    else if (piece !== ".") path.push(piece);
  }
  return path.join("/");
}

function relsPathOf(path: string): string {
  const at = path.lastIndexOf("/");
  return `${path.slice(0, at + 1)}_rels/${path.slice(at + 1)}.rels`;
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

function override(path: string, type: string): string {
  return `<Override PartName="/${path}" ContentType="${type}"/>`;
}

/** A tab's `<sheet>` element: the file's own, under the name written, and a written one's visibility. */
function sheetElement(element: string, name: string, spec: SheetSpec | undefined): string {
  let patched = element.replace(/\sname="[^"]*"/, ` name="${xmlText(name)}"`);
  if (spec) {
    patched = patched.replace(/\sstate="[^"]*"/, "");
    if (spec.hidden) patched = patched.replace(/\s*\/>$/, ' state="hidden"/>');
  }
  return patched;
}

/** Where `<definedNames>` and `<calcPr>` go: after the sheets, function groups and external references. */
const BEFORE_NAMES =
  /<(definedNames|calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/workbook>/;

/**
 * The workbook part with its sheets as given, the defined names of the file's tabs moved with them
 * (those its written sheets' specs decide dropped for `names`), the active tab and recalculation.
 */
function patchWorkbookXml(
  xml: string,
  patch: {
    sheets: readonly string[];
    names: string;
    index: (old: number) => { at: number; written: boolean };
    activeTab: number;
    hasFormulas: boolean;
  },
): string {
  let result = xml.replace(
    /<sheets\b[^>]*>[\s\S]*?<\/sheets>|<sheets\s*\/>/,
    `<sheets>${patch.sheets.join("")}</sheets>`,
  );
  const block = /<definedNames\b[^>]*>([\s\S]*?)<\/definedNames>/.exec(result);
  const items = block?.[1]?.match(/<definedName\b[^>]*(?:\/>|>[\s\S]*?<\/definedName>)/g) ?? [];
  const kept = items.flatMap((item) => {
    const local = attribute(item, "localSheetId");
    if (local === undefined) return [item];
    const { at, written } = patch.index(Number(local));
    if (at < 0 || (written && PRINT_NAMES.has(xmlUnescape(attribute(item, "name") ?? "")))) return [];
    return [item.replace(/\slocalSheetId="\d+"/, ` localSheetId="${at}"`)];
  });
  const names = kept.join("") + patch.names;
  const namesXml = names ? `<definedNames>${names}</definedNames>` : "";
  if (block) result = result.replace(block[0], namesXml);
  else if (namesXml) result = insertBefore(result, BEFORE_NAMES, namesXml);
  if (patch.activeTab >= 0) {
    result = /<workbookView\b/.test(result)
      ? result.replace(
          /<workbookView\b[^>]*?(?=\s*\/?>)/,
          (view) => `${view.replace(/\sactiveTab="\d+"/, "")} activeTab="${patch.activeTab}"`,
        )
      : result.replace(
          /<sheets>/,
          `<bookViews><workbookView activeTab="${patch.activeTab}"/></bookViews><sheets>`,
        );
  }
  // Formulas are written without cached results; fullCalcOnLoad makes Excel and LibreOffice compute them.
  if (patch.hasFormulas && !/<calcPr\b[^>]*\sfullCalcOnLoad=/.test(result)) {
    result = /<calcPr\b/.test(result)
      ? result.replace(/<calcPr\b/, '<calcPr fullCalcOnLoad="1"')
      : insertBefore(
          result,
          /<(oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/workbook>/,
          '<calcPr fullCalcOnLoad="1"/>',
        );
  }
  return result;
}

function insertBefore(xml: string, at: RegExp, text: string): string {
  const found = at.exec(xml);
  return found ? `${xml.slice(0, found.index)}${text}${xml.slice(found.index)}` : xml;
}

/** The workbook's relationships part: the file's own, and the new sheets'. */
function relationshipsXml(rels: readonly Relationship[]): string {
  const items = rels.map((r) =>
    r.element ? r.element : relsXml([r]).replace(/^[\s\S]*<Relationships\b[^>]*>|<\/Relationships>$/g, ""),
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`;
}

/** The content types with the parts that go left out and the new ones' added. */
function contentTypesXml(
  xml: string,
  out: Map<string, ZipPart["data"] | null>,
  overrides: Map<string, string>,
): string {
  const kept = xml.replace(/<Override\b[^>]*\/>/g, (element) => {
    const path = (attribute(element, "PartName") ?? "").replace(/^\//, "");
    return out.get(path) === null || overrides.has(path) ? "" : element;
  });
  const added = [...overrides].map(([path, type]) => override(path, type)).join("");
  return kept.replace("</Types>", `${added}</Types>`);
}
