// The worked case of issue 3: location quotients of the West of England ITL2 region (UKK1, ITL
// TLK1) for automotive (SIC division 29) and aerospace (SIC class 30.30 = Nomis subclass 30300) in
// 2021, from the bundled ONS BRES files, by one documented command.
//
// Hand calculation (python3 csv module over the raw .csv.gz files, rows with DATE == 2021):
//   division file: UKK1 in 29 = 7000; UKK1 total = 1,278,950; 29 in GB = 160,050; GB total = 31,341,585
//     LQ = (7000 / 1278950) / (160050 / 31341585) = 1.0717901242280334
//   subclass file: UKK1 in 30300 = 13000; UKK1 total = 1,285,115; 30300 in GB = 74,350; GB total = 31,366,000
//     LQ = (13000 / 1285115) / (74350 / 31366000) = 4.267558909296244
// The two GB totals differ because Nomis rounds the division and subclass tables separately.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { findBundledDataset } from "@smartspec/data";
import { describe, expect, it } from "vitest";
import { smartspec, tempDirectory } from "./run-cli.ts";

const work = tempDirectory("worked-case");
const bres = findBundledDataset("uk-bres-itl2")!;

/** The four totals of an LQ straight from a raw BRES file: an independent, naive reading. */
function rawTotals(file: string, region: string, activity: string) {
  const lines = gunzipSync(readFileSync(file)).toString("utf8").trim().split("\n").slice(1);
  let value = 0;
  let regionTotal = 0;
  let activityTotal = 0;
  let total = 0;
  for (const line of lines) {
    const fields = line.split(",");
    const [date, count] = [fields[0], fields.at(-1)!];
    const code = fields.at(-2)!.replaceAll('"', "");
    const geography = line.match(/,"(UK[A-Z]\d)",/)![1];
    if (date !== "2021") continue;
    const x = Number(count);
    total += x;
    if (geography === region) regionTotal += x;
    if (code === activity) activityTotal += x;
    if (geography === region && code === activity) value = x;
  }
  return { value, regionTotal, activityTotal, total };
}

describe("worked case: UKK1 automotive and aerospace, BRES 2021", () => {
  it("prints the LQs with the numbers they are made of", async () => {
    const run = await smartspec(
      [
        "lq",
        "--dataset",
        "uk-bres-itl2",
        "--year",
        "2021",
        "--region",
        "UKK1",
        "--activity",
        "29",
        "--activity",
        "30.30",
      ],
      { cwd: work },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      [
        "UK employment by ITL2 region and SIC 2007 industry (ONS BRES), 2015-2021; year 2021.",
        "Values: employment (jobs, BRES: employees plus working owners).",
        "",
        "region  activity  level     value  region_total  activity_total     total  location_quotient",
        "UKK1    29        division   7000       1278950          160050  31341585             1.0718",
        "UKK1    30.30     class     13000       1285115           74350  31366000             4.2676",
        "",
        "29     Manufacture of motor vehicles, trailers and semi-trailers",
        "30.30  Manufacture of air and spacecraft and related machinery",
        "",
        "location_quotient = (value / region_total) / (activity_total / total); totals over the activity's level.",
        `Data: ${bres.attribution}`,
        "",
      ].join("\n"),
    );
  });

  it("agrees with a hand calculation from the raw files to the last digit (--json)", async () => {
    const run = await smartspec(
      [
        "lq",
        "--dataset",
        "uk-bres-itl2",
        "--year",
        "2021",
        "--region",
        "UKK1",
        "--activity",
        "29,30300",
        "--json",
      ],
      { cwd: work },
    );
    expect(run.code, run.stderr).toBe(0);
    const { rows } = JSON.parse(run.stdout) as { rows: Record<string, number | string>[] };
    const division = rawTotals(bres.files.sic2!, "UKK1", "29");
    const subclass = rawTotals(bres.files.sic5!, "UKK1", "30300");
    expect(division).toEqual({ value: 7000, regionTotal: 1278950, activityTotal: 160050, total: 31341585 });
    expect(subclass).toEqual({ value: 13000, regionTotal: 1285115, activityTotal: 74350, total: 31366000 });
    expect(rows.map((r) => [r.activity, r.level, r.value, r.regionTotal, r.activityTotal, r.total])).toEqual([
      ["29", "division", 7000, 1278950, 160050, 31341585],
      ["30300", "subclass", 13000, 1285115, 74350, 31366000],
    ]);
    expect(rows[0]!.locationQuotient).toBeCloseTo(1.0717901242280334, 12);
    expect(rows[1]!.locationQuotient).toBeCloseTo(4.267558909296244, 12);
  });

  it("explains an unknown code with the nearest SIC codes", async () => {
    const run = await smartspec(
      ["lq", "--dataset", "uk-bres-itl2", "--year", "2021", "--region", "UKK1", "--activity", "30.31"],
      {
        cwd: work,
      },
    );
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toMatch(
      /^smartspec lq: "30.31" is not a UK SIC 2007 code\. Did you mean 30\.30 /,
    );
  });

  it("asks for a year when the data set has several", async () => {
    const run = await smartspec(["lq", "--dataset", "uk-bres-itl2", "--region", "UKK1", "--activity", "29"], {
      cwd: work,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'smartspec lq: uk-bres-itl2 has several years; choose one with --year.\nRun "smartspec lq --help" for usage.\n',
    );
  });

  it("finds the region by its ITL 2021 code too (TLK1 = UKK1)", async () => {
    const run = await smartspec(
      [
        "lq",
        "--dataset",
        "uk-bres-itl2",
        "--year",
        "2021",
        "--region",
        "TLK1",
        "--activity",
        "30300",
        "--json",
      ],
      { cwd: work },
    );
    expect(run.code, run.stderr).toBe(0);
    const { rows } = JSON.parse(run.stdout) as { rows: Record<string, number | string>[] };
    expect(rows.map((r) => [r.region, r.requested, r.value])).toEqual([["UKK1", "TLK1", 13000]]);
  });
});
