/** Thrown for a colour that is not `#RRGGBB`: a mistake in the code that built the sheet spec. */
export class InvalidColorError extends Error {
  override name = "InvalidColorError";
}

/** `"#1f7a3d"` → `"FF1F7A3D"`, the opaque ARGB ExcelJS writes. */
export function argb(color: string): string {
  const match = /^#([0-9a-f]{6})$/i.exec(color.trim());
  if (!match) throw new InvalidColorError(`Not a #RRGGBB colour: ${color}`);
  return `FF${match[1]!.toUpperCase()}`;
}
