// WCAG 2.2 contrast ratio (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio): relative luminance
// of sRGB colours, (L1 + 0.05) / (L2 + 0.05). Used by the test that keeps the stylesheet at AA.

/** Relative luminance of a `#rrggbb` or `#rgb` colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) throw new Error(`Not a hex colour: ${JSON.stringify(hex)}`);
  const digits = match[1]!;
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join("") : digits;
  const channel = (offset: number) => {
    const value = Number.parseInt(full.slice(offset, offset + 2), 16) / 255;
    // The sRGB transfer function; WCAG 2 writes 0.03928, the sRGB standard 0.04045: no 8-bit value lies between.
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/**
 * Contrast ratio of two colours, 1 to 21, the same in either order.
 * Example: `contrastRatio("#000000", "#ffffff")` is 21. AA needs 4.5 for text, 3 for large text and
 * for the edges of controls and focus indicators.
 */
export function contrastRatio(first: string, second: string): number {
  const a = relativeLuminance(first);
  const b = relativeLuminance(second);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
