// Colours for a diverging scale: ColorBrewer RdBu (Cynthia Brewer, colorbrewer2.org, Apache-2.0
// licensed colour schemes) for 2-7 categories, low answers red and high answers blue. The neutral
// middle of an odd scale is a light grey rather than RdBu's near-white, so it shows on white.
// Longer scales interpolate the 7-class scheme in RGB.

const rdBu: Readonly<Record<number, readonly string[]>> = {
  2: ["#ca0020", "#0571b0"],
  3: ["#ef8a62", "#d9d9d9", "#67a9cf"],
  4: ["#ca0020", "#f4a582", "#92c5de", "#0571b0"],
  5: ["#ca0020", "#f4a582", "#d9d9d9", "#92c5de", "#0571b0"],
  6: ["#b2182b", "#ef8a62", "#fddbc7", "#d1e5f0", "#67a9cf", "#2166ac"],
  7: ["#b2182b", "#ef8a62", "#fddbc7", "#d9d9d9", "#d1e5f0", "#67a9cf", "#2166ac"],
};

const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
const hex = (channels: readonly number[]) =>
  `#${channels.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;

/** `count` colours from low to high. Example: `divergingPalette(4)[0]` is "#ca0020". */
export function divergingPalette(count: number): readonly string[] {
  const fixed = rdBu[count];
  if (fixed !== undefined) return fixed;
  const stops = rdBu[7]!.map(rgb);
  return Array.from({ length: count }, (_, i) => {
    const t = (i / (count - 1)) * (stops.length - 1);
    const at = Math.min(Math.floor(t), stops.length - 2);
    const f = t - at;
    return hex(stops[at]!.map((c, k) => c + (stops[at + 1]![k]! - c) * f));
  });
}

/** Dark text on light fills, white on dark ones (WCAG relative luminance above 0.35 counts as light). */
export function textColourOn(fill: string): string {
  const [r, g, b] = rgb(fill).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! > 0.35 ? "#1a1a1a" : "#ffffff";
}
