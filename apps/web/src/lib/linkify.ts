// Splits plain mail text into text and link parts so the outbox can render links as <a> elements
// while everything else stays text (React escapes it): no HTML from a mail is ever interpreted.

export type TextPart =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "link"; readonly href: string };

// http(s) only: a `javascript:` or `data:` URL in a mail stays inert text.
const urlPattern = /https?:\/\/[^\s<>"']+/g;
// Sentence punctuation that ends a URL in prose ("visit https://x.test/a.") is not part of it.
const trailingPunctuation = /[.,;:!?)\]]+$/;

/**
 * The parts of `text` in order; adjacent text is merged and empty parts dropped.
 * Example: `linkify("Open https://a.test/x.")` is
 * `[{kind:"text",text:"Open "},{kind:"link",href:"https://a.test/x"},{kind:"text",text:"."}]`.
 */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  const pushText = (value: string) => {
    if (value === "") return;
    const last = parts[parts.length - 1];
    if (last?.kind === "text") parts[parts.length - 1] = { kind: "text", text: last.text + value };
    else parts.push({ kind: "text", text: value });
  };
  let position = 0;
  for (const match of text.matchAll(urlPattern)) {
    const start = match.index;
    const raw = match[0];
    const trailing = trailingPunctuation.exec(raw)?.[0] ?? "";
    const href = raw.slice(0, raw.length - trailing.length);
    pushText(text.slice(position, start));
    if (isHttpUrl(href)) parts.push({ kind: "link", href });
    else pushText(href);
    pushText(trailing);
    position = start + raw.length;
  }
  pushText(text.slice(position));
  return parts;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}
