// The importer checks codes against a list it is given (a classification such as SIC 2007, or a
// list of region codes) without knowing where the list comes from: the CLI passes one built from
// @smartspec/data, tests pass small hand-made ones.

/** A list of known codes: membership, the canonical form of a code as users write it, suggestions. */
export interface CodeList {
  /** Stable id, e.g. "sic2007". */
  readonly id: string;
  /** How messages name it, e.g. "SIC 2007". */
  readonly title: string;
  /** Whether `code` is in the list exactly as written. */
  has(code: string): boolean;
  /** The listed code that `text` is another way of writing (`30.30` -> `30300`), or undefined. */
  normalise(text: string): string | undefined;
  /** Up to `n` listed codes close to `text`, best first. */
  suggest(text: string, n: number): readonly { readonly code: string; readonly title: string }[];
}

/** What a code list says about one code. */
export type CodeVerdict =
  | { readonly kind: "known" }
  | { readonly kind: "rewritten"; readonly code: string }
  | { readonly kind: "unknown" };

/** Looks `code` up in `list`: as written, else by its canonical form when that is listed. */
export function checkCode(list: CodeList, code: string): CodeVerdict {
  if (list.has(code)) return { kind: "known" };
  const canonical = list.normalise(code);
  if (canonical !== undefined && canonical !== code && list.has(canonical)) {
    return { kind: "rewritten", code: canonical };
  }
  return { kind: "unknown" };
}
