// Population margins for post-stratifying the OSPO Survey 2022 by organisation size: enterprises in
// Great Britain (all industries) from the bundled UK Business Counts table, summed into the OSPO
// size bands, written in the format `smartspec survey rake --margins` reads:
//   npx tsx packages/data/scripts/gb-size-band-margins.ts [--year 2022] --out FILE.json
// The ONS bands are employment bands (employees + working proprietors); OSPO's are "people who work
// for your organization" (Under 10, 11 to 49, ...). See docs/examples/ospo-2022.md for the caveats.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { findBundledDataset } from "../src/bundled-datasets.ts";
import { readTable } from "../src/read/read-table.ts";

/** ONS size band (EMPLOYMENT_SIZEBAND_NAME) -> the OSPO tidy file's size_band. */
const ospoBandOf: Readonly<Record<string, string>> = {
  "0 to 4": "1-49",
  "5 to 9": "1-49",
  "10 to 19": "1-49",
  "20 to 49": "1-49",
  "50 to 99": "50-249",
  "100 to 249": "50-249",
  "250 to 499": "250+",
  "500 to 999": "250+",
  "1000+": "250+",
};

function main(): void {
  const { values } = parseArgs({ options: { year: { type: "string" }, out: { type: "string" } } });
  if (values.out === undefined) throw new Error("missing --out FILE.json");
  const dataset = findBundledDataset("uk-business-counts-gb-sic5-sizeband");
  if (dataset === undefined) throw new Error("the bundled uk-business-counts-gb-sic5-sizeband is missing");
  const year = Number(values.year ?? dataset.years.at(-1));
  if (!dataset.years.includes(year)) {
    throw new Error(`--year ${values.year}: the table has ${dataset.years.join(", ")}`);
  }
  const table = readTable(dataset.files.table!);
  const [date, band, count] = ["DATE", "EMPLOYMENT_SIZEBAND_NAME", "COUNT"].map((c) => table.column(c));
  const byOnsBand = new Map(Object.keys(ospoBandOf).map((b) => [b, 0]));
  for (const row of table.rows) {
    if (Number(row[date!]) !== year) continue;
    const name = row[band!]!;
    if (!byOnsBand.has(name)) throw new Error(`${table.path}: unknown size band "${name}"`);
    byOnsBand.set(name, byOnsBand.get(name)! + Number(row[count!]));
  }
  const margins: Record<string, number> = { "1-49": 0, "50-249": 0, "250+": 0 };
  for (const [name, total] of byOnsBand) margins[ospoBandOf[name]!]! += total;
  const out = resolve(values.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ size_band: margins }, null, 2)}\n`);
  for (const [name, total] of byOnsBand)
    console.log(`${name.padEnd(11)} ${String(total).padStart(9)}  -> ${ospoBandOf[name]}`);
  console.log(
    `Wrote ${values.out}: enterprises in Great Britain, ${year}, all industries (${dataset.attribution})`,
  );
}

main();
