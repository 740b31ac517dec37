// Strict decimal parsing for CSV values. `Number(text)` alone is too lenient for data: it reads
// "" and "  " as 0, "0x1A" as 26 and "Infinity" as a number. Plain digit strings (the common case:
// counts, dollars) take an allocation-free fast path on the bytes.

const decimalPattern = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * The number written in `text`, or NaN when it is not a plain decimal (digits, an optional sign,
 * point and exponent; spaces around it are allowed). Never ±Infinity: "1e999" is NaN.
 * Example: `parseDecimalText(" 12.5 ")` is 12.5.
 */
export function parseDecimalText(text: string): number {
  const field = text.trim();
  if (!decimalPattern.test(field)) return Number.NaN;
  const value = Number(field);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** `parseDecimalText` of the UTF-8 field `bytes[start, end)`, digits-only fields without a string. */
export function parseDecimalBytes(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  if (length > 0 && length <= 15) {
    let value = 0;
    let i = start;
    for (; i < end; i++) {
      const digit = bytes[i]! - 48;
      if (digit < 0 || digit > 9) break;
      value = value * 10 + digit;
    }
    if (i === end) return value;
  }
  return parseDecimalText(decoder.decode(bytes.subarray(start, end)));
}
