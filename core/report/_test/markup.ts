// Finding parts of a rendered report, for the report tests.

/** The markup of the element with this id, up to its closing tag (sections do not nest). */
export function section(doc: string, id: string): string {
  const start = doc.indexOf(`<section id="${id}"`);
  if (start < 0) throw new Error(`no section ${id}`);
  return doc.slice(start, doc.indexOf("</section>", start));
}

export function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

export function headings(doc: string): string[] {
  return [...doc.matchAll(/<h([123])[^>]*>(.*?)<\/h\1>/gs)].map(
    (m) => `h${m[1]} ${m[2]!.replace(/<[^>]+>/g, "").trim()}`,
  );
}

/** The table row of a region in a section, found by its code cell. */
export function regionRow(markup: string, code: string): string {
  const match = new RegExp(`<tr><td>${code}</td>.*?</tr>`, "s").exec(markup);
  if (!match) throw new Error(`no row for ${code}`);
  return match[0];
}
