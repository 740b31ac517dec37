// A URL slug suggested from a workspace name.

/**
 * Lower-case ASCII letters and digits from `name`, other runs turned into one hyphen, trimmed to 48
 * characters; "workspace" when nothing is left. Accents are dropped (NFKD), not transliterated.
 * Example: `slugFromName("Région Nord-Est (2024)")` -> "region-nord-est-2024".
 */
export function slugFromName(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 48)
    .replace(/^-+|-+$/g, "");
  return slug === "" ? "workspace" : slug;
}
