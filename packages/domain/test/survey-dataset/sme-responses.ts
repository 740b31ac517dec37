// Three responses to the SME fixture instrument (../survey-instrument/sme-survey.ts), written by
// hand to touch every mapping: "other" with its text, "none", a "don't know" Likert answer, a
// "not applicable" matrix cell, a ranking, both split-ballot ratings, non-ASCII text and a
// question the respondent never saw.
export const smeResponses = [
  {
    size_band: "micro",
    sector: "other",
    "sector-Comment": "Agri-tech",
    employees: 5,
    global_link: "yes",
    global_name: "Siemens",
    aware: 4,
    benefits: ["new_tech", "other"],
    "benefits-Comment": "Training",
    barriers: ["time", "cost", "distance"],
    expectations: { productivity: 4, exports: "na", innovation: 5 },
    value_a: 7,
    comments: 'Café, "quotes"\nand a new line',
  },
  { size_band: "large", sector: "services", global_link: "none", aware: "dont_know" },
  {
    size_band: "small",
    sector: "manufacturing",
    employees: "20",
    global_link: "no",
    aware: 2,
    benefits: ["none"],
    expectations: { productivity: 1, exports: 2, innovation: 3 },
    value_b: 3,
  },
] as const;

export const smeDesign = {
  caseIds: ["c-001", "c-002", "c-003"],
  variants: ["A", "A", "B"],
  completed: ["2026-03-02T17:45:12.000Z", "2026-03-03", null],
  strata: ["micro", "large", "small"],
  fpc: [900, 53, 150],
  weights: [450, 53, 37.5],
};
