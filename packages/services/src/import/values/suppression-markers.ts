// The cell texts that statistical offices write instead of a figure they withhold or do not have
// (docs/decisions/0006-importing-user-data.md): ONS `..`, `[c]`, `[x]`, `[z]`, `[low]`; Nomis `*`
// and `**`; Eurostat `:`; older tables `c`, `x`, `-`. They are kept as "suppressed", never read as
// zero: a withheld small count is not a zero, and treating it as one biases every share.

/** Markers compared after trimming, letters in any case; an empty (or blank) cell is one too. */
export const suppressionMarkers: readonly string[] = [
  "",
  ".",
  "..",
  "...",
  ":",
  "*",
  "**",
  "-",
  "\u2013",
  "\u2014",
  "c",
  "x",
  "[c]",
  "[x]",
  "[z]",
  "[low]",
] as const;

const markerSet = new Set(suppressionMarkers);

/** Whether the trimmed `text` is a suppression marker. Example: `isSuppressionMarker(" [C] ")` is true. */
export function isSuppressionMarker(text: string): boolean {
  const trimmed = text.trim();
  return markerSet.has(trimmed) || markerSet.has(trimmed.toLowerCase());
}
