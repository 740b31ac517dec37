// docs/examples/ospo-2022.md, run as written: every ```sh block of the document is run in order
// through the real `smartspec` bin (and tsx for the two data scripts), in a temporary folder that
// links the repository's packages/, and every ```text block after it must appear in what that block
// printed. Then the numbers the document quotes are checked against R 4.2.2 with survey 4.1.1
// (docs/examples/ospo-2022/reference.json, made by reference.R beside it), the committed chart is
// compared byte for byte, and the chart's structure is checked: one bar per item x group, segments
// summing to 100%, title, description and the source line with the licence.
import { execFile } from "node:child_process";
import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { readTable, records } from "./output-tables.ts";
import { smartspec, tempDirectory } from "./run-cli.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const doc = readFileSync(join(root, "docs/examples/ospo-2022.md"), "utf8");
const reference = JSON.parse(readFileSync(join(root, "docs/examples/ospo-2022/reference.json"), "utf8"));
const work = tempDirectory("ospo-example");
symlinkSync(join(root, "packages"), join(work, "packages"));
const out = join(work, "out/ospo-2022");

/** Splits one shell command line into words ("..." and '...' quoted; no other shell syntax). */
function words(line: string): string[] {
  const found = line.match(/"[^"]*"|'[^']*'|[^\s"']+/g) ?? [];
  return found.map((word) => (/^["'].*["']$/.test(word) ? word.slice(1, -1) : word));
}

/** The ```sh blocks of the document, each with the ```text block that follows it (if any). */
function steps(): { commands: string[][]; expected: string[] }[] {
  const blocks = [...doc.matchAll(/```(sh|text)\n([\s\S]*?)```/g)];
  return blocks.flatMap((block, i) => {
    if (block[1] !== "sh") return [];
    const next = blocks[i + 1];
    const commands = block[2]!
      .replace(/\\\n\s*/g, " ")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map(words);
    const expected =
      next?.[1] === "text" && doc.slice(block.index! + block[0].length, next.index).trim() === ""
        ? next[2]!.split("\n").filter((line) => line.trim() !== "")
        : [];
    return [{ commands, expected }];
  });
}

function run(command: readonly string[]): Promise<string> {
  const [program, ...args] = command;
  if (program === "cat")
    return Promise.resolve(args.map((file) => readFileSync(join(work, file), "utf8")).join(""));
  if (program !== "npx") throw new Error(`the example should only run npx and cat: ${command.join(" ")}`);
  if (args[0] === "smartspec") {
    return smartspec(args.slice(1), { cwd: work }).then((result) => {
      expect(result.code, `${command.join(" ")}\n${result.stderr}`).toBe(0);
      return result.stdout;
    });
  }
  expect(args[0]).toBe("tsx");
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, "node_modules/tsx/dist/cli.mjs"), ...args.slice(1)],
      { cwd: work },
      (error, stdout, stderr) => {
        expect(error, `${command.join(" ")}\n${stderr}`).toBeNull();
        resolve(stdout);
      },
    );
  });
}

const close = (got: number, want: number, what: string, tolerance = 1e-9) =>
  expect(Math.abs(got - want), `${what}: ${got} vs R ${want}`).toBeLessThanOrEqual(
    tolerance * Math.abs(want),
  );

/**
 * A logit interval against R: to 1e-9 against the interval at the exact mean (`logitConverged`),
 * and to 1e-8 against svyciprop's own, whose IRLS fit stops at glm's epsilon 1e-8 (reference.R).
 */
function closeInterval(
  got: [number, number],
  want: { logit: number[]; logitConverged: number[] },
  what: string,
) {
  got.forEach((value, i) => {
    close(value, want.logitConverged[i]!, `${what} ci ${i}`);
    close(value, want.logit[i]!, `${what} ci ${i} (svyciprop)`, 1e-8);
  });
}

describe("docs/examples/ospo-2022.md", () => {
  const printed: { command: string; output: string[]; expected: string[] }[] = [];
  beforeAll(async () => {
    for (const step of steps()) {
      let output = "";
      for (const command of step.commands) output += await run(command);
      printed.push({
        command: step.commands[0]!.join(" "),
        output: output.split("\n").map((line) => line.trimEnd()),
        expected: step.expected,
      });
    }
  }, 120_000);

  it("runs every command of the document and prints what the document shows", () => {
    expect(printed.length).toBe(8);
    for (const step of printed) {
      for (const line of step.expected)
        expect(step.output, `output of ${step.command}`).toContain(line.trimEnd());
    }
  });

  it("rebuilds the shipped tidy file and dictionary byte for byte", () => {
    for (const file of ["ospo_2022_organisations.csv", "ospo_2022_dictionary.csv"]) {
      const shipped = readFileSync(
        join(root, "packages/data/sets/ospo-survey-2022-organisations", file),
        "utf8",
      );
      expect(readFileSync(join(out, "tidy", file), "utf8") === shipped, file).toBe(true);
    }
  });

  it("post-stratifies to the GB enterprise counts R finds: w = N_h / n_h", () => {
    const margins = JSON.parse(readFileSync(join(out, "gb-size-margins.json"), "utf8"));
    expect(margins).toEqual({ size_band: reference.margins });
    const rows = records(readTable(out, "ospo-weighted.csv"));
    expect(rows.length).toBe(reference.rows);
    for (const row of rows)
      close(Number(row.weight), reference.weights[row.size_band!], `weight ${row.size_band}`);
  });

  it("Likert top-2 box by size band and (weighted) by SME matches svyciprop(method = 'logit')", () => {
    for (const [file, key] of [
      ["q4-by-size.csv", "q4Top2BySize"],
      ["q4-sme-weighted.csv", "q4Top2BySmeWeighted"],
    ] as const) {
      const tops = records(readTable(out, file)).filter((r) => r.measure === "top-box");
      expect(tops.length).toBeGreaterThan(0);
      for (const row of tops) {
        const want = reference[key][row.item!][row.by!];
        expect(Number(row.n), `${row.item} ${row.by}`).toBe(want.n);
        close(Number(row.proportion), want.proportion, `${file} ${row.item} ${row.by} proportion`);
        close(Number(row.se), want.se, `${file} ${row.item} ${row.by} se`);
        closeInterval([Number(row.ci_low), Number(row.ci_high)], want, `${file} ${row.item} ${row.by}`);
      }
    }
  });

  it("the cross-tab's Rao-Scott tests match svychisq, unweighted and weighted", () => {
    for (const [file, key] of [
      ["ospo-by-size.csv", "ospoBySizeUnweighted"],
      ["ospo-by-size-weighted.csv", "ospoBySizeWeighted"],
    ] as const) {
      const [row] = records(readTable(out, file));
      const want = reference[key];
      for (const [column, name] of [
        ["f", "f"],
        ["ndf", "ndf"],
        ["ddf", "ddf"],
        ["p_value", "pF"],
        ["chisq", "chisq"],
        ["p_chisq", "pChisq"],
      ] as const) {
        close(Number(row![column]), want[name], `${file} ${column}`);
      }
    }
  });

  it("the SME share with an open source program matches svyciprop, unweighted and weighted", () => {
    for (const [file, key] of [
      ["ospo-sme-unweighted.csv", "ospoSmeUnweighted"],
      ["ospo-sme-weighted.csv", "ospoSmeWeighted"],
    ] as const) {
      const row = records(readTable(out, file)).find((r) => r.by === "sme" && r.category === "yes")!;
      const want = reference[key];
      expect(Number(row.n)).toBe(want.n);
      close(Number(row.proportion), want.proportion, `${file} proportion`);
      close(Number(row.se), want.se, `${file} se`);
      closeInterval([Number(row.ci_low), Number(row.ci_high)], want, file);
    }
  });

  it("draws the committed chart: one bar per item x group, segments summing to 100%, source line", () => {
    const svg = readFileSync(join(out, "q4-by-size.svg"), "utf8");
    expect(svg === readFileSync(join(root, "docs/examples/ospo-2022/q4-by-size.svg"), "utf8")).toBe(true);
    const bars = [
      ...svg.matchAll(/<g class="bar" data-item="([^"]+)" data-group="([^"]*)"[^>]*>([\s\S]*?)<\/g>/g),
    ];
    const keys = bars.map((bar) => `${bar[1]} ${bar[2]}`);
    const expected = [1, 2, 3, 4, 5, 6, 7].flatMap((k) =>
      ["1-49", "50-249", "250+"].map((g) => `q4_${k} ${g}`),
    );
    expect(keys).toEqual(expected);
    for (const bar of bars) {
      const shares = [...bar[3]!.matchAll(/data-share="([^"]+)"/g)].map((m) => Number(m[1]));
      expect(shares.length).toBe(4);
      expect(Math.abs(shares.reduce((s, x) => s + x, 0) - 1)).toBeLessThanOrEqual(1e-9);
    }
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img" aria-labelledby="likert-title likert-desc"/,
    );
    expect(svg).toContain(
      '<title id="likert-title">How often does your organisation do these activities? By organisation size</title>',
    );
    expect(svg).toContain('<desc id="likert-desc">Diverging stacked bar chart of 21 bars');
    expect(svg).toContain(
      '<text class="source" x="16" y="824" font-size="11" fill="#444444">Source: OSPO Survey 2022, TODO Group and Linux Foundation Research (github.com/todogroup/osposurvey), CC BY-SA 4.0.</text>',
    );
    expect(svg).toContain('class="axis-zero" x1="453" x2="453"');
  });
});

describe("survey likert and crosstab: usage and data errors", () => {
  const responses = "packages/data/sets/ospo-survey-2022-organisations/ospo_2022_organisations.csv";
  const firstLine = async (args: readonly string[], code: number) => {
    const result = await smartspec(args, { cwd: work });
    expect(result.code, result.stderr).toBe(code);
    return result.stderr.split("\n")[0];
  };

  it("names the file, line and column of an answer that is not on the scale (exit 1)", async () => {
    writeFileSync(join(work, "bad-code.csv"), "id,q\n1,1\n2,7\n");
    expect(
      await firstLine(
        [
          "survey",
          "likert",
          "--data",
          "bad-code.csv",
          "--items",
          "q",
          "--labels",
          "1=No,2=Yes",
          "--out",
          "x.csv",
        ],
        1,
      ),
    ).toBe(
      'smartspec: bad-code.csv, line 3, column "q": "7" is not on the scale (1, 2); list every answer code in --labels.',
    );
  });

  it("names a missing column with the file's header (exit 1)", async () => {
    expect(
      await firstLine(
        ["survey", "crosstab", "--data", responses, "--row", "ospo", "--col", "size", "--out", "x.csv"],
        1,
      ),
    ).toContain(
      `smartspec: ${responses}, line 1: no column "size" (the --col column); the header has "respondent_id",`,
    );
  });

  it("rejects --data with --dataset, an unknown data set and a bad --labels entry (exit 2)", async () => {
    expect(
      await firstLine(
        [
          "survey",
          "likert",
          "--data",
          responses,
          "--dataset",
          "ospo-survey-2022",
          "--items",
          "q4_1",
          "--out",
          "x.csv",
        ],
        2,
      ),
    ).toBe("smartspec survey likert: give --data FILE.csv or --dataset ID, not both");
    expect(
      await firstLine(
        ["survey", "crosstab", "--dataset", "uk-bres-itl2", "--row", "a", "--col", "b", "--out", "x.csv"],
        2,
      ),
    ).toBe(
      "smartspec survey crosstab: --dataset uk-bres-itl2: not a bundled survey data set; bundled: ospo-survey-2022",
    );
    expect(
      await firstLine(
        [
          "survey",
          "likert",
          "--dataset",
          "ospo-survey-2022",
          "--items",
          "q4_1",
          "--labels",
          "1=Never,2",
          "--out",
          "x.csv",
        ],
        2,
      ),
    ).toBe('smartspec survey likert: --labels entries are CODE=LABEL, e.g. "1=Never" (got "2")');
    expect(
      await firstLine(
        ["survey", "crosstab", "--dataset", "ospo-survey-2022", "--row", "ospo", "--out", "x.csv"],
        2,
      ),
    ).toBe("smartspec survey crosstab: missing --col");
  });

  it("a one-level table is a data error; --help prints the usage (exit 0)", async () => {
    writeFileSync(join(work, "one-level.csv"), "a,b\nx,1\nx,2\n");
    expect(
      await firstLine(
        ["survey", "crosstab", "--data", "one-level.csv", "--row", "a", "--col", "b", "--out", "x.csv"],
        1,
      ),
    ).toBe("smartspec: one-level.csv: the table needs at least two levels each way (has 1 x 2).");
    for (const name of ["likert", "crosstab"]) {
      const help = await smartspec(["survey", name, "--help"], { cwd: work });
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(
        new RegExp(`^Usage: smartspec survey ${name} \\(--data FILE.csv \\| --dataset ID\\)`),
      );
    }
  });
});
