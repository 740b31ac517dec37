// `smartspec survey estimate | rake | rates` through the real bin, against R survey 4.1.1:
// the 24-SME fixture (survey-methods.md §4.5, fixtures/sme24.json), the real OSPO Survey 2022
// extract raked to illustrative margins (fixtures/ospo.json), and the AAPOR test vector (§2.4).
// Fixtures and the R scripts that made them: packages/domain/test/survey/fixtures/.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { badNumbers, readTable, records } from "./output-tables.ts";
import { smartspec, tempDirectory } from "./run-cli.ts";

const fixtures = new URL("../../../packages/domain/test/survey/fixtures/", import.meta.url);
const json = <T>(name: string) => JSON.parse(readFileSync(new URL(name, fixtures), "utf8")) as T;
const sme24 = json<{
  data: { size: string[]; sector: string[]; aware: number[]; Nh: number[] };
  strataFpc: {
    intervals: Record<string, [number, number]>;
    level90: Record<string, [number, number]>;
    factor: { proportion: number[]; se: number[] };
    bySector: Record<
      string,
      { proportion: number; se: number; nEffective: number; intervals: Record<string, [number, number]> }
    >;
  };
  srs40: { fpc: { proportion: number; se: number; intervals: Record<string, [number, number]> } };
}>("sme24.json");
const ospo = json<{
  rake: { weights: number[] };
  q4ByStratifiedSize: {
    by: string;
    category: string;
    proportion: number;
    se: number;
    n: number;
    nEffective: number;
    logit: [number, number];
    beta: [number, number];
    mean: [number, number];
  }[];
}>("ospo.json");

const work = tempDirectory("survey");
copyFileSync(new URL("ospo-2022-organisations.csv", fixtures), join(work, "ospo.csv"));
copyFileSync(new URL("ospo-margins.json", fixtures), join(work, "ospo-margins.json"));
const { data } = sme24;
writeFileSync(
  join(work, "sme24.csv"),
  `size,sector,aware,Nh\n${data.size.map((s, i) => `${s},${data.sector[i]},${data.aware[i]},${data.Nh[i]}`).join("\n")}\n`,
);
writeFileSync(
  join(work, "srs40.csv"),
  `yes,N\n${Array.from({ length: 107 }, (_, i) => `${i < 40 ? "yes" : "no"},1103`).join("\n")}\n`,
);

function close(got: string | undefined, want: number): void {
  expect(Math.abs(Number(got) - want), `${got} vs R ${want}`).toBeLessThanOrEqual(1e-9 * Math.abs(want));
}

async function estimate(args: readonly string[], out: string) {
  const run = await smartspec(["survey", "estimate", ...args, "--out", out], { cwd: work });
  expect(run.code, run.stderr).toBe(0);
  const table = readTable(work, out);
  expect(table.header).toEqual([
    "by",
    "category",
    "proportion",
    "se",
    "ci_low",
    "ci_high",
    "n",
    "n_effective",
  ]);
  expect(badNumbers(table, ["proportion", "se", "ci_low", "ci_high", "n", "n_effective"])).toEqual([]);
  return { run, rows: records(table) };
}

describe("survey estimate on the 24 SMEs (strata = size, fpc = Nh)", () => {
  it("--ci clopper-pearson is svyciprop(method = 'beta'); SEs are svymean(~factor(aware))", async () => {
    const { run, rows } = await estimate(
      ["--data", "sme24.csv", "--var", "aware", "--strata", "size", "--fpc", "Nh", "--ci", "clopper-pearson"],
      "sme24-beta.csv",
    );
    expect(run.stdout).toBe(
      'Wrote sme24-beta.csv (2 rows): svydesign(ids = ~1, strata = ~size, fpc = ~Nh), svyciprop(method = "beta", level = 0.95).\n',
    );
    expect(rows.map((r) => [r.by, r.category, r.n])).toEqual([
      ["", "0", "24"],
      ["", "1", "24"],
    ]);
    rows.forEach((row, k) => {
      close(row.proportion, sme24.strataFpc.factor.proportion[k]!);
      close(row.se, sme24.strataFpc.factor.se[k]!);
    });
    close(rows[1]!.ci_low, sme24.strataFpc.intervals.beta![0]);
    close(rows[1]!.ci_high, sme24.strataFpc.intervals.beta![1]);
  });
  it("--ci wilson --level 0.9 (the default method at another level)", async () => {
    const { rows } = await estimate(
      ["--data", "sme24.csv", "--var", "aware", "--strata", "size", "--fpc", "Nh", "--level", "0.9"],
      "sme24-wilson90.csv",
    );
    close(rows[1]!.ci_low, sme24.strataFpc.level90.wilson![0]);
    close(rows[1]!.ci_high, sme24.strataFpc.level90.wilson![1]);
  });
  it("--by sector --ci logit is svyby(~I(aware == 1), ~sector, des, svyciprop)", async () => {
    const { rows } = await estimate(
      [
        "--data",
        "sme24.csv",
        "--var",
        "aware",
        "--by",
        "sector",
        "--strata",
        "size",
        "--fpc",
        "Nh",
        "--ci",
        "logit",
      ],
      "sme24-sector.csv",
    );
    const aware = rows.filter((r) => r.category === "1");
    expect(aware.map((r) => [r.by, r.n])).toEqual([
      ["aero", "11"],
      ["auto", "13"],
    ]);
    for (const row of aware) {
      const want = sme24.strataFpc.bySector[row.by!]!;
      close(row.proportion, want.proportion);
      close(row.se, want.se);
      close(row.ci_low, want.intervals.logit![0]);
      close(row.ci_high, want.intervals.logit![1]);
      close(row.n_effective, want.nEffective);
    }
  });
  it("40 of 107 with N = 1,103 (§3.3): --ci wald is svyciprop 'mean' with t on 106 df", async () => {
    const { rows } = await estimate(
      ["--data", "srs40.csv", "--var", "yes", "--fpc", "N", "--ci", "wald"],
      "srs40.csv",
    );
    const yes = rows.find((r) => r.category === "yes")!;
    close(yes.proportion, sme24.srs40.fpc.proportion);
    close(yes.se, sme24.srs40.fpc.se);
    close(yes.ci_low, sme24.srs40.fpc.intervals.mean![0]);
    close(yes.ci_high, sme24.srs40.fpc.intervals.mean![1]);
  });
});

describe("survey rake and estimate on the OSPO Survey 2022 extract (623 organisations)", () => {
  it("rake gives R's rake() weights and keeps every column", async () => {
    const run = await smartspec(
      ["survey", "rake", "--data", "ospo.csv", "--margins", "ospo-margins.json", "--out", "ospo-raked.csv"],
      { cwd: work },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /^Wrote ospo-raked.csv \(623 rows\): raked to size, region in \d+ sweeps; total weight /,
    );
    const table = readTable(work, "ospo-raked.csv");
    expect(table.header).toEqual([
      "id",
      "size",
      "region",
      "q4_1",
      "q1_1",
      "q1_2",
      "q1_3",
      "q1_4",
      "q1_5",
      "weight",
    ]);
    expect(badNumbers(table, ["weight"])).toEqual([]);
    records(table).forEach((row, i) => {
      close(row.weight, ospo.rake.weights[i]!);
    });
  });
  it.each([
    ["logit", "logit"],
    ["clopper-pearson", "beta"],
    ["wald", "mean"],
  ] as const)(
    "estimate --by size --strata size --weight weight --ci %s is svyciprop '%s' per size band",
    async (ci, method) => {
      await smartspec(
        ["survey", "rake", "--data", "ospo.csv", "--margins", "ospo-margins.json", "--out", `r-${ci}.csv`],
        {
          cwd: work,
        },
      );
      const { rows } = await estimate(
        [
          "--data",
          `r-${ci}.csv`,
          "--var",
          "q4_1",
          "--by",
          "size",
          "--weight",
          "weight",
          "--strata",
          "size",
          "--ci",
          ci,
        ],
        `ospo-${ci}.csv`,
      );
      expect(rows.map((r) => [r.by, r.category, Number(r.n)])).toEqual(
        ospo.q4ByStratifiedSize.map((w) => [w.by, w.category, w.n]),
      );
      rows.forEach((row, i) => {
        const want = ospo.q4ByStratifiedSize[i]!;
        close(row.proportion, want.proportion);
        close(row.se, want.se);
        close(row.ci_low, want[method][0]);
        close(row.ci_high, want[method][1]);
        close(row.n_effective, want.nEffective);
      });
    },
  );
});

describe("survey rates", () => {
  it("writes every AAPOR rate and the e used for the §2.4 test vector", async () => {
    writeFileSync(
      join(work, "dispositions.csv"),
      "code,count\nI,95\nP,12\nR,41\nNC,585\nO,0\nUO,320\nNE,50\n",
    );
    const run = await smartspec(
      ["survey", "rates", "--dispositions", "dispositions.csv", "--out", "rates.json"],
      {
        cwd: work,
      },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      "Wrote rates.json: RR1 9.0%, RR3 9.2% (e = 0.9361, proportional), COOP1 64.2%, REF1 3.9%, CON1 14.1%.\n",
    );
    const result = JSON.parse(readFileSync(join(work, "rates.json"), "utf8"));
    expect(result.e).toBe(733 / 783);
    expect(result.eBasis).toBe("proportional");
    expect(result.counts).toEqual({ I: 95, P: 12, R: 41, NC: 585, O: 0, UH: 0, UO: 320, NE: 50 });
    expect(result.rates.RR1).toBe(95 / 1053);
    expect(result.rates.RR5).toBe(95 / 733);
    expect(result.rates.COOP1).toBe(95 / 148);
    expect(Object.keys(result.rates)).toHaveLength(16);
  });
  it("names the line of an unknown code", async () => {
    writeFileSync(join(work, "bad-codes.csv"), "code,count\nI,95\nXX,3\n");
    const run = await smartspec(["survey", "rates", "--dispositions", "bad-codes.csv", "--out", "x.json"], {
      cwd: work,
    });
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr:
        'smartspec: bad-codes.csv, line 3, column "code": "XX" is not an AAPOR disposition code; use I, P, R, NC, O, UH, UO, NE.\n',
    });
  });
});

describe("survey errors: data errors exit 1 naming file, line and column; usage errors exit 2", () => {
  it("a missing --var column", async () => {
    const run = await smartspec(
      ["survey", "estimate", "--data", "sme24.csv", "--var", "awareness", "--out", "x.csv"],
      {
        cwd: work,
      },
    );
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr:
        'smartspec: sme24.csv, line 1: no column "awareness" (the --var column); the header has "size", "sector", "aware", "Nh".\n',
    });
  });
  it("a weight that is not a number", async () => {
    writeFileSync(join(work, "bad-weight.csv"), "aware,w\n1,2\n0,abc\n");
    const run = await smartspec(
      ["survey", "estimate", "--data", "bad-weight.csv", "--var", "aware", "--weight", "w", "--out", "x.csv"],
      { cwd: work },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'smartspec: bad-weight.csv, line 3, column "w": "abc" is not a positive number; --weight values must be numbers above 0.\n',
    );
  });
  it("an fpc that changes within a stratum", async () => {
    writeFileSync(join(work, "bad-fpc.csv"), "aware,h,N\n1,a,10\n0,a,10\n1,b,5\n0,b,6\n");
    const run = await smartspec(
      [
        "survey",
        "estimate",
        "--data",
        "bad-fpc.csv",
        "--var",
        "aware",
        "--strata",
        "h",
        "--fpc",
        "N",
        "--out",
        "x.csv",
      ],
      { cwd: work },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'smartspec: bad-fpc.csv, line 5: fpc is not constant within stratum "b": it was 5 on an earlier row and is 6.\n',
    );
  });
  it("a margin level with no respondents names the variable and level", async () => {
    writeFileSync(
      join(work, "bad-margins.json"),
      JSON.stringify({ size: { micro: 900, small: 150, medium: 53, large: 9 } }),
    );
    const run = await smartspec(
      ["survey", "rake", "--data", "sme24.csv", "--margins", "bad-margins.json", "--out", "x.csv"],
      {
        cwd: work,
      },
    );
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr:
        'smartspec: sme24.csv: size = "large" has population total 9 but no sample rows; merge it with another level or ignore such levels (partial).\n',
    });
  });
  it("a data level with no margin total names the line", async () => {
    writeFileSync(join(work, "short-margins.json"), JSON.stringify({ sector: { auto: 750 } }));
    const run = await smartspec(
      ["survey", "rake", "--data", "sme24.csv", "--margins", "short-margins.json", "--out", "x.csv"],
      {
        cwd: work,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'smartspec: sme24.csv, line 3: sector = "aero" is in the sample but has no population total; give it a positive total or merge it with another level.\n',
    );
  });
  it("a bad --ci or --level is a usage error", async () => {
    const ci = await smartspec(
      ["survey", "estimate", "--data", "sme24.csv", "--var", "aware", "--ci", "exact", "--out", "x.csv"],
      {
        cwd: work,
      },
    );
    expect(ci).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'smartspec survey estimate: --ci must be one of wilson, clopper-pearson, logit, wald (got "exact")\nRun "smartspec survey estimate --help" for usage.\n',
    });
    const level = await smartspec(
      ["survey", "estimate", "--data", "sme24.csv", "--var", "aware", "--level", "95", "--out", "x.csv"],
      {
        cwd: work,
      },
    );
    expect(level.code).toBe(2);
    expect(level.stderr.split("\n")[0]).toBe(
      'smartspec survey estimate: --level must be a number between 0 and 1, e.g. 0.95 (got "95")',
    );
  });
  it("an unknown subcommand is a usage error; survey --help lists the subcommands", async () => {
    const run = await smartspec(["survey", "weigh"], { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe(
      'smartspec survey: unknown subcommand "weigh"; use estimate, rake, rates, likert or crosstab',
    );
    const help = await smartspec(["survey", "--help"], { cwd: work });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("  estimate weighted shares with design-based intervals\n");
  });
});
