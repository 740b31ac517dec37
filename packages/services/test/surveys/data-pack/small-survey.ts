// A three-question survey small enough to write its CSV by hand: a single choice with "other", a
// Likert item with "don't know", and a text question, answered by three respondents whose text
// needs quoting (comma, quote, line break) and guarding against spreadsheet formulas.
import { surveyDataset, validateInstrument } from "@smartspec/domain";

const json = {
  settings: { title: "Small survey" },
  pages: [
    {
      name: "p1",
      elements: [
        {
          type: "single-choice",
          name: "size",
          title: "Size?",
          choices: [
            { value: "micro", label: "Micro, 0-9" },
            { value: "small", label: "Small" },
          ],
          other: { label: "Other" },
        },
        {
          type: "likert",
          name: "agree",
          title: "Agree?",
          scale: {
            points: [
              { value: 1, label: "No" },
              { value: 2, label: "Yes" },
            ],
            nonSubstantive: [{ value: "dk", label: "Don't know" }],
          },
        },
        { type: "text", name: "note", title: "Note" },
      ],
    },
  ],
};

const checked = validateInstrument(json);
if (!checked.ok) throw new Error(JSON.stringify(checked.problems));

export const smallDataset = surveyDataset(
  checked.instrument,
  [
    { size: "micro", agree: 2, note: 'He said "yes", twice' },
    { size: "other", "size-Comment": "=HYPERLINK(1)", agree: "dk", note: "line one\nline two" },
    { agree: 1, note: "-5 staff" },
  ],
  { weights: [1.5, 2, 0.25], completed: ["2026-03-02", null, "2026-03-04T23:59:59Z"] },
);
