// Where the bundled files live: packages/data/sets/<folder>/<file>, resolved from this module so the
// paths hold wherever the package is installed.
import { fileURLToPath } from "node:url";

const setsDirectory = fileURLToPath(new URL("../sets/", import.meta.url));

/**
 * The absolute path of a bundled file. Example: `setPath("uk-sic2007", "sic2007_hierarchy.tsv")`.
 */
export function setPath(folder: string, file: string): string {
  return `${setsDirectory}${folder}/${file}`;
}

/** The absolute path of a bundled folder's SOURCE.md (licence, attribution, processing). */
export function sourceFileOf(folder: string): string {
  return setPath(folder, "SOURCE.md");
}
