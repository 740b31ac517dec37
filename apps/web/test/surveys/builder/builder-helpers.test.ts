// The instrument builder's pure helpers: names stay unique, choice values stay stable, the
// condition builder writes exactly the expression text, and problem paths become words and ids.
// Expected values are written out by hand from the rules in the helpers' doc comments.
import { type Instrument, toSurveyJs, validateInstrument } from "@smartspec/domain";
import { describe, expect, it } from "vitest";
import {
  choiceValueFor,
  nextFreeName,
  takenNames,
} from "../../../src/surveys/owner/builder/builder-names.ts";
import {
  describeProblemPath,
  fieldId,
  problemTargets,
} from "../../../src/surveys/owner/builder/builder-paths.ts";
import { addChoice, addScalePoint, relabelChoice } from "../../../src/surveys/owner/builder/choice-edits.ts";
import {
  combineConditions,
  conditionText,
  operatorsFor,
} from "../../../src/surveys/owner/builder/condition-text.ts";
import {
  addElement,
  addPage,
  deleteElement,
  deletePage,
  moveElement,
  moveElementToPage,
  movePage,
  renameElement,
  renamePage,
  updateElement,
} from "../../../src/surveys/owner/builder/instrument-edits.ts";
import { moveItem } from "../../../src/surveys/owner/builder/list-edits.ts";
import { renameInExpression } from "../../../src/surveys/owner/builder/rename-references.ts";
import { starterInstrument } from "../../../src/surveys/owner/builder/starter-instrument.ts";

/** Freezes every object and array inside `value`, so an edit that mutates its input throws. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const names = (instrument: Instrument) =>
  instrument.pages.map((p) => [p.name, ...p.elements.map((e) => e.name)]);

/** Two pages: page1 [q1 size (single choice), q2 staff (number)], page2 [q3 (text)]. */
function sample(): Instrument {
  let built = addElement(starterInstrument("SME survey"), 0, "single-choice").instrument;
  built = addElement(built, 0, "number").instrument;
  built = addPage(built).instrument;
  built = addElement(built, 1, "text").instrument;
  return deepFreeze(built);
}

describe("nextFreeName and choiceValueFor", () => {
  it("takes the smallest free number", () => {
    expect(nextFreeName(new Set(["q1", "q2", "q4"]), "q")).toBe("q3");
    expect(nextFreeName(new Set(), "page")).toBe("page1");
  });

  it("makes a value from a label once: lower case, _ for other characters, unique, never other/none", () => {
    expect(choiceValueFor("Web site", new Set())).toBe("web_site");
    expect(choiceValueFor("Café & Bar", new Set())).toBe("cafe_bar");
    expect(choiceValueFor("Skills", new Set(["skills"]))).toBe("skills_2");
    expect(choiceValueFor("Skills", new Set(["skills", "skills_2"]))).toBe("skills_3");
    expect(choiceValueFor("Other", new Set())).toBe("other_2");
    expect(choiceValueFor("None", new Set())).toBe("none_2");
    expect(choiceValueFor("€€", new Set(["choice_1"]))).toBe("choice_2");
    expect(choiceValueFor("10-49 employees", new Set())).toBe("10_49_employees");
  });
});

describe("choice edits", () => {
  it("keeps a choice's value when it is relabelled, and adds unique values", () => {
    const choices = deepFreeze(addChoice(addChoice([], "Web site"), "Events"));
    expect(choices).toEqual([
      { value: "web_site", label: "Web site" },
      { value: "events", label: "Events" },
    ]);
    expect(relabelChoice(choices, 0, "Our web site")).toEqual([
      { value: "web_site", label: "Our web site" },
      { value: "events", label: "Events" },
    ]);
    expect(addChoice(choices, "Events").at(-1)).toEqual({ value: "events_2", label: "Events" });
    expect(addChoice([], "Don't know", "code", ["1", "2"]).at(-1)).toEqual({
      value: "don_t_know",
      label: "Don't know",
    });
  });

  it("numbers a new scale point one above the highest", () => {
    expect(
      addScalePoint(
        [
          { value: 1, label: "Low" },
          { value: 5, label: "High" },
        ],
        "",
      ),
    ).toEqual([
      { value: 1, label: "Low" },
      { value: 5, label: "High" },
      { value: 6, label: "" },
    ]);
    expect(addScalePoint([], "First")).toEqual([{ value: 1, label: "First" }]);
  });

  it("moves list items without changing the input", () => {
    const list = deepFreeze(["a", "b", "c"]);
    expect(moveItem(list, 2, 0)).toEqual(["c", "a", "b"]);
    expect(moveItem(list, 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveItem(list, 0, -1)).toEqual(["a", "b", "c"]);
  });
});

describe("page and question edits", () => {
  it("names new questions and pages with the first free name, shared between pages and questions", () => {
    expect(names(sample())).toEqual([
      ["page1", "q1", "q2"],
      ["page2", "q3"],
    ]);
    const withoutFirst = deleteElement(sample(), { page: 0, element: 0 });
    expect(names(withoutFirst)).toEqual([
      ["page1", "q2"],
      ["page2", "q3"],
    ]);
    const readded = addElement(withoutFirst, 1, "note");
    expect(readded.at).toEqual({ page: 1, element: 1 });
    expect(names(readded.instrument)).toEqual([
      ["page1", "q2"],
      ["page2", "q3", "note1"],
    ]);
    expect(names(addElement(withoutFirst, 1, "likert").instrument)[1]).toEqual(["page2", "q3", "q1"]);
  });

  it("moves a question within its page, across the page boundary, and to another page", () => {
    const down = moveElement(sample(), { page: 0, element: 0 }, 1);
    expect(names(down.instrument)).toEqual([
      ["page1", "q2", "q1"],
      ["page2", "q3"],
    ]);
    expect(down.at).toEqual({ page: 0, element: 1 });
    const over = moveElement(sample(), { page: 0, element: 1 }, 1);
    expect(names(over.instrument)).toEqual([
      ["page1", "q1"],
      ["page2", "q2", "q3"],
    ]);
    expect(over.at).toEqual({ page: 1, element: 0 });
    const back = moveElement(sample(), { page: 1, element: 0 }, -1);
    expect(names(back.instrument)).toEqual([["page1", "q1", "q2", "q3"], ["page2"]]);
    expect(back.at).toEqual({ page: 0, element: 2 });
    const stays = moveElement(sample(), { page: 0, element: 0 }, -1);
    expect(stays.at).toEqual({ page: 0, element: 0 });
    const moved = moveElementToPage(sample(), { page: 0, element: 0 }, 1);
    expect(names(moved.instrument)).toEqual([
      ["page1", "q2"],
      ["page2", "q3", "q1"],
    ]);
    expect(moved.at).toEqual({ page: 1, element: 1 });
  });

  it("moves and deletes pages but never the last one", () => {
    const moved = movePage(sample(), 1, -1);
    expect(names(moved.instrument)).toEqual([
      ["page2", "q3"],
      ["page1", "q1", "q2"],
    ]);
    expect(moved.at).toBe(0);
    expect(names(deletePage(sample(), 0))).toEqual([["page2", "q3"]]);
    const single = starterInstrument("One page");
    expect(deletePage(single, 0)).toBe(single);
  });

  it("refuses a rename to a used or malformed name and carries logic along on a good one", () => {
    const withLogic = deepFreeze(
      updateElement(sample(), { page: 1, element: 0 }, (e) => ({
        ...e,
        visibleIf: "{q1} = 'micro' and {q2}>=10",
      })),
    );
    expect(renameElement(withLogic, { page: 0, element: 0 }, "q2")).toEqual({
      ok: false,
      message: '"q2" is already the name of another question or page.',
    });
    expect(renameElement(withLogic, { page: 0, element: 0 }, "page2")).toMatchObject({ ok: false });
    expect(renameElement(withLogic, { page: 0, element: 0 }, "2size")).toEqual({
      ok: false,
      message: "Use a letter, then up to 63 letters, digits or _ (no spaces).",
    });
    const renamed = renameElement(withLogic, { page: 0, element: 0 }, "size");
    if (!renamed.ok) throw new Error(renamed.message);
    expect(names(renamed.instrument)).toEqual([
      ["page1", "size", "q2"],
      ["page2", "q3"],
    ]);
    expect(renamed.instrument.pages[1]?.elements[0]?.visibleIf).toBe("{size} = 'micro' and {q2} >= 10");
    expect(renamePage(withLogic, 1, "q1")).toMatchObject({ ok: false });
    expect(renamePage(withLogic, 1, "views")).toMatchObject({ ok: true });
  });

  it("renames references only where the expression uses the question", () => {
    expect(renameInExpression("{size} = 'micro'", "size", "band")).toBe("{band} = 'micro'");
    expect(renameInExpression("{sizes}   = 'size'", "size", "band")).toBe("{sizes}   = 'size'");
    expect(renameInExpression("{size} = ", "size", "band")).toBe("{size} = ");
    expect(renameInExpression(undefined, "size", "band")).toBeUndefined();
  });
});

describe("the condition builder", () => {
  it("writes exactly the expression text validation and SurveyJS read", () => {
    expect(conditionText({ question: "size", operator: "=", value: "micro" })).toBe("{size} = 'micro'");
    expect(conditionText({ question: "staff", operator: ">=", value: 10 })).toBe("{staff} >= 10");
    expect(conditionText({ question: "channels", operator: "contains", value: "web" })).toBe(
      "{channels} contains 'web'",
    );
    expect(conditionText({ question: "comments", operator: "notempty" })).toBe("{comments} notempty");
    expect(conditionText({ question: "aware", operator: "!=", value: "dont_know" })).toBe(
      "{aware} != 'dont_know'",
    );
    expect(conditionText({ question: "name", operator: "=", value: "O'Neil" })).toBe(`{name} = "O'Neil"`);
  });

  it("joins conditions with the parentheses precedence needs", () => {
    expect(combineConditions(undefined, "{a} = 'x'", "and")).toBe("{a} = 'x'");
    expect(combineConditions("{a} = 'x'", "{b} > 3", "and")).toBe("{a} = 'x' and {b} > 3");
    expect(combineConditions("{a} = 'x' or {b} = 'y'", "{c} > 3", "and")).toBe(
      "({a} = 'x' or {b} = 'y') and {c} > 3",
    );
    expect(combineConditions("{a} = 'x' and {b} = 'y'", "{c} > 3", "or")).toBe(
      "{a} = 'x' and {b} = 'y' or {c} > 3",
    );
    expect(combineConditions("{a} = ", "{c} > 3", "or")).toBe("{a} =  or {c} > 3");
  });

  it("offers operators that fit the question type", () => {
    const [single, number, text] = sample().pages.flatMap((p) => p.elements);
    expect(operatorsFor(single!)).toEqual(["=", "!=", "notempty", "empty"]);
    expect(operatorsFor(number!)).toEqual(["=", "!=", "<", "<=", ">", ">=", "notempty", "empty"]);
    expect(operatorsFor(text!)).toEqual(["notempty", "empty"]);
  });
});

describe("problem paths", () => {
  const instrument = sample();

  it("names each field's id after its path and falls back to enclosing groups", () => {
    expect(fieldId(["pages", 0, "elements", 2, "choices", 1, "value"])).toBe(
      "builder-pages-0-elements-2-choices-1-value",
    );
    expect(problemTargets(["pages", 0, "elements"])).toEqual([
      "builder-pages-0-elements",
      "builder-pages-0",
      "builder-pages",
    ]);
  });

  it("says where a problem is in words", () => {
    expect(describeProblemPath(instrument, ["pages", 0, "elements", 0, "choices"])).toBe(
      "Page 1 (page1), question 1 (q1): choices",
    );
    expect(describeProblemPath(instrument, ["pages", 0, "elements", 1, "choices", 1, "value"])).toBe(
      "Page 1 (page1), question 2 (q2): choice 2, value",
    );
    expect(describeProblemPath(instrument, ["pages", 1, "elements", 0, "scale", "points", 0, "label"])).toBe(
      "Page 2 (page2), question 1 (q3): scale point 1, label",
    );
    expect(describeProblemPath(instrument, ["pages", 1, "visibleIf"])).toBe("Page 2 (page2): show only if");
    expect(describeProblemPath(instrument, ["settings", "title"])).toBe("Survey title");
    expect(describeProblemPath(instrument, ["settings", "splitBallot", "variants", 1])).toBe(
      "Split ballot: shown to variants 2",
    );
  });
});

describe("an instrument built with the helpers", () => {
  it("passes validateInstrument once the author has filled it in, and converts to SurveyJS", () => {
    let built = sample();
    built = updateElement(built, { page: 0, element: 0 }, (e) =>
      e.type === "single-choice"
        ? {
            ...e,
            title: "Size",
            choices: addChoice(addChoice([], "Micro"), "Small"),
            choiceOrder: "random",
            other: { label: "Other" },
          }
        : e,
    );
    built = updateElement(built, { page: 0, element: 1 }, (e) => ({ ...e, title: "Staff" }));
    built = updateElement(built, { page: 1, element: 0 }, (e) => ({
      ...e,
      title: "Why?",
      visibleIf: conditionText({ question: "q1", operator: "=", value: "micro" }),
    }));
    const checked = validateInstrument(built);
    expect(checked.ok).toBe(true);
    const json = toSurveyJs(built) as { pages: { elements: Record<string, unknown>[] }[] };
    expect(json.pages[0]?.elements[0]).toMatchObject({
      type: "radiogroup",
      name: "q1",
      choices: [
        { value: "micro", text: "Micro" },
        { value: "small", text: "Small" },
      ],
      choicesOrder: "random",
      showOtherItem: true,
    });
    expect(json.pages[1]?.elements[0]).toMatchObject({
      type: "text",
      name: "q3",
      visibleIf: "{q1} = 'micro'",
    });
  });

  it("gets the problems of a new empty question at paths the builder has fields for", () => {
    const checked = validateInstrument(sample());
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.map((p) => fieldId(p.path))).toEqual([
      "builder-pages-0-elements-0-title",
      "builder-pages-0-elements-0-choices",
      "builder-pages-0-elements-1-title",
      "builder-pages-1-elements-0-title",
    ]);
    expect(takenNames(sample())).toEqual(new Set(["page1", "q1", "q2", "page2", "q3"]));
  });
});
