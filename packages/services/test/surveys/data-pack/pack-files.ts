// The data-pack test survey's files as the fixtures hold them (see fixtures/make-pack.ts): the
// codes CSV the R script reads, the R script, and the .sav file R reads back. A fixed creation
// time keeps the .sav bytes stable.
import { datasetCsv } from "../../../src/surveys/data-pack/dataset-csv.ts";
import { dataPackRScript } from "../../../src/surveys/data-pack/r-script.ts";
import { datasetSav } from "../../../src/surveys/data-pack/sav-writer.ts";
import { packDataset, packDesign, packEstimates, packPostStratifiedDesign } from "./sme-pack-fixture.ts";

export const packCreated = new Date("2026-03-23T09:15:00Z");

/** The designs whose R scripts R ran: script file -> the results file it writes. */
export const packScripts = [
  { script: "sme-pack.R", output: "sme-pack-estimates-r.csv", design: packDesign },
  {
    script: "sme-pack-poststratified.R",
    output: "sme-pack-poststratified-estimates-r.csv",
    design: packPostStratifiedDesign,
  },
] as const;

export async function packFiles(): Promise<Record<string, Uint8Array>> {
  return {
    "sme-pack-codes.csv": datasetCsv(packDataset, { bom: true }),
    ...Object.fromEntries(
      packScripts.map(({ script, output, design }) => [
        script,
        new TextEncoder().encode(
          dataPackRScript({
            dataset: packDataset,
            design,
            estimates: packEstimates,
            dataFile: "sme-pack-codes.csv",
            outputFile: output,
          }),
        ),
      ]),
    ),
    "sme-pack.sav": datasetSav(packDataset, {
      created: packCreated,
      documents: ["SME expectations survey: data-pack test fixture.", "Weights: N_h / n_h, then raked."],
    }),
  };
}
