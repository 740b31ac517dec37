// Normal forms used to spot the same organisation twice in a frame: emails trimmed and lower-cased;
// names folded (accents, case, "&", punctuation) with legal-form words dropped ("Acme Ltd" and
// "ACME Limited" match); postcodes upper-cased without spaces.

const legalFormWords = new Set([
  "the",
  "ltd",
  "limited",
  "plc",
  "llp",
  "lp",
  "llc",
  "inc",
  "co",
  "company",
  "cic",
  "uk",
]);

/** Example: `normaliseEmail(" Bo@Example.ORG ")` -> "bo@example.org"; empty -> null. */
export function normaliseEmail(email: string | null | undefined): string | null {
  const trimmed = (email ?? "").trim().toLowerCase();
  return trimmed === "" ? null : trimmed;
}

/** Example: `normaliseOrganisationName("The Bäcker & Sons Co. Ltd")` -> "backer and sons". */
export function normaliseOrganisationName(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter((w) => w !== "" && !legalFormWords.has(w));
  return words.join(" ");
}

/** Example: `normalisePostcode(" ne1 4st ")` -> "NE14ST"; empty -> null. */
export function normalisePostcode(postcode: string | null | undefined): string | null {
  const compact = (postcode ?? "").replace(/\s+/g, "").toUpperCase();
  return compact === "" ? null : compact;
}
