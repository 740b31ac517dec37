// The JSON shapes of the evidence explorer API (issue 5, "API"), as the browser reads them.
// Plain types: the server validates; optional fields are the ones the contract marks with "?".

/** The view an answer was computed for, as the server resolved the defaults. */
export interface ExplorerView {
  readonly dataset: string;
  readonly year: number;
  readonly level: string;
  readonly profile: string;
}

export interface ExplorerLevel {
  readonly id: string;
  readonly title: string;
}

/** GET /api/explorer/datasets: one region x activity set (bundled or a workspace upload). */
export interface ExplorerDataset {
  readonly id: string;
  readonly title: string;
  readonly workspace?: string;
  readonly years: readonly number[];
  readonly levels: readonly ExplorerLevel[];
  readonly defaultLevel: string;
  readonly geography: string;
  /** The bundled boundary geography and level of its region codes, when it can be mapped. */
  readonly regionGeography?: { readonly id: string; readonly level: string };
  readonly measure?: string;
  /** The region levels it can be mapped at, own first (e.g. ["itl2", "itl1"]). */
  readonly geographies?: readonly string[];
  readonly licence: string;
  readonly attribution: string;
}

export interface RegionListItem {
  readonly code: string;
  readonly name: string;
  readonly total: number;
}

export interface RegionList {
  readonly view: ExplorerView;
  readonly regions: readonly RegionListItem[];
}

export interface RegionSummary {
  readonly code: string;
  readonly name: string;
  readonly total: number;
  readonly diversity: number;
  readonly eci: number | null;
  readonly eciRank: number | null;
  readonly regionCount: number;
  readonly relatedVariety: number | null;
  readonly unrelatedVariety: number | null;
}

export interface Specialisation {
  readonly activity: string;
  readonly title: string;
  readonly section: string | null;
  readonly value: number;
  readonly lq: number;
  readonly lqLow?: number;
  readonly lqHigh?: number;
  readonly share: number;
}

export interface Methods {
  readonly profile: string;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly diagnostics: unknown;
  readonly provenance: unknown;
  readonly glossary: string;
}

export interface RegionProfile {
  readonly view: ExplorerView;
  readonly region: RegionSummary;
  readonly specialisations: readonly Specialisation[];
  readonly years: readonly { readonly year: number; readonly total: number }[];
  readonly change: readonly {
    readonly activity: string;
    readonly lqByYear: Readonly<Record<string, number>>;
  }[];
  readonly methods: Methods;
  readonly attribution: string;
  readonly licence: string;
}

export interface OpportunityRow {
  readonly activity: string;
  readonly title: string;
  readonly section: string | null;
  readonly value: number;
  readonly lq: number;
  readonly density: number;
  readonly pci: number;
  readonly cog: number;
}

export interface RelatedStrength {
  readonly activity: string;
  readonly title: string;
  readonly proximity: number;
}

export interface Opportunities {
  readonly view: ExplorerView;
  readonly region?: { readonly code: string; readonly name: string };
  readonly cutoffs: { readonly density: number; readonly complexity: number };
  readonly rows: readonly OpportunityRow[];
  readonly why: Readonly<Record<string, readonly RelatedStrength[]>>;
  readonly methods: Methods;
  readonly attribution: string;
  readonly licence?: string;
}

export interface MapValue {
  readonly region: string;
  readonly name: string;
  readonly lq: number | null;
  readonly value: number;
}

export interface ActivityMap {
  readonly view: ExplorerView;
  /** The activity shown (the server sends { code, title }). */
  readonly activity: string | { readonly code: string; readonly title: string };
  readonly geography: { readonly level: string; readonly layer: string; readonly levels?: readonly string[] };
  readonly values: readonly MapValue[];
  readonly activities?: readonly { readonly activity: string; readonly title: string }[];
  readonly attribution?: string;
  readonly licence?: string;
}

export interface SpaceNode {
  readonly activity: string;
  readonly title: string;
  readonly section: string | null;
  readonly x: number;
  readonly y: number;
  readonly ubiquity: number;
  /** Null where the engine has no PCI (an activity no region is specialised in). */
  readonly pci: number | null;
  /** With a region chosen: whether it is specialised in the activity (LQ >= 1). */
  readonly present?: boolean;
}

export interface SpaceEdge {
  readonly source: string;
  readonly target: string;
  readonly proximity: number;
  readonly kind: "tree" | "strong";
}

export interface ActivitySpace {
  readonly view: ExplorerView;
  readonly nodes: readonly SpaceNode[];
  readonly edges: readonly SpaceEdge[];
  readonly attribution: string;
  readonly licence: string;
}

export interface Comparison {
  readonly view: ExplorerView;
  readonly regions: readonly RegionSummary[];
  readonly attribution: string;
  readonly licence: string;
}

/** POST /api/workspaces/:slug/datasets -> 201 */
export interface UploadedDataset {
  readonly id: string;
  readonly title: string;
  readonly regions: number;
  readonly activities: number;
  readonly years: readonly number[];
}

/** One problem of a rejected upload (422). */
export interface UploadProblem {
  readonly line: number | null;
  readonly column: string | null;
  readonly message: string;
}
