import { describe, expect, it } from "vitest";
import { linkify } from "../src/lib/linkify.ts";

describe("linkify", () => {
  it("splits an invitation mail into text and its link, leaving sentence punctuation outside", () => {
    const text = "Ann invited you.\nAccept: http://localhost:3000/invitations/Ab_9-x.\nThanks";
    expect(linkify(text)).toEqual([
      { kind: "text", text: "Ann invited you.\nAccept: " },
      { kind: "link", href: "http://localhost:3000/invitations/Ab_9-x" },
      { kind: "text", text: ".\nThanks" },
    ]);
  });

  it("finds several links and keeps query strings", () => {
    expect(linkify("a https://x.test/p?q=1&r=2 b (https://y.test/)")).toEqual([
      { kind: "text", text: "a " },
      { kind: "link", href: "https://x.test/p?q=1&r=2" },
      { kind: "text", text: " b (" },
      { kind: "link", href: "https://y.test/" },
      { kind: "text", text: ")" },
    ]);
  });

  it("leaves javascript: and data: URLs and markup as plain text", () => {
    const text = 'javascript:alert(1) data:text/html,<b>x</b> <a href="https://evil.test">';
    expect(linkify(text)).toEqual([
      { kind: "text", text: 'javascript:alert(1) data:text/html,<b>x</b> <a href="' },
      { kind: "link", href: "https://evil.test" },
      { kind: "text", text: '">' },
    ]);
  });

  it("returns no parts for empty text and one part for text without links", () => {
    expect(linkify("")).toEqual([]);
    expect(linkify("no links here")).toEqual([{ kind: "text", text: "no links here" }]);
  });

  it("keeps a scheme with no host as text", () => {
    expect(linkify("see http:// later")).toEqual([{ kind: "text", text: "see http:// later" }]);
  });
});
