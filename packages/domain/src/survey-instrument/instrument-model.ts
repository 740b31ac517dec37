// The survey instrument model: settings and pages of elements (questions and notes). This is the
// validated, normalised form every other module works on: optional switches are filled in with
// their defaults, so two instruments that mean the same thing serialise to the same canonical JSON.
// How respondents are told about anonymity is a property of fieldwork, not of the instrument.

/** The element types that ask something (every element but the note). */
export const questionTypes = [
  "single-choice",
  "multiple-choice",
  "likert",
  "matrix",
  "rating",
  "number",
  "text",
  "ranking",
] as const satisfies readonly Question["type"][];

/** Every element type, as `as const` so it can be listed in messages and matched exhaustively. */
export const elementTypes = [...questionTypes, "note"] as const;

export type ElementType = (typeof elementTypes)[number];

/** The values of the special items of choice questions; a regular choice may not use them. */
export const otherValue = "other";
export const noneValue = "none";

/** A choice: `value` is stable (stored in answers, never shown), `label` is what respondents read. */
export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** A point of an ordered scale: integer codes (1 = strongly disagree ... 5 = strongly agree). */
export interface ScalePoint {
  readonly value: number;
  readonly label: string;
}

/**
 * An ordered response scale. `nonSubstantive` holds "don't know" / "not applicable" codes, kept
 * apart from the ordered points because they are excluded from the base of percentages.
 */
export interface Scale {
  readonly points: readonly ScalePoint[];
  readonly nonSubstantive: readonly Choice[];
}

/** "fixed" shows choices as listed; "random" shuffles them per respondent (see `displayedChoices`). */
export type ChoiceOrder = "fixed" | "random";

/** A special item ("Other (please specify)" or "None of these"); its value is `other` / `none`. */
export interface SpecialChoice {
  readonly label: string;
}

interface ElementBase {
  /** Stable identifier (see `isElementName`); answers are keyed by it. */
  readonly name: string;
  /** Show the element only when this expression is true (the expression language of `parseExpression`). */
  readonly visibleIf?: string;
  /** Split-ballot: show the element only to respondents assigned one of these variants. */
  readonly variants?: readonly string[];
}

interface QuestionBase extends ElementBase {
  readonly title: string;
  readonly description?: string;
  readonly required: boolean;
  /** The question can be answered only when this expression is true. */
  readonly enableIf?: string;
}

interface ChoiceList {
  readonly choices: readonly Choice[];
  readonly choiceOrder: ChoiceOrder;
  /** With random order: keep "other" and "none" after the shuffled choices (the usual practice). */
  readonly pinSpecialLast: boolean;
  readonly other?: SpecialChoice;
  readonly none?: SpecialChoice;
}

export interface SingleChoiceQuestion extends QuestionBase, ChoiceList {
  readonly type: "single-choice";
  readonly display: "radio" | "dropdown";
}

/** Select all that apply; "none" is exclusive (it cannot be ticked with anything else). */
export interface MultipleChoiceQuestion extends QuestionBase, ChoiceList {
  readonly type: "multiple-choice";
}

/** One statement rated on an ordered scale. */
export interface LikertQuestion extends QuestionBase {
  readonly type: "likert";
  readonly scale: Scale;
}

/** A grid of statements (rows) rated on one scale; `required` means every row must be answered. */
export interface MatrixQuestion extends QuestionBase {
  readonly type: "matrix";
  readonly rows: readonly Choice[];
  readonly scale: Scale;
}

/** An integer rating from `min` to `max` in steps of 1, with optional end labels. */
export interface RatingQuestion extends QuestionBase {
  readonly type: "rating";
  readonly min: number;
  readonly max: number;
  readonly minLabel?: string;
  readonly maxLabel?: string;
}

export interface NumberQuestion extends QuestionBase {
  readonly type: "number";
  readonly min?: number;
  readonly max?: number;
  readonly integer: boolean;
}

export interface TextQuestion extends QuestionBase {
  readonly type: "text";
  /** Long text (a text area) rather than one line. */
  readonly multiline: boolean;
  readonly maxLength?: number;
}

/** Put every choice in order; the answer is a permutation of all choice values. */
export interface RankingQuestion extends QuestionBase {
  readonly type: "ranking";
  readonly choices: readonly Choice[];
  readonly choiceOrder: ChoiceOrder;
}

/** Text shown to respondents, with no answer. */
export interface Note extends ElementBase {
  readonly type: "note";
  readonly text: string;
}

export type Question =
  | SingleChoiceQuestion
  | MultipleChoiceQuestion
  | LikertQuestion
  | MatrixQuestion
  | RatingQuestion
  | NumberQuestion
  | TextQuestion
  | RankingQuestion;

export type SurveyElement = Question | Note;

export interface Page {
  readonly name: string;
  readonly title?: string;
  readonly description?: string;
  readonly visibleIf?: string;
  readonly variants?: readonly string[];
  readonly elements: readonly SurveyElement[];
}

/** Split-ballot design: each respondent gets one variant, chosen from `seed` and their key. */
export interface SplitBallot {
  readonly variants: readonly string[];
  readonly seed: string;
}

export interface InstrumentSettings {
  readonly title: string;
  readonly description?: string;
  readonly splitBallot?: SplitBallot;
}

export interface Instrument {
  readonly settings: InstrumentSettings;
  readonly pages: readonly Page[];
}

/** Where a problem is: a path of keys and indexes into the JSON (`["pages", 0, "elements", 2, "name"]`). */
export type ProblemPath = readonly (string | number)[];

/** One problem with an instrument or a file describing one: where, and a sentence saying what. */
export interface InstrumentProblem {
  readonly path: ProblemPath;
  readonly message: string;
}

/** The questions of an instrument in document order (notes left out). */
export function instrumentQuestions(instrument: Instrument): Question[] {
  const questions: Question[] = [];
  for (const page of instrument.pages)
    for (const element of page.elements) if (element.type !== "note") questions.push(element);
  return questions;
}
