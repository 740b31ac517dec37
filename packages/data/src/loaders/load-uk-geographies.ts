// UK statistical geographies as classifications, built from the boundary files' codes and names:
// ITL 2021 (ITL1 > ITL2 > ITL3) and NUTS 2016/2018 (the same ITL1 / ITL2 regions with `UK` for `TL`;
// at level 3 only Dorset differs, see loadItlToNutsCrosswalk).
// Each ITL/NUTS code extends its parent's code by one character (TLK -> TLK1 -> TLK11), except that
// NUTS 2016 numbers the 11 Northern Ireland NUTS 3 regions UKN06-UKN16, so UKN10-UKN16 do not
// extend their NUTS 2 parent UKN0 (ITL 2021 has TLN06-TLN0G instead).
import type { Classification, ClassificationNode } from "@smartspec/domain";
import { lazy } from "./lazy.ts";
import { boundaryAreas } from "./load-boundaries.ts";

/** The UK geographies smartspec ships as hierarchies. */
export interface UkGeographies {
  /** ITL 2021: levels itl1 > itl2 > itl3 (12 / 41 / 179 codes, `TLK`, `TLK1`, `TLK11`). */
  readonly itl2021: Classification;
  /** NUTS 2016 / 2018 UK: levels nuts1 > nuts2 > nuts3 (`UKK`, `UKK1` as in BRES, `UKK11`). */
  readonly nuts2018: Classification;
}

function prefixHierarchy(
  id: string,
  title: string,
  version: string,
  layers: readonly (readonly [levelId: string, levelTitle: string, layerId: string])[],
): Classification {
  const codesByDepth = layers.map(([, , layerId]) => boundaryAreas(layerId).map((area) => area.code));
  const nodes: ClassificationNode[] = layers.flatMap(([level, , layerId], depth) =>
    boundaryAreas(layerId).map(({ code, name }) => ({
      code,
      title: name,
      level,
      parent: depth === 0 ? null : parentCode(code, codesByDepth[depth - 1]!),
    })),
  );
  return {
    id,
    title,
    version,
    levels: layers.map(([levelId, levelTitle]) => ({ id: levelId, title: levelTitle })),
    nodes,
  };
}

/**
 * The code one level up: the code minus its last character, else (UKN10) the one code one level
 * up that shares all but the last two characters (UKN0). Unresolved parents are left for the
 * index to reject.
 */
function parentCode(code: string, coarser: readonly string[]): string {
  const direct = code.slice(0, -1);
  if (coarser.includes(direct)) return direct;
  const candidates = coarser.filter((c) => c.startsWith(code.slice(0, -2)));
  return candidates.length === 1 ? candidates[0]! : direct;
}

function readUkGeographies(): UkGeographies {
  return {
    itl2021: prefixHierarchy("itl2021", "International Territorial Levels (UK)", "2021", [
      ["itl1", "ITL1", "uk-boundaries-itl1-2021"],
      ["itl2", "ITL2", "uk-boundaries-itl2-2021"],
      ["itl3", "ITL3", "uk-boundaries-itl3-2021"],
    ]),
    nuts2018: prefixHierarchy("nuts2018-uk", "NUTS regions of the UK (2016 / 2018)", "2018", [
      ["nuts1", "NUTS 1", "uk-boundaries-nuts1-2018"],
      ["nuts2", "NUTS 2", "uk-boundaries-nuts2-2018"],
      ["nuts3", "NUTS 3", "uk-boundaries-nuts3-2018"],
    ]),
  };
}

/**
 * ITL 2021 and UK NUTS 2018 hierarchies, read on first use and cached. Example:
 * `createClassificationIndex(loadUkGeographies().itl2021).ancestorAt("TLK11", "itl1")` is `"TLK"`.
 */
export const loadUkGeographies: () => UkGeographies = lazy(readUkGeographies);
