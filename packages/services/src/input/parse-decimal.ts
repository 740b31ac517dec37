// Strict decimal parsing for CSV values. `Number(text)` alone is too lenient for data: it reads
// "" and "  " as 0, "0x1A" as 26 and "Infinity" as a number. Plain digit strings (the common case:
// counts, dollars) take an allocation-free fast path.

const decimalPattern = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The number written in `text[start, end)`, or NaN when it is not a plain decimal (digits, an
 * optional sign, point and exponent; spaces around it are allowed). Never returns ±Infinity:
 * "1e999" is NaN. Example: `parseDecimal("a,12.5,b", 2, 6)` is 12.5.
 */
export function parseDecimal(text: string, start: number, end: number): number {
  const length = end - start;
  if (length > 0 && length <= 15) {
    let value = 0;
    let i = start;
    for (; i < end; i++) {
      const digit = text.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) break;
      value = value * 10 + digit;
    }
    if (i === end) return value;
  }
  const field = text.slice(start, end).trim();
  if (!decimalPattern.test(field)) return Number.NaN;
  const value = Number(field);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** True when the field holds nothing but spaces. */
export function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
