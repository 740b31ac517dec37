// The shape of a registry entry. Kept apart from the list so entry files can import it without a cycle.

/** What a bundled data set is, which decides how it is used. */
export type DatasetKind = "region-activity" | "table" | "boundaries" | "classification" | "lookup";

/** One level of a data set's activity classification (`division`, `subclass`). */
export interface DatasetLevel {
  readonly id: string;
  readonly title: string;
  /** Absolute path of the file holding this level directly. */
  readonly file?: string;
  /** Else: the level id whose file is rolled up the classification to this level. */
  readonly rollUpFrom?: string;
}

/** How to read a boundary layer: the format, the object inside it and the feature properties. */
export interface BoundaryLayerInfo {
  readonly format: "topojson" | "geojson";
  /** The TopoJSON object holding the features (`geog`); absent for GeoJSON. */
  readonly object?: string;
  /** Feature property holding the area code (`id`, `LEP21CD`, `NUTS_ID`). */
  readonly codeProperty: string;
  /** Feature property holding the area name. */
  readonly nameProperty: string;
  readonly featureCount: number;
}

export interface BundledDataset {
  readonly id: string;
  readonly title: string;
  readonly kind: DatasetKind;
  /** Human text, e.g. "40 GB ITL2 / NUTS 2016 level-2 regions". */
  readonly geography: string;
  /** Human text, e.g. "UK SIC 2007". */
  readonly classification: string;
  /** Id of a bundled Classification, e.g. "sic2007". */
  readonly classificationId?: string;
  /**
   * The geography its region codes belong to, when bundled ("uk-areas-2021": ITL1 > ITL2 > ITL3 >
   * district), and the level of those codes: regions can then be summed up to coarser levels.
   */
  readonly regionGeography?: { readonly id: string; readonly level: string };
  /** E.g. "employment (jobs, BRES)". */
  readonly measure?: string;
  readonly levels: readonly DatasetLevel[];
  readonly defaultLevel?: string;
  readonly years: readonly number[];
  readonly licence: string;
  readonly attribution: string;
  /** Absolute paths of the data files, by role; the first is the main (default-level) file. */
  readonly files: Readonly<Record<string, string>>;
  /** Column names of the main file in long layout. */
  readonly columns?: {
    readonly region: string;
    readonly activity: string;
    readonly value: string;
    readonly time?: string;
  };
  /** Rows to keep: every filter must hold (exact text match on the column). */
  readonly filters?: readonly { readonly column: string; readonly equals: string }[];
  /** Set on kind "boundaries": how to read the layer. */
  readonly boundary?: BoundaryLayerInfo;
  /** Absolute path of its SOURCE.md. */
  readonly sourceFile: string;
}

/** Whole years from first to last inclusive. Example: `yearRange(2015, 2017)` is [2015, 2016, 2017]. */
export function yearRange(first: number, last: number): readonly number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
