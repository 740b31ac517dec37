// The glossary the "Methods" panels link to: docs/glossary.md, bundled at build time, with an
// anchor on every defined term (/glossary#lq, /glossary#density).
import type { ReactNode } from "react";
import glossaryMarkdown from "../../../../docs/glossary.md?raw";
import { PageTitle } from "../components/page-title.tsx";
import { glossaryBlocks } from "./glossary-blocks.ts";

const blocks = glossaryBlocks(glossaryMarkdown);

/** Bold and code spans of one line of Markdown as React nodes; everything else is text. */
function inline(text: string): ReactNode[] {
  // Keys are the parts' character offsets: stable for a given text, and unique.
  let offset = 0;
  return text.split(/(\*\*[^*]+\*\*|`[^`]+`)/).map((part) => {
    const key = offset;
    offset += part.length;
    if (part.startsWith("**") && part.endsWith("**")) return <strong key={key}>{part.slice(2, -2)}</strong>;
    if (part.startsWith("`") && part.endsWith("`")) return <code key={key}>{part.slice(1, -1)}</code>;
    return part;
  });
}

export function GlossaryPage() {
  return (
    <div className="glossary">
      <PageTitle page="Glossary" />
      {blocks.map((block, i) => {
        const key = `${block.kind}-${i}`;
        if (block.kind === "heading") {
          const Heading = `h${block.level}` as "h1" | "h2" | "h3";
          return (
            <Heading key={key} id={block.id}>
              {inline(block.text)}
            </Heading>
          );
        }
        if (block.kind === "table") {
          return (
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (WCAG 2.1.1)
            <pre key={key} className="code-block" tabIndex={0}>
              {block.text}
            </pre>
          );
        }
        if (block.kind === "item") {
          return (
            <p key={key} className="glossary-term">
              {block.ids.map((id) => (
                <span key={id} id={id} />
              ))}
              {inline(block.text)}
            </p>
          );
        }
        return <p key={key}>{inline(block.text)}</p>;
      })}
    </div>
  );
}
