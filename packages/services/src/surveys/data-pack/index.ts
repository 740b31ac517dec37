// The survey data pack (issue 6, scope 6): CSV (codes and labels), XLSX with a codebook, SPSS
// .sav, and an R script reproducing every estimate, written from the domain's surveyDataset.
export * from "./about-texts.ts";
export * from "./dataset-csv.ts";
export * from "./dataset-xlsx.ts";
export * from "./estimates-csv.ts";
export * from "./pack-weights.ts";
export * from "./r-script.ts";
export * from "./sav-writer.ts";
export * from "./write-data-pack.ts";
export * from "./zip-files.ts";
