/**
 * Colour-vision deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1.0, applied in
 * linear RGB) and CIE76 colour difference in CIELAB, for tests of what a colour-blind reader can tell apart.
 */
export type Deficiency = "deuteranopia" | "protanopia";

const MATRICES: Record<Deficiency, readonly (readonly number[])[]> = {
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
};

function linear(hex: string): number[] {
  return [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
}

function lab([r = 0, g = 0, b = 0]: readonly number[]): number[] {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** The CIELAB colour a reader with `deficiency` (or normal vision) sees for `#RRGGBB`. */
export function seenLab(hex: string, deficiency?: Deficiency): number[] {
  const rgb = linear(hex);
  if (!deficiency) return lab(rgb);
  const m = MATRICES[deficiency];
  return lab(
    m.map((row) =>
      Math.min(
        1,
        Math.max(
          0,
          row.reduce((s, k, i) => s + k * rgb[i]!, 0),
        ),
      ),
    ),
  );
}

/** CIE76 ΔE between two colours as a reader with `deficiency` sees them (2.3 is just noticeable). */
export function seenDifference(a: string, b: string, deficiency?: Deficiency): number {
  const [x, y] = [seenLab(a, deficiency), seenLab(b, deficiency)];
  return Math.hypot(...x.map((v, i) => v - y[i]!));
}
