// Number formats for explorer tables and tooltips (en-GB, so every reader sees the same text).

const integer = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

/** A count with thousands separators: 12345.6 -> "12,346"; null/NaN -> "-". */
export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "-" : integer.format(value);
}

/** A measure to fixed decimals: (1.23456, 2) -> "1.23"; null/NaN -> "-"; -0 prints as "0.00". */
export function formatDecimal(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "-";
  const text = value.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

/** An interval "0.85-1.40"; either end missing -> "-" (no interval: the count is large enough). */
export function formatInterval(low: number | undefined, high: number | undefined): string {
  if (low === undefined || high === undefined || !Number.isFinite(low) || !Number.isFinite(high)) return "-";
  return `${formatDecimal(low)}-${formatDecimal(high)}`;
}

/** "Jobs" for employment data sets (BRES, LFS), else "Value": the measure column's heading. */
export function measureLabel(dataset: string): string {
  return /bres|lfs|employment/i.test(dataset) ? "Jobs" : "Value";
}
