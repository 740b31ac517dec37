// NACE Rev. 2 is UK SIC 2007 down to class level (same 21 / 88 / 272 / 615 codes and titles, ONS
// notation `30.30`), so it is built from the SIC file rather than shipped twice.
import type { Classification } from "@smartspec/domain";
import { lazy } from "./lazy.ts";
import { loadSic2007, sicPseudoClass, sicPseudoGroup } from "./load-sic2007.ts";

/**
 * NACE Rev. 2 (sections to classes), from the SIC 2007 hierarchy without UK subclasses and without
 * the BRES pseudo group/class. Example: the node `30.30` is "Manufacture of air and spacecraft...".
 */
export const loadNaceRev2: () => Classification = lazy(() => {
  const sic = loadSic2007();
  return {
    id: "nace-rev2",
    title: "NACE Rev. 2 (Statistical classification of economic activities in the European Community)",
    version: "2",
    levels: sic.levels.filter((level) => level.id !== "subclass"),
    nodes: sic.nodes.filter(
      (n) => n.level !== "subclass" && n.code !== sicPseudoGroup && n.code !== sicPseudoClass,
    ),
  };
});
