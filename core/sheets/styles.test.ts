import { INPUT_STYLE, LOCKED_STYLE } from "./styles";

/** WCAG relative luminance of `#RRGGBB`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** CIELAB of `#RRGGBB` (D65), for the perceived difference of two fills. */
function lab(hex: string): [number, number, number] {
  const lin = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const [r, g, b] = lin;
  const xyz = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ].map((t) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116)) as [number, number, number];
  return [116 * xyz[1] - 16, 500 * (xyz[0] - xyz[1]), 200 * (xyz[1] - xyz[2])];
}

function deltaE(a: string, b: string): number {
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

describe("fill-in and locked cells", () => {
  const input = INPUT_STYLE.fill!;
  const locked = LOCKED_STYLE.fill!;

  it("reads black text on the yellow fill at WCAG AAA contrast", () => {
    expect(contrast("#000000", input)).toBeGreaterThanOrEqual(7);
  });

  it("makes the fill-in yellow plainly different from the locked grey (ΔE ≥ 30; the old #FFF9E6 was 10)", () => {
    expect(deltaE(input, locked)).toBeGreaterThanOrEqual(30);
    expect(deltaE("#FFF9E6", locked)).toBeLessThan(11);
  });

  it("is a clear yellow: strongly yellow in CIELAB (b* ≥ 40), not a cream", () => {
    expect(lab(input)[2]).toBeGreaterThanOrEqual(40);
  });

  it("gives fill-in cells a border", () => {
    expect(INPUT_STYLE.border).toBe(true);
  });
});
