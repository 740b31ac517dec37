// A very small SVG writer: elements built as text with every attribute and text node escaped, and
// coordinates rounded to 2 decimals so the files are stable and small (observablehq/plot's
// snapshot tests round the same way). Plain strings passed as children are text, never markup.

/** Markup that is already escaped; only `element` makes it. */
export interface Markup {
  readonly markup: string;
}

type AttributeValue = string | number | undefined;

/** Escapes the five XML special characters. Example: `escapeXml("a < b")` is "a &lt; b". */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" }[c]};`,
  );
}

/** A coordinate with at most 2 decimals and no "-0". Example: `round2(1.005)` is "1", `round2(2.346)` is "2.35". */
export function round2(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** `<name attributes>children</name>`; undefined attributes are left out, numbers rounded. */
export function element(
  name: string,
  attributes: Readonly<Record<string, AttributeValue>>,
  ...children: readonly (Markup | string)[]
): Markup {
  const attributeText = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === "number" ? round2(value) : escapeXml(value)}"`)
    .join("");
  if (children.length === 0) return { markup: `<${name}${attributeText}/>` };
  const inner = children
    .map((child) => (typeof child === "string" ? escapeXml(child) : child.markup))
    .join("");
  return { markup: `<${name}${attributeText}>${inner}</${name}>` };
}

/** Markup of several elements with a newline between them (readable diffs of committed charts). */
export function lines(parts: readonly Markup[]): Markup {
  return { markup: `\n${parts.map((part) => part.markup).join("\n")}\n` };
}
