import type { BoundaryLayerInfo, BundledDataset } from "../dataset-types.ts";
import { setPath, sourceFileOf } from "../sets-path.ts";
import { attributions, OGL } from "./attributions.ts";

// One entry per layer; `loadBoundaries(id)` parses the (gzipped) file on first use.
interface Layer {
  readonly id: string;
  readonly title: string;
  readonly geography: string;
  readonly file: string;
  readonly years: readonly number[];
  readonly boundary: BoundaryLayerInfo;
}

const ukFolder = "uk-boundaries";
const euFolder = "eu-nuts-boundaries";
const topo = (featureCount: number): BoundaryLayerInfo => ({
  format: "topojson",
  object: "geog",
  codeProperty: "id",
  nameProperty: "name",
  featureCount,
});
const gisco = (featureCount: number): BoundaryLayerInfo => ({
  format: "geojson",
  codeProperty: "NUTS_ID",
  nameProperty: "NAME_LATN",
  featureCount,
});

const ukLayers: readonly Layer[] = [
  ["itl1-2021", "ITL1 regions (January 2021)", "ITL1_UK_2021", 12, 2021],
  ["itl2-2021", "ITL2 regions (January 2021)", "ITL2_UK_2021", 41, 2021],
  ["itl3-2021", "ITL3 regions (January 2021)", "ITL3_UK_2021", 179, 2021],
  ["nuts1-2018", "NUTS 1 regions (UK, 2018)", "NUTS1_UK_2018", 12, 2018],
  ["nuts2-2018", "NUTS 2 regions (UK, 2018; = BRES codes)", "NUTS2_UK_2018", 41, 2018],
  ["nuts3-2018", "NUTS 3 regions (UK, 2018)", "NUTS3_UK_2018", 179, 2018],
  ["lad-2021", "Local authority districts (December 2021)", "LAD_UK_2021_12", 374, 2021],
  ["countries", "UK countries", "CTRY_UK", 4, 2021],
].map(([id, title, name, count, year]) => ({
  id: `uk-boundaries-${id}`,
  title: `UK boundaries: ${title}`,
  geography: String(title),
  file: setPath(ukFolder, `${name}.topo.json.gz`),
  years: [Number(year)],
  boundary: topo(Number(count)),
}));

const lepLayer: Layer = {
  id: "uk-boundaries-lep-2021",
  title: "UK boundaries: Local Enterprise Partnerships (England, May 2021)",
  geography: "38 LEPs (overlapping where a district belonged to two)",
  file: setPath(ukFolder, "LEP_EN_2021_05.geojson.gz"),
  years: [2021],
  boundary: { format: "geojson", codeProperty: "LEP21CD", nameProperty: "LEP21NM", featureCount: 38 },
};

const euLayers: readonly Layer[] = [37, 125, 334, 1514].map((count, level) => ({
  id: `eu-boundaries-nuts${level}-2021`,
  title: `EU boundaries: NUTS ${level} regions (2021, 1:60 million)`,
  geography: `NUTS 2021 level ${level} (EU, EFTA, candidates, UK)`,
  file: setPath(euFolder, `NUTS_RG_60M_2021_4326_LEVL_${level}.geojson.gz`),
  years: [2021],
  boundary: gisco(count),
}));

function boundaryDataset(layer: Layer, european: boolean): BundledDataset {
  return {
    id: layer.id,
    title: layer.title,
    kind: "boundaries",
    geography: layer.geography,
    classification: "-",
    levels: [],
    years: layer.years,
    licence: european ? "GISCO terms (© EuroGeographics; check before commercial use)" : OGL,
    attribution: european ? attributions.gisco : attributions.ukBoundaries,
    files: { boundaries: layer.file },
    boundary: layer.boundary,
    sourceFile: sourceFileOf(european ? euFolder : ukFolder),
  };
}

/** Boundary layers for maps: UK ITL/NUTS/districts/countries/LEPs and EU NUTS 0-3. */
export const boundaryDatasets: readonly BundledDataset[] = [
  ...[...ukLayers, lepLayer].map((layer) => boundaryDataset(layer, false)),
  ...euLayers.map((layer) => boundaryDataset(layer, true)),
];
