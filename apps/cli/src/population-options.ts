// The population file options shared by `complexity` (per-capita presence) and `specialisation`
// (Hoover index and Hoover Gini against population).
import { resolve } from "node:path";
import type { RegionValuesInput } from "@smartspec/services";
import { type ParsedOptions, stringOption } from "./parse-options.ts";
import { UsageError } from "./usage-error.ts";

export const populationOptions = {
  population: { type: "string" },
  "population-region": { type: "string" },
  "population-value": { type: "string" },
} as const;

/**
 * The population file asked for, or undefined. `--population-region` / `--population-value` without
 * `--population FILE` are usage errors; the region column defaults to the data's, the value column to
 * `population`.
 */
export function resolvePopulation(
  command: string,
  values: ParsedOptions,
  cwd: string,
  regionColumn: string,
): RegionValuesInput | undefined {
  const path = stringOption(values, "population");
  if (path === undefined) {
    for (const name of ["population-region", "population-value"]) {
      if (values[name] !== undefined) throw new UsageError(`--${name} needs --population FILE`, command);
    }
    return undefined;
  }
  return {
    path: resolve(cwd, path),
    label: path,
    region: stringOption(values, "population-region") ?? regionColumn,
    value: stringOption(values, "population-value") ?? "population",
  };
}
