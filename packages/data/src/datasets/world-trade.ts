import type { BundledDataset } from "../dataset-types.ts";
import { setPath, sourceFileOf } from "../sets-path.ts";

const folder = "world-trade-sitc2-1998-2000";
const trade = setPath(folder, "world_trade_avg_1998_to_2000.csv.gz");

/** The economiccomplexity R package's reference country x product matrix. */
export const worldTradeDatasets: readonly BundledDataset[] = [
  {
    id: "world-trade-sitc2",
    title: "World exports by country and SITC rev. 2 product, average 1998-2000",
    kind: "region-activity",
    geography: "226 countries (ISO 3166-1 alpha-3, lower case)",
    classification: "SITC rev. 2, 4-digit (785 products)",
    measure: "exports (year-2000 US dollars, average 1998-2000)",
    levels: [{ id: "product", title: "SITC rev. 2 4-digit product", file: trade }],
    defaultLevel: "product",
    years: [1998, 1999, 2000],
    licence: "Apache-2.0 (economiccomplexity R package); GDP per capita World Bank CC BY 4.0",
    attribution:
      "World trade data: Open Trade Statistics (via the economiccomplexity R package); GDP per capita: World Bank (CC BY 4.0).",
    files: {
      trade,
      gdpPerCapita: setPath(folder, "world_gdp_pc_avg_1998_to_2000.csv"),
    },
    columns: { region: "country", activity: "product", value: "value" },
    sourceFile: sourceFileOf(folder),
  },
];
