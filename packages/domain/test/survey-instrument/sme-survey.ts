// The worked case as an instrument fixture: a facility surveys SMEs about the benefits they
// expect, association with a global manufacturer, awareness of the facility, size band and sector.
// It uses every element type, skip logic on a question and a page, enableIf, random order with
// other / none, and a split ballot (two wordings of the overall-value question).
import { type Instrument, validateInstrument } from "../../src/index.ts";

/** The fixture validated (throws if it is not valid, which the tests would then show). */
export function smeSurvey(): Instrument {
  const result = validateInstrument(smeSurveyJson);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.instrument;
}

export const smeSurveyJson = {
  settings: {
    title: "SME expectations of the Advanced Manufacturing Facility",
    description: "About ten minutes. Answers are used only in aggregate.",
    splitBallot: { variants: ["A", "B"], seed: "sme-2026" },
  },
  pages: [
    {
      name: "about",
      title: "About your business",
      elements: [
        {
          type: "note",
          name: "intro",
          text: "Thank you for taking part. Questions marked * need an answer.",
        },
        {
          type: "single-choice",
          name: "size_band",
          title: "How many people does your business employ?",
          required: true,
          choices: [
            { value: "micro", label: "0-9" },
            { value: "small", label: "10-49" },
            { value: "medium", label: "50-249" },
            { value: "large", label: "250 or more" },
          ],
        },
        {
          type: "single-choice",
          name: "sector",
          title: "What is your main sector?",
          display: "dropdown",
          required: true,
          choices: [
            { value: "manufacturing", label: "Manufacturing" },
            { value: "services", label: "Business services" },
            { value: "construction", label: "Construction" },
          ],
          other: { label: "Another sector" },
        },
        {
          type: "number",
          name: "employees",
          title: "Exactly how many employees?",
          description: "Full-time equivalents; leave blank if unsure.",
          integer: true,
          min: 0,
          max: 249,
          visibleIf: "{size_band} != 'large'",
        },
      ],
    },
    {
      name: "links",
      title: "Links and awareness",
      elements: [
        {
          type: "single-choice",
          name: "global_link",
          title: "Is your business associated with a global manufacturer (supplier, partner or subsidiary)?",
          required: true,
          choices: [
            { value: "yes", label: "Yes" },
            { value: "no", label: "No" },
          ],
          none: { label: "Don't know" },
        },
        {
          type: "text",
          name: "global_name",
          title: "Which manufacturer?",
          maxLength: 200,
          visibleIf: "{global_link} = 'yes'",
        },
        {
          type: "likert",
          name: "aware",
          title: "How familiar are you with the facility and what it offers?",
          required: true,
          scale: {
            points: [
              { value: 1, label: "Never heard of it" },
              { value: 2, label: "Heard the name only" },
              { value: 3, label: "Know a little" },
              { value: 4, label: "Know it well" },
              { value: 5, label: "Have used it" },
            ],
            nonSubstantive: [{ value: "dont_know", label: "Not sure" }],
          },
        },
      ],
    },
    {
      name: "benefits_page",
      title: "Expected benefits",
      visibleIf: "{aware} > 1",
      elements: [
        {
          type: "multiple-choice",
          name: "benefits",
          title: "Which benefits do you expect from working with the facility?",
          required: true,
          choiceOrder: "random",
          choices: [
            { value: "new_tech", label: "Information on new technology" },
            { value: "contacts", label: "Contacts" },
            { value: "supply_chain", label: "Supply-chain links" },
            { value: "image", label: "Company image" },
            { value: "funding", label: "Funding" },
          ],
          other: { label: "Something else" },
          none: { label: "None of these" },
        },
        {
          type: "ranking",
          name: "barriers",
          title: "Rank these barriers to working with the facility, biggest first",
          choiceOrder: "random",
          visibleIf: "not ({benefits} contains 'none')",
          choices: [
            { value: "cost", label: "Cost" },
            { value: "time", label: "Staff time" },
            { value: "distance", label: "Distance" },
          ],
        },
        {
          type: "matrix",
          name: "expectations",
          title: "Over the next three years, working with the facility will improve our...",
          required: true,
          rows: [
            { value: "productivity", label: "Productivity" },
            { value: "exports", label: "Exports" },
            { value: "innovation", label: "Innovation" },
          ],
          scale: {
            points: [
              { value: 1, label: "Strongly disagree" },
              { value: 2, label: "Disagree" },
              { value: 3, label: "Neither" },
              { value: 4, label: "Agree" },
              { value: 5, label: "Strongly agree" },
            ],
            nonSubstantive: [{ value: "na", label: "Not applicable" }],
          },
        },
        {
          type: "rating",
          name: "value_a",
          title: "How valuable would the facility be to your business?",
          min: 0,
          max: 10,
          minLabel: "Not at all",
          maxLabel: "Extremely",
          variants: ["A"],
        },
        {
          type: "rating",
          name: "value_b",
          title: "How much would your business gain from the facility?",
          min: 0,
          max: 10,
          variants: ["B"],
        },
        {
          type: "text",
          name: "comments",
          title: "Anything else you would like the facility to offer?",
          multiline: true,
          maxLength: 2000,
          enableIf: "{benefits} notempty and not ({benefits} contains 'none')",
        },
      ],
    },
  ],
};
