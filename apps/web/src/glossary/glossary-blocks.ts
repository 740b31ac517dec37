// docs/glossary.md as blocks the glossary page draws: headings, paragraphs, definition items (one per
// list item, with an anchor per bold term) and tables kept as text. Pure, so it is unit-tested.

export type GlossaryBlock =
  | { readonly kind: "heading"; readonly level: 1 | 2 | 3; readonly text: string; readonly id: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "item"; readonly text: string; readonly ids: readonly string[] }
  | { readonly kind: "table"; readonly text: string };

/** A URL fragment for a term: lower case, runs of other characters as "-". Example: "LQ interval" -> "lq-interval". */
export function glossaryAnchor(term: string): string {
  return term
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The bold terms of a line of Markdown, in order. Example: "**RCA** = **LQ**" -> ["RCA", "LQ"]. */
export function boldTerms(text: string): string[] {
  return [...text.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]!.replaceAll("`", ""));
}

/** Splits the glossary's Markdown into blocks (the subset it uses: headings, lists, paragraphs, tables). */
export function glossaryBlocks(markdown: string): GlossaryBlock[] {
  const blocks: GlossaryBlock[] = [];
  let current: { kind: "paragraph" | "item" | "table"; lines: string[] } | undefined;
  const close = () => {
    if (current === undefined) return;
    const text = current.kind === "table" ? current.lines.join("\n") : current.lines.join(" ");
    if (current.kind === "item")
      blocks.push({ kind: "item", text, ids: boldTerms(text).map(glossaryAnchor) });
    else blocks.push({ kind: current.kind, text });
    current = undefined;
  };
  for (const raw of markdown.split("\n")) {
    const line = raw.trimEnd();
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) {
      close();
      const text = heading[2]!;
      blocks.push({
        kind: "heading",
        level: heading[1]!.length as 1 | 2 | 3,
        text,
        id: glossaryAnchor(text.replaceAll("`", "")),
      });
    } else if (line.startsWith("|")) {
      if (current?.kind !== "table") close();
      current ??= { kind: "table", lines: [] };
      current.lines.push(line);
    } else if (line.startsWith("- ")) {
      close();
      current = { kind: "item", lines: [line.slice(2)] };
    } else if (line.trim() === "") {
      close();
    } else {
      if (current === undefined || current.kind === "table") {
        close();
        current = { kind: "paragraph", lines: [] };
      }
      current.lines.push(line.trim());
    }
  }
  close();
  return blocks;
}
