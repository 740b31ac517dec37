import { linkify } from "../lib/linkify.ts";

/** A mail's plain text with its http(s) links clickable; everything else stays text. */
export function MailText({ text }: { text: string }) {
  return (
    <div className="mail-text">
      {linkify(text).map((part, index) =>
        part.kind === "link" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder.
          <a key={index} href={part.href} rel="noreferrer">
            {part.href}
          </a>
        ) : (
          part.text
        ),
      )}
    </div>
  );
}
