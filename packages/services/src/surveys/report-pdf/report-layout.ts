// The report's page geometry, fonts and colours (A4 in PDF points, 1/72 inch), and the chart
// columns every bar chart shares: labels on the left, bars from `barX` with 100% = `barScale`
// points, value labels from `valueX`. Diverging Likert bars centre on `divergingCentre`.

export const pageSize = { width: 595.28, height: 841.89 } as const;
export const margin = 50;
export const contentWidth = pageSize.width - 2 * margin;
/** Content stops above this line; the footer sits below it. */
export const contentBottom = pageSize.height - 64;
export const footerY = pageSize.height - 40;
/** pdfkit adds a page itself when text passes `height - bottom margin`; the footer must stay above it. */
export const pageMargins = { top: margin, left: margin, right: margin, bottom: 20 } as const;

/** The PDF standard fonts: nothing to embed, text stays extractable. */
export const fonts = { regular: "Helvetica", bold: "Helvetica-Bold" } as const;

export const colours = {
  ink: "#1b1b1b",
  muted: "#555555",
  bar: "#3b6ea5",
  whisker: "#1b1b1b",
  rule: "#9a9a9a",
  caveat: "#b2182b",
} as const;

export const chart = {
  labelWidth: 150,
  barX: margin + 160,
  barScale: 220,
  valueX: margin + 160 + 220 + 8,
  rowHeight: 16,
  barHeight: 10,
  capHeight: 6,
  fontSize: 8.5,
  /** Diverging bars: -100% .. 100% over 2 x 140 points. */
  divergingCentre: margin + 160 + 140,
  divergingScale: 140,
} as const;
