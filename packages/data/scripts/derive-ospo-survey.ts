// Builds the tidy respondent file of the OSPO Survey 2022 from the shipped raw file:
//   npx tsx packages/data/scripts/derive-ospo-survey.ts [--out-dir DIR]
// reads  sets/ospo-survey-2022-organisations/RawData.csv.gz (the publisher's file, unchanged)
// writes sets/ospo-survey-2022-organisations/ospo_2022_organisations.csv (one row per kept
//        respondent) and ospo_2022_dictionary.csv (what each column holds).
// The rules are the publisher's FilteringCriteria.csv and the codebook Data-SurveyReferenceModel.csv;
// SOURCE.md in that folder describes them. Output is deterministic: re-running changes no bytes.
// --out-dir writes the two files elsewhere (the example's test compares them with the shipped ones).
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { parseDelimited } from "../src/read/parse-delimited.ts";
import { readBundledBytes } from "../src/read/read-table.ts";
import { setPath } from "../src/sets-path.ts";

const folder = "ospo-survey-2022-organisations";

/** Codebook codes (Data-SurveyReferenceModel.csv) -> the tidy file's readable codes. */
const sizeQ2 = ["under-10", "11-49", "50-249", "250-999", "1000-9999", "10000-19999", "20000+"];
// Under 10 and 11 to 49 -> 1-49 (micro + small), 50 to 249 -> medium, 250 and more -> large.
const sizeBand = ["1-49", "1-49", "50-249", "250+", "250+", "250+", "250+"];
const programQ6 = ["formal", "informal", "planning", "no"];
const regionQ55 = ["africa", "asia-pacific", "europe", "us-canada", "latin-america", "dont-know"];
// "Filter Criteria for Multiple Entries for Organization": 2 and 4 are secondary entries, filtered out.
const keptEntries = new Set(["0", "1", "3"]);

type Column = {
  readonly name: string;
  readonly source: string;
  readonly values: string;
  readonly value: (cell: (source: string) => string) => string;
};

/** A code from 1..labels.length mapped to its label; "" stays "" (not asked or not answered). */
function coded(labels: readonly string[], code: string, where: string): string {
  if (code === "") return "";
  const label = labels[Number(code) - 1];
  if (label === undefined || !/^\d+$/.test(code)) throw new Error(`${where}: unexpected code "${code}"`);
  return label;
}

function columns(): Column[] {
  const likert = "1=Never; 2=Rarely; 3=Sometimes; 4=Frequently; 5=Don't know";
  const yesNo = "1=Yes; 2=No; 3=Don't know";
  const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  return [
    {
      name: "respondent_id",
      source: "Respondent ID",
      values: "as published",
      value: (c) => c("Respondent ID"),
    },
    { name: "language", source: "Language", values: "en, ja, zh-tw", value: (c) => c("Language") },
    {
      name: "size_q2",
      source: "Q2",
      values: sizeQ2.join("; "),
      value: (c) => coded(sizeQ2, c("Q2"), "Q2"),
    },
    {
      name: "size_band",
      source: "Q2",
      values: "1-49 (Q2 under-10, 11-49); 50-249; 250+ (Q2 250-999 and larger)",
      value: (c) => coded(sizeBand, c("Q2"), "Q2"),
    },
    {
      name: "sme",
      source: "Q2",
      values: "sme (fewer than 250 people); large (250+)",
      value: (c) => (coded(sizeBand, c("Q2"), "Q2") === "250+" ? "large" : "sme"),
    },
    ...range(5).map((k) => ({
      name: `q1_${k}`,
      source: `Q1_${k}`,
      values: "1 ticked; 0 not ticked",
      value: (c: (s: string) => string) => (c(`Q1_${k}`) === "" ? "0" : "1"),
    })),
    ...range(7).map((k) => ({
      name: `q4_${k}`,
      source: `Q4_${k}`,
      values: likert,
      value: (c: (s: string) => string) => c(`Q4_${k}`),
    })),
    ...range(6).map((k) => ({
      name: `q5_${k}`,
      source: `Q5_${k}`,
      values: yesNo,
      value: (c: (s: string) => string) => c(`Q5_${k}`),
    })),
    {
      name: "q6",
      source: "Q6",
      values: "formal; informal; planning (no, but planning one); no; empty = not answered",
      value: (c) => coded(programQ6, c("Q6"), "Q6"),
    },
    {
      name: "ospo",
      source: "Q6",
      values: "yes (Q6 formal or informal); no (planning or no); empty = not answered",
      value: (c) => {
        const q6 = coded(programQ6, c("Q6"), "Q6");
        return q6 === "" ? "" : q6 === "formal" || q6 === "informal" ? "yes" : "no";
      },
    },
    {
      name: "industry",
      source: "Q54",
      values: "codes 1-23 of the codebook; empty = not answered",
      value: (c) => c("Q54"),
    },
    {
      name: "hq_region",
      source: "Q55",
      values: `${regionQ55.join("; ")}; empty = not answered`,
      value: (c) => coded(regionQ55, c("Q55"), "Q55"),
    },
  ];
}

function quote(cell: string): string {
  return /[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

const { values } = parseArgs({ options: { "out-dir": { type: "string" } } });
const outDir = values["out-dir"];
if (outDir !== undefined) mkdirSync(resolve(outDir), { recursive: true });

function writeCsv(file: string, rows: readonly (readonly string[])[]): void {
  const path = outDir === undefined ? setPath(folder, file) : join(resolve(outDir), file);
  writeFileSync(path, `${rows.map((row) => row.map(quote).join(",")).join("\n")}\n`);
  console.log(`Wrote ${outDir === undefined ? `${folder}/` : ""}${file}: ${rows.length - 1} rows`);
}

/** "a 3, b 1" in order of first appearance. */
function counts(values: readonly string[]): string {
  const tally = new Map<string, number>();
  for (const value of values) tally.set(value, (tally.get(value) ?? 0) + 1);
  return [...tally].map(([value, count]) => `${value === "" ? "(empty)" : value} ${count}`).join(", ");
}

/** Size codes in size order ("under-10" first, "20000+" last; "sme" before "large"). */
function sizeOrder(code: string): number {
  return code === "under-10" ? 0 : code === "sme" ? 1 : code === "large" ? 2 : Number.parseInt(code, 10);
}

function derive(): void {
  const [codes = [], questions = [], options = [], ...data] = parseDelimited(
    readBundledBytes(setPath(folder, "RawData.csv.gz")).toString("utf8"),
    ",",
  );
  // The first columns have no code in row 1; their names are in row 2.
  const names = codes.map((code, i) => (code.trim() === "" ? questions[i]! : code.trim()));
  const position = (name: string) => {
    const at = names.indexOf(name);
    if (at < 0) throw new Error(`RawData.csv: no column "${name}"`);
    return at;
  };
  const filter = position("Filter Criteria for Multiple Entries for Organization");
  const kept = data.filter((row) => keptEntries.has(row[filter]!));
  console.log(
    `RawData.csv: ${data.length} respondents; "${names[filter]}": ${counts(data.map((row) => row[filter]!).sort())}`,
  );
  console.log(
    `kept (codes 0, 1, 3): ${kept.length}; filtered out (codes 2, 4): ${data.length - kept.length}`,
  );
  // FilteringCriteria.csv also screens out Q1 "Not involved" / "Don't know" and Q2 8 (unemployed,
  // student, retired); the fieldwork already did, so none is left: checked here, not assumed
  // (a Q2 of 8 fails in `coded`).
  const screened = kept.filter((row) => row[position("Q1_0")] !== "" || row[position("Q1_6")] !== "");
  if (screened.length > 0) throw new Error(`${screened.length} kept rows answered Q1 6 or 7`);
  const allNever = kept.filter((row) => [1, 2, 3, 4, 5, 6, 7].every((k) => row[position(`Q4_${k}`)] === "1"));
  console.log(
    `Q1 or Q2 screen-outs left: 0; Q4 "Never" on all seven items: ${allNever.length} (kept: FilteringCriteria.csv does not list it)`,
  );
  const spec = columns();
  const rows = kept.map((row, r) =>
    spec.map((column) =>
      column.value((source) => {
        const cell = row[position(source)];
        if (cell === undefined) throw new Error(`RawData.csv, data row ${r + 1}: no field "${source}"`);
        return cell.trim();
      }),
    ),
  );
  writeCsv("ospo_2022_organisations.csv", [spec.map((c) => c.name), ...rows]);
  for (const name of ["size_q2", "size_band", "sme"]) {
    const at = spec.findIndex((c) => c.name === name);
    console.log(
      `  ${name}: ${counts(rows.map((row) => row[at]!).sort((a, b) => sizeOrder(a) - sizeOrder(b)))}`,
    );
  }
  // The question text is in row 2 of the parent column; each item's text in row 3.
  const question = (source: string) => {
    let at = position(source);
    while (at > 0 && questions[at]!.trim() === "") at--;
    return questions[at]!.trim();
  };
  const item = (source: string) => {
    const text = options[position(source)]!.trim();
    return text === "Response" ? "" : text;
  };
  writeCsv("ospo_2022_dictionary.csv", [
    ["column", "source", "question", "item", "values"],
    ...spec.map((c) => [c.name, c.source, question(c.source), item(c.source), c.values]),
  ]);
}

derive();
