// The data sets shipped with smartspec. Each entry says where its files are, what they hold and the
// attribution its licence requires; the CLI and the UI show that attribution wherever its numbers are.
import { fileURLToPath } from "node:url";

export interface BundledDataset {
  readonly id: string;
  readonly title: string;
  readonly geography: string;
  readonly classification: string;
  readonly years: readonly number[];
  readonly licence: string;
  readonly attribution: string;
  /** Absolute paths of the data files, by role. */
  readonly files: Readonly<Record<string, string>>;
  /** Column names of the main file in long layout. */
  readonly columns: { readonly region: string; readonly activity: string; readonly value: string };
}

const setsDirectory = fileURLToPath(new URL("../sets/", import.meta.url));

export const bundledDatasets: readonly BundledDataset[] = [
  {
    id: "world-trade-sitc2",
    title: "World exports by country and SITC rev. 2 product, average 1998-2000",
    geography: "226 countries (ISO 3166-1 alpha-3, lower case)",
    classification: "SITC rev. 2, 4-digit (785 products)",
    years: [1998, 1999, 2000],
    licence: "Apache-2.0 (economiccomplexity R package); GDP per capita World Bank CC BY 4.0",
    attribution:
      "World trade data: Open Trade Statistics (via the economiccomplexity R package); GDP per capita: World Bank (CC BY 4.0).",
    files: {
      trade: `${setsDirectory}world-trade-sitc2-1998-2000/world_trade_avg_1998_to_2000.csv.gz`,
      gdpPerCapita: `${setsDirectory}world-trade-sitc2-1998-2000/world_gdp_pc_avg_1998_to_2000.csv`,
    },
    columns: { region: "country", activity: "product", value: "value" },
  },
];

/** The bundled data set with this id, or undefined. */
export function findBundledDataset(id: string): BundledDataset | undefined {
  return bundledDatasets.find((d) => d.id === id);
}
