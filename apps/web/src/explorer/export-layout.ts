// Where the parts of an exported chart go (no DOM, so it is tested directly): an optional title
// line above the chart, an optional colour key in rows under it, then the footer ("Source: ..."
// and "Licence: ..." lines, wrapped to the width). Sizes in SVG user units (CSS pixels at 1x).

/** One entry of a colour key: a swatch and its text. */
export interface LegendEntry {
  readonly colour: string;
  readonly label: string;
}

export interface ExportLayout {
  readonly width: number;
  readonly height: number;
  /** Top of the chart (below the title). */
  readonly chartY: number;
  /** Baseline of the title, when there is one. */
  readonly titleY: number | null;
  /** Top-left corner of each swatch; its text starts at x + 14, baseline y + 9. */
  readonly legend: readonly (LegendEntry & { readonly x: number; readonly y: number })[];
  /** The footer's lines with their baselines. */
  readonly footer: readonly { readonly text: string; readonly y: number }[];
}

const padding = 8;
const titleHeight = 28;
const legendRow = 18;
const legendColumn = 180;
const footerLine = 14;
/** A generous average width of a character of the 11-unit footer font, so lines never run off. */
const footerCharacter = 6.5;

/**
 * Splits text at spaces into lines of at most `maxChars` characters (a longer word keeps a line
 * of its own). Example: ("Source: ONS, BRES", 12) -> ["Source: ONS,", "BRES"].
 */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((part) => part !== "")) {
    if (line !== "" && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/**
 * The layout of a chart of `width` x `height` with an optional title, colour key and the footer
 * paragraphs. The key has as many 180-unit columns as fit (at least one), filled row by row; each
 * footer paragraph is wrapped to the width and starts a new line.
 * Example: (400, 300, { legend: 3 entries, footer: ["Source: ONS", "Licence: OGL"] }) -> 2 key
 * columns, key rows at y 304 and 322, footer baselines 356 and 370, height 378.
 */
export function exportLayout(
  width: number,
  height: number,
  options: {
    readonly title?: string | undefined;
    readonly legend?: readonly LegendEntry[] | undefined;
    readonly footer: readonly string[];
  },
): ExportLayout {
  const chartY = options.title ? titleHeight : 0;
  const entries = options.legend ?? [];
  const columns = Math.max(1, Math.floor((width - 2 * padding) / legendColumn));
  const legendTop = chartY + height + 4;
  const legend = entries.map((entry, index) => ({
    ...entry,
    x: padding + (index % columns) * legendColumn,
    y: legendTop + Math.floor(index / columns) * legendRow,
  }));
  const rows = Math.ceil(entries.length / columns);
  const footerTop = chartY + height + (rows === 0 ? 0 : rows * legendRow + 4);
  const maxChars = Math.max(20, Math.floor((width - 2 * padding) / footerCharacter));
  const lines = options.footer.flatMap((paragraph) => wrapWords(paragraph, maxChars));
  const footer = lines.map((text, index) => ({ text, y: footerTop + 16 + index * footerLine }));
  return {
    width,
    height: footerTop + lines.length * footerLine + 10,
    chartY,
    titleY: options.title ? titleHeight - 9 : null,
    legend,
    footer,
  };
}
