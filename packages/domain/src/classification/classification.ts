// Classifications and geographies as data: a hierarchy of levels holding coded nodes, and crosswalks
// between two classifications. SIC 2007, ITL 2021 and NUTS 2018 are all values of these types.

/** One level of a hierarchy, e.g. `{ id: "division", title: "Division (2-digit)" }`. */
export interface ClassificationLevel {
  readonly id: string;
  readonly title: string;
}

/** One code of a classification; `parent` is the code one level up, null at the top level. */
export interface ClassificationNode {
  readonly code: string;
  readonly title: string;
  /** The id of the node's level. */
  readonly level: string;
  readonly parent: string | null;
}

/** A versioned hierarchy: levels coarsest first, nodes in any order (codes unique). */
export interface Classification {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly levels: readonly ClassificationLevel[];
  readonly nodes: readonly ClassificationNode[];
}

/** One pair of a crosswalk: `from` (a code of the source classification) maps to `to`. */
export interface CrosswalkPair {
  readonly from: string;
  readonly to: string;
}

/**
 * A mapping between the codes of two classifications (`from` and `to` are classification ids).
 * Many-to-many: a district in two LEPs has two pairs.
 */
export interface Crosswalk {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly pairs: readonly CrosswalkPair[];
}
