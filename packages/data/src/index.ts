export * from "./bundled-datasets.ts";
