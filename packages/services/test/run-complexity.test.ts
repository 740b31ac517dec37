// runComplexity releases the long table's records once the panel is built: the host's collector is
// called there, before the engine's first stage, and errors raised later still name the file.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runComplexity } from "../src/complexity/run-complexity.ts";
import { InputError } from "../src/input/input-error.ts";
import { tempFolder } from "./temp-files.ts";

const { dir, file } = tempFolder("run-complexity");
const columns = { region: "region", activity: "activity", value: "value" };

describe("runComplexity", () => {
  it("asks the host to collect garbage once, after the panel and before the engine's first stage", async () => {
    // A 3 x 3 table, every region and activity non-zero.
    const path = file(
      "long.csv",
      "region,activity,value\nA,x,10\nA,y,5\nA,z,1\nB,x,2\nB,y,8\nB,z,4\nC,x,1\nC,y,1\nC,z,9\n",
    );
    const events: string[] = [];
    const result = await runComplexity({
      input: { path, label: "long.csv", columns },
      outDir: join(dir, "out"),
      onStage: (stage, phase) => events.push(`${stage}:${phase}`),
      collectGarbage: () => events.push("collect"),
    });
    expect(events.filter((e) => e === "collect")).toHaveLength(1);
    const at = events.indexOf("collect");
    expect(events.slice(at - 1, at + 2)).toEqual(["panel:end", "collect", "matrix:start"]);
    // The input facts recorded at read time are in meta.json.
    const meta = JSON.parse(readFileSync(join(result.outDir, "meta.json"), "utf8"));
    expect(meta.input).toMatchObject({ file: "long.csv", rows: 9, gzip: false, delimiter: "," });
    expect(meta.input.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("still names the file in an error the engine raises after the records are released", async () => {
    const path = file("one-region.csv", "region,activity,value\nA,x,10\nA,y,5\n");
    const run = runComplexity({
      input: { path, label: "one-region.csv", columns },
      outDir: join(dir, "out-one"),
      collectGarbage: () => {},
    });
    await expect(run).rejects.toBeInstanceOf(InputError);
    await expect(run).rejects.toThrow(
      "one-region.csv: Complexity needs at least 2 regions with a non-zero value; the input has 1 (of 1 regions).",
    );
  });
});
