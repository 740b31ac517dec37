// businessPopulationMargins against numbers read by hand from the bundled file
// packages/data/sets/uk-business-counts-gb-sic5-sizeband/ukbc_enterprises_gb_sic5_sizeband_2016_2022.csv.gz:
// sums of COUNT over the rows with DATE 2022 (zcat | python csv.DictReader, summed per
// EMPLOYMENT_SIZEBAND_NAME, or per division and band).
import { describe, expect, it } from "vitest";
import { businessPopulationMargins } from "../../../src/surveys/population/business-population-margins.ts";
import { sicCodeAt } from "../../../src/surveys/population/sic-section.ts";
import { frameSizeBand } from "../../../src/surveys/population/size-bands.ts";

describe("businessPopulationMargins (GB enterprises, UK Business Counts)", () => {
  const margins = businessPopulationMargins({ year: 2022 });

  it("sums the nine Nomis bands of 2022 into micro, small, medium and large", () => {
    // 0 to 4: 2,101,440; 5 to 9: 304,965; 10 to 19: 151,395; 20 to 49: 80,845; 50 to 99: 26,205;
    // 100 to 249: 14,345; 250 to 499: 4,820; 500 to 999: 2,485; 1000+: 2,570.
    expect(margins.bySizeBand).toEqual({
      micro: 2101440 + 304965,
      small: 151395 + 80845,
      medium: 26205 + 14345,
      large: 4820 + 2485 + 2570,
    });
    expect(margins.total).toBe(2689070);
    expect(margins.sizeBandMapping.text).toBe(
      "0 to 4, 5 to 9 -> micro (0-9); 10 to 19, 20 to 49 -> small (10-49); 50 to 99, 100 to 249 -> medium (50-249); 250 to 499, 500 to 999, 1000+ -> large (250+)",
    );
  });

  it("rolls subclasses up to sections: manufacturing (C) is divisions 10-33", () => {
    // Divisions 10-33 in 2022 by Nomis band: 86,745; 19,335; 11,720; 8,865; 3,705; 2,090; 610; 200; 155.
    expect(margins.joint.C).toEqual({
      micro: 86745 + 19335,
      small: 11720 + 8865,
      medium: 3705 + 2090,
      large: 610 + 200 + 155,
    });
    expect(margins.bySic.C).toBe(133425);
    expect(Object.keys(margins.bySic)).toEqual("ABCDEFGHIJKLMNOPQRSTU".split(""));
    const sectionSum = Object.values(margins.bySic).reduce((s, v) => s + v, 0);
    expect(sectionSum).toBe(margins.total);
  });

  it("rolls up to divisions: 30300 aircraft is part of division 30", () => {
    const divisions = businessPopulationMargins({ year: 2022, sicLevel: "division" });
    // Large (250+) firms of division 30 in 2022: 30110: 5 + 0 + 5; 30120: 5 + 0 + 0; 30300: 15 + 10 + 15;
    // every other subclass of 30 (30200, 30400, 30910, 30920, 30990) has 0 in all three large bands.
    expect(divisions.joint["30"]!.large).toBe(10 + 5 + 40);
    expect(Object.keys(divisions.bySic)).toHaveLength(88);
    expect(divisions.total).toBe(margins.total);
  });

  it("states source, licence and attribution, and refuses a year the table lacks", () => {
    expect(margins.source).toBe(
      "Enterprises in Great Britain by SIC 2007 subclass and size band (9 bands), 2016-2022 (uk-business-counts-gb-sic5-sizeband)",
    );
    expect(margins.licence).toBe("Open Government Licence v3.0 (Crown copyright)");
    expect(margins.attribution).toBe(
      "Source: Office for National Statistics (UK Business Counts), licensed under the Open Government Licence v3.0.",
    );
    expect(businessPopulationMargins().year).toBe(2022);
    expect(() => businessPopulationMargins({ year: 2015 })).toThrow(
      "year: the business counts cover 2016-2022, not 2015",
    );
  });
});

describe("reading the frame's fields", () => {
  it("reads size-band labels in the usual forms, and not a band that spans two", () => {
    const read = [
      "0-9",
      "0 to 9",
      "Micro",
      "Micro (0 to 9)",
      "10–49",
      "Medium-sized",
      "250+",
      "Large",
      "1-49",
      "",
      null,
    ];
    expect(read.map((l) => frameSizeBand(l) ?? null)).toEqual([
      "micro",
      "micro",
      "micro",
      "micro",
      "small",
      "medium",
      "large",
      "large",
      null,
      null,
      null,
    ]);
    expect(frameSizeBand("SME-S", { "SME-S": "small" })).toBe("small");
  });

  it("places SIC codes written in any form in their section", () => {
    expect(
      ["30.30", "3030", "30300", "29", "c", "71.12/1", "99999", "x"].map(
        (c) => sicCodeAt(c, "section") ?? null,
      ),
    ).toEqual(["C", "C", "C", "C", "C", "M", null, null]);
    expect(sicCodeAt("29.10", "division")).toBe("29");
  });
});
