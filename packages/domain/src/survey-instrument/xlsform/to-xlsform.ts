// Instrument -> XLSForm sheet rows. Each page is a `begin group` with appearance field-list; a
// matrix is a nested table-list group of select_one rows named <matrix>_<row>; a Likert item is a
// select_one with appearance likert; a rating is a `range` with appearance rating. Choice lists are
// named after their question. What XLSForm cannot hold is listed in `warnings` (the path says where).
import { parseExpression } from "../expression/parse-expression.ts";
import type {
  Choice,
  Instrument,
  InstrumentProblem,
  Page,
  Question,
  Scale,
  SurveyElement,
} from "../instrument-model.ts";
import { noneValue, otherValue } from "../instrument-model.ts";
import { toXlsFormRelevant } from "./xlsform-expression.ts";
import type { XlsFormRow, XlsFormSheets } from "./xlsform-sheets.ts";

export interface XlsFormExport {
  readonly sheets: XlsFormSheets;
  /** Properties XLSForm has no place for, each with the path of the element that lost it. */
  readonly warnings: readonly InstrumentProblem[];
}

export interface XlsFormOptions {
  /** settings.form_id; default "survey". */
  readonly formId?: string;
  /** settings.version, e.g. the first 12 characters of `instrumentVersion(instrument)`. */
  readonly version?: string;
}

/** Label of the specify-other text question added after a question with an "other" item. */
export const otherTextLabel = "Please specify";
/** The constraint that makes "none" exclusive in a select_multiple. */
export const noneExclusiveConstraint = `not(selected(., '${noneValue}') and count-selected(.) > 1)`;

function row(cells: Record<string, string | undefined>): XlsFormRow {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(cells)) if (value !== undefined && value !== "") out[key] = value;
  return out;
}

const relevant = (text: string | undefined): string | undefined => {
  if (text === undefined) return undefined;
  const parsed = parseExpression(text);
  return parsed.ok ? toXlsFormRelevant(parsed.expression) : text;
};

function rangeConstraint(min: number | undefined, max: number | undefined): string | undefined {
  const parts = [
    min === undefined ? undefined : `. >= ${min}`,
    max === undefined ? undefined : `. <= ${max}`,
  ];
  const defined = parts.filter((p) => p !== undefined);
  return defined.length === 0 ? undefined : defined.join(" and ");
}

class Writer {
  readonly survey: XlsFormRow[] = [];
  readonly choices: XlsFormRow[] = [];
  readonly warnings: InstrumentProblem[] = [];

  list(name: string, choices: readonly Choice[]): void {
    for (const c of choices) this.choices.push({ list_name: name, name: c.value, label: c.label });
  }

  scaleList(name: string, scale: Scale): void {
    this.list(name, [
      ...scale.points.map((p) => ({ value: String(p.value), label: p.label })),
      ...scale.nonSubstantive,
    ]);
  }

  lost(path: (string | number)[], what: string): void {
    this.warnings.push({ path, message: `XLSForm has no place for ${what}; it was left out` });
  }

  question(q: Question, path: (string | number)[]): void {
    if (q.enableIf !== undefined) this.lost([...path, "enableIf"], "enableIf");
    const base = {
      name: q.name,
      label: q.title,
      hint: q.description,
      required: q.required ? "yes" : undefined,
      relevant: relevant(q.visibleIf),
    };
    switch (q.type) {
      case "single-choice":
      case "multiple-choice": {
        const special: Choice[] = [];
        if (q.other !== undefined) special.push({ value: otherValue, label: q.other.label });
        if (q.none !== undefined) special.push({ value: noneValue, label: q.none.label });
        this.list(q.name, [...q.choices, ...special]);
        const random = q.choiceOrder === "random";
        if (random && q.pinSpecialLast && special.length > 0) {
          this.lost(
            [...path, "pinSpecialLast"],
            "keeping other / none last while randomising (randomize shuffles all)",
          );
        }
        const multiple = q.type === "multiple-choice";
        this.survey.push(
          row({
            type: `${multiple ? "select_multiple" : "select_one"} ${q.name}`,
            ...base,
            constraint: multiple && q.none !== undefined ? noneExclusiveConstraint : undefined,
            appearance: q.type === "single-choice" && q.display === "dropdown" ? "minimal" : undefined,
            parameters: random ? "randomize=true" : undefined,
          }),
        );
        if (q.other !== undefined) {
          this.survey.push(
            row({
              type: "text",
              name: `${q.name}_other`,
              label: otherTextLabel,
              required: "yes",
              relevant: `selected(\${${q.name}}, '${otherValue}')`,
            }),
          );
        }
        return;
      }
      case "likert":
        this.scaleList(q.name, q.scale);
        this.survey.push(row({ type: `select_one ${q.name}`, ...base, appearance: "likert" }));
        return;
      case "matrix":
        this.scaleList(q.name, q.scale);
        this.survey.push(
          row({ type: "begin group", ...base, required: undefined, appearance: "table-list" }),
        );
        for (const r of q.rows) {
          this.survey.push(
            row({
              type: `select_one ${q.name}`,
              name: `${q.name}_${r.value}`,
              label: r.label,
              required: base.required,
            }),
          );
        }
        this.survey.push({ type: "end group", name: q.name });
        return;
      case "rating":
        if (q.minLabel !== undefined) this.lost([...path, "minLabel"], "a rating's end labels");
        else if (q.maxLabel !== undefined) this.lost([...path, "maxLabel"], "a rating's end labels");
        this.survey.push(
          row({
            type: "range",
            ...base,
            appearance: "rating",
            parameters: `start=${q.min} end=${q.max} step=1`,
          }),
        );
        return;
      case "number":
        this.survey.push(
          row({
            type: q.integer ? "integer" : "decimal",
            ...base,
            constraint: rangeConstraint(q.min, q.max),
          }),
        );
        return;
      case "text":
        this.survey.push(
          row({
            type: "text",
            ...base,
            constraint: q.maxLength === undefined ? undefined : `string-length(.) <= ${q.maxLength}`,
            appearance: q.multiline ? "multiline" : undefined,
          }),
        );
        return;
      case "ranking":
        this.list(q.name, q.choices);
        this.survey.push(
          row({
            type: `rank ${q.name}`,
            ...base,
            parameters: q.choiceOrder === "random" ? "randomize=true" : undefined,
          }),
        );
        return;
    }
  }

  element(e: SurveyElement, path: (string | number)[]): void {
    if (e.variants !== undefined) this.lost([...path, "variants"], "split-ballot variants");
    if (e.type === "note")
      this.survey.push(row({ type: "note", name: e.name, label: e.text, relevant: relevant(e.visibleIf) }));
    else this.question(e, path);
  }

  page(p: Page, index: number): void {
    const path = ["pages", index];
    if (p.variants !== undefined) this.lost([...path, "variants"], "split-ballot variants");
    this.survey.push(
      row({
        type: "begin group",
        name: p.name,
        label: p.title,
        hint: p.description,
        relevant: relevant(p.visibleIf),
        appearance: "field-list",
      }),
    );
    p.elements.forEach((e, i) => {
      this.element(e, [...path, "elements", i]);
    });
    this.survey.push({ type: "end group", name: p.name });
  }
}

/**
 * The XLSForm sheets of an instrument, and what could not be kept (enableIf, split-ballot variants,
 * rating end labels, the survey description, other/none kept last under randomisation).
 */
export function toXlsForm(instrument: Instrument, options: XlsFormOptions = {}): XlsFormExport {
  const writer = new Writer();
  const { settings } = instrument;
  if (settings.description !== undefined) writer.lost(["settings", "description"], "the survey description");
  if (settings.splitBallot !== undefined) writer.lost(["settings", "splitBallot"], "a split-ballot design");
  instrument.pages.forEach((p, i) => {
    writer.page(p, i);
  });
  const settingsRow = row({
    form_title: settings.title,
    form_id: options.formId ?? "survey",
    version: options.version,
  });
  return {
    sheets: { survey: writer.survey, choices: writer.choices, settings: [settingsRow] },
    warnings: writer.warnings,
  };
}
