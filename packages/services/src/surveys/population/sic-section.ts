// A frame unit's SIC 2007 code (as written: 30.30, 3030, 30300, 29, C ...) placed at the level the
// population margins use, through the bundled SIC 2007 index.

import { loadSic2007Index } from "@smartspec/data";
import { normaliseSicCode } from "@smartspec/domain";

export const sicLevels = ["section", "division"] as const;
export type SicLevel = (typeof sicLevels)[number];

/**
 * The section (or division) of a SIC code as written, or undefined when the text is not a SIC
 * code, the code is unknown, or it is coarser than the level (a section has no division).
 * Examples: "30.30" -> "C"; "3030", "30300", "29" -> "C"; "C" -> "C"; ("29.10", "division") -> "29".
 */
export function sicCodeAt(code: string | null, level: SicLevel): string | undefined {
  if (code === null) return undefined;
  const canonical = normaliseSicCode(code);
  return canonical === undefined ? undefined : loadSic2007Index().ancestorAt(canonical, level);
}
