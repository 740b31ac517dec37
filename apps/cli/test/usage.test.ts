// The CLI's contract for how it is called: help, version, and exit code 2 with a one-line message
// and a hint for every usage mistake (issue #2: "exit code 2 for usage errors").
import { describe, expect, it } from "vitest";
import cliPackage from "../package.json" with { type: "json" };
import { smartspec } from "./run-cli.ts";

describe("smartspec help and version", () => {
  it("prints the commands for --help and for no arguments", async () => {
    for (const args of [["--help"], []]) {
      const run = await smartspec(args);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: smartspec <command> \[options\]\n/);
      for (const command of ["complexity", "specialisation", "relatedness", "demo"]) {
        expect(run.stdout).toContain(`\n  ${command} `);
      }
      expect(run.stderr).toBe("");
    }
  });

  it("prints the version of apps/cli", async () => {
    const run = await smartspec(["--version"]);
    expect(run).toEqual({ code: 0, stdout: `${cliPackage.version}\n`, stderr: "" });
  });

  it.each(["complexity", "specialisation", "relatedness", "demo"])("prints %s --help", async (command) => {
    const run = await smartspec([command, "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: smartspec ${command} `));
    expect(run.stderr).toBe("");
  });

  it("shows the fixed complexity contract in its help", async () => {
    const run = await smartspec(["complexity", "--help"]);
    for (const option of [
      "--input",
      "--region",
      "--activity",
      "--value",
      "--time",
      "--profile",
      "--method",
      "--threshold",
      "--out",
    ]) {
      expect(run.stdout).toContain(option);
    }
  });
});

describe("usage errors exit 2 with the message and a hint", () => {
  it.each([
    [["frobnicate"], 'smartspec: unknown command "frobnicate"', "smartspec --help"],
    [["--frobnicate"], "smartspec: unknown option --frobnicate", "smartspec --help"],
    [
      ["complexity", "--dataset", "world-trade-sitc2"],
      "smartspec complexity: missing --out",
      "smartspec complexity --help",
    ],
    [
      ["complexity", "--out", "x"],
      "smartspec complexity: missing --input FILE (or --dataset ID)",
      "smartspec complexity --help",
    ],
    [
      ["complexity", "--input", "x.csv", "--out", "x"],
      "smartspec complexity: missing --region COL",
      "smartspec complexity --help",
    ],
    [
      ["complexity", "--colour", "red"],
      "smartspec complexity: unknown option --colour",
      "smartspec complexity --help",
    ],
    [
      ["complexity", "--out"],
      "smartspec complexity: option --out needs a value",
      "smartspec complexity --help",
    ],
    [
      ["complexity", "stray"],
      'smartspec complexity: unexpected argument "stray"',
      "smartspec complexity --help",
    ],
    [
      ["complexity", "--dataset", "world-trade-sitc2", "--profile", "stata", "--out", "x"],
      'smartspec complexity: --profile must be one of smartspec, py-ecomplexity, atlas-stata, economiccomplexity, econgeo, oec (got "stata")',
      "smartspec complexity --help",
    ],
    [
      ["complexity", "--dataset", "world-trade-sitc2", "--method", "eigen", "--out", "x"],
      'smartspec complexity: --method must be one of eigenvalues, reflections, fitness (got "eigen")',
      "smartspec complexity --help",
    ],
    [
      ["complexity", "--dataset", "world-trade-sitc2", "--threshold=-1", "--out", "x"],
      'smartspec complexity: --threshold must be a positive number (got "-1")',
      "smartspec complexity --help",
    ],
    [
      ["complexity", "--dataset", "world-trade-sitc2", "--threshold", "-1", "--out", "x"],
      'smartspec complexity: option --threshold needs a value (for one starting with "-", write --threshold=VALUE)',
      "smartspec complexity --help",
    ],
    [
      ["complexity", "--dataset", "nope", "--out", "x"],
      'smartspec complexity: unknown --dataset "nope"; region x activity data sets: uk-bres-itl2, uk-bres-itl2-fulltime, uk-business-counts-lep, uk-business-counts-lad, uk-gva-itl2, uk-gva-itl3, eu-lfs-nuts2, world-trade-sitc2',
      "smartspec complexity --help",
    ],
    [
      ["specialisation", "--dataset", "sic2007", "--out", "x"],
      'smartspec specialisation: "sic2007" is a classification data set, not region x activity data; region x activity data sets: uk-bres-itl2, uk-bres-itl2-fulltime, uk-business-counts-lep, uk-business-counts-lad, uk-gva-itl2, uk-gva-itl3, eu-lfs-nuts2, world-trade-sitc2',
      "smartspec specialisation --help",
    ],
    [
      ["complexity", "--dataset", "uk-bres-itl2", "--level", "sector", "--out", "x"],
      'smartspec complexity: uk-bres-itl2 has no level "sector"; its levels are section, division, group, class, subclass.',
      "smartspec complexity --help",
    ],
    [
      ["complexity", "--dataset", "uk-bres-itl2", "--year", "2022", "--out", "x"],
      "smartspec complexity: uk-bres-itl2 has the years 2015-2021, not 2022.",
      "smartspec complexity --help",
    ],
    [
      ["complexity", "--dataset", "world-trade-sitc2", "--year", "2000", "--out", "x"],
      "smartspec complexity: world-trade-sitc2 has a single period (1998-2000), so --year does not apply.",
      "smartspec complexity --help",
    ],
    [
      ["complexity", "--dataset", "uk-bres-itl2", "--year", "21", "--out", "x"],
      'smartspec complexity: --year must be a four-digit year, not "21"',
      "smartspec complexity --help",
    ],
    [
      [
        "complexity",
        "--input",
        "x.csv",
        "--region",
        "r",
        "--activity",
        "a",
        "--value",
        "v",
        "--year",
        "2021",
        "--out",
        "x",
      ],
      "smartspec complexity: --year needs --time COL (the column of years)",
      "smartspec complexity --help",
    ],
    [
      [
        "complexity",
        "--input",
        "x.csv",
        "--region",
        "r",
        "--activity",
        "a",
        "--value",
        "v",
        "--level",
        "class",
        "--out",
        "x",
      ],
      "smartspec complexity: --level needs --dataset",
      "smartspec complexity --help",
    ],
    [
      ["complexity", "--dataset", "world-trade-sitc2", "--input", "x.csv", "--out", "x"],
      "smartspec complexity: give --input or --dataset, not both",
      "smartspec complexity --help",
    ],
    [
      ["specialisation", "--dataset", "world-trade-sitc2", "--group-digits", "1.5", "--out", "x"],
      'smartspec specialisation: --group-digits must be a whole number (got "1.5")',
      "smartspec specialisation --help",
    ],
    [
      ["specialisation", "--dataset", "world-trade-sitc2", "--population-value", "pop", "--out", "x"],
      "smartspec specialisation: --population-value needs --population FILE",
      "smartspec specialisation --help",
    ],
  ])("%j", async (args, message, help) => {
    const run = await smartspec(args);
    expect(run).toEqual({ code: 2, stdout: "", stderr: `${message}\nRun "${help}" for usage.\n` });
  });
});
