import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { parseCsv } from "../core/_lib/csv";
import { builtinProgramme, loadWorkbookContext } from "../core/actions";
import type { Lang } from "../core/i18n/lang";
import type { Issue } from "../core/issues/Issue";
import { hasErrors } from "../core/issues/Issue";
import type { RoadmapRow } from "../core/programme/ProgrammeSchema";
import { parseRoadmap } from "../core/roadmap/parseRoadmap";
import { isCsv, openWorkbook } from "./io";

/** A roadmap read from a file the user named. */
export interface RoadmapFile {
  rows: RoadmapRow[];
  /** The version its settings show (a workbook), if any. */
  version: string | undefined;
  /** How to name it in a title: its version, or its file name. */
  label: string;
  issues: Issue[];
  /** True when the rows can be trusted: the roadmap read without errors and has tasks. */
  ok: boolean;
}

/**
 * Reads a roadmap from a CSV file or from a workbook's roadmap sheet (a template, a national or a region
 * workbook); a workbook's settings give the programme's groups and the version.
 */
export async function readRoadmapFile(
  path: string,
  options: { lang: Lang; programmeId?: string },
): Promise<RoadmapFile> {
  if (isCsv(path)) {
    const groups = builtinProgramme(options.programmeId).groups;
    const parsed = parseRoadmap(parseCsv(await readFile(path, "utf8")), {
      groups,
      sheet: basename(path),
      lang: options.lang,
    });
    return {
      rows: parsed.value,
      version: undefined,
      label: basename(path),
      issues: parsed.issues,
      ok: parsed.value.length > 0 && !hasErrors(parsed.issues),
    };
  }
  const context = await loadWorkbookContext(await openWorkbook(path), { lang: options.lang });
  const version = context.settings?.templateVersion || undefined;
  const rows = context.ownRoadmap ? context.programme.roadmap : [];
  return {
    rows,
    version,
    label: version ?? basename(path),
    issues: context.roadmapIssues,
    ok: rows.length > 0 && !hasErrors(context.roadmapIssues),
  };
}
