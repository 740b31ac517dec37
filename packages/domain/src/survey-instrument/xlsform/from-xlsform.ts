// XLSForm sheet rows -> Instrument. Top-level groups are pages (questions outside any group are
// gathered into pages of their own); a nested table-list group is a matrix; select_one with
// appearance likert is a Likert item; range is a rating. The specify-other text question written by
// toXlsForm is folded back into its select. Every problem names the sheet row: ["survey", 7, "relevant"].
import type { Instrument, InstrumentProblem } from "../instrument-model.ts";
import { noneValue, otherValue } from "../instrument-model.ts";
import { validateInstrument } from "../validate-instrument.ts";
import { noneExclusiveConstraint } from "./to-xlsform.ts";
import { cell, isYes, parameters, rangeBounds } from "./xlsform-cells.ts";
import { fromXlsFormRelevant } from "./xlsform-expression.ts";
import { sheetRowNumber, type XlsFormRow, type XlsFormSheets } from "./xlsform-sheets.ts";

export type XlsFormImport =
  | {
      readonly ok: true;
      readonly instrument: Instrument;
      readonly formId?: string;
      readonly warnings: readonly InstrumentProblem[];
    }
  | {
      readonly ok: false;
      readonly problems: readonly InstrumentProblem[];
      readonly warnings: readonly InstrumentProblem[];
    };

type Json = Record<string, unknown>;
interface ChoiceRow {
  readonly value: string;
  readonly label: string;
}

const ignoredTypes = new Set([
  "start",
  "end",
  "today",
  "deviceid",
  "subscriberid",
  "simserial",
  "phonenumber",
  "username",
  "email",
  "audit",
  "calculate",
  "hidden",
]);
const handledColumns = new Set([
  "type",
  "name",
  "label",
  "hint",
  "required",
  "relevant",
  "constraint",
  "constraint_message",
  "required_message",
  "choice_filter",
  "appearance",
  "parameters",
]);

class Reader {
  readonly problems: InstrumentProblem[] = [];
  readonly warnings: InstrumentProblem[] = [];
  readonly pages: Json[] = [];
  /** "page/element" index -> sheet row, to place validateInstrument's problems. */
  readonly rowOf = new Map<string, number>();
  private page: Json[] | undefined;
  private matrix: { json: Json; rows: Json[]; list: string; required: boolean[] } | undefined;
  private depth = 0;

  constructor(private readonly lists: ReadonlyMap<string, ChoiceRow[]>) {}

  problem(line: number, column: string, message: string): void {
    this.problems.push({ path: ["survey", line, column], message });
  }

  private choices(list: string, line: number): ChoiceRow[] {
    const found = this.lists.get(list);
    if (found === undefined) this.problem(line, "type", `the choices sheet has no list_name "${list}"`);
    return found ?? [];
  }

  private place(element: Json, line: number): void {
    if (this.page === undefined) {
      this.page = [];
      this.pages.push({ name: `page${this.pages.length + 1}`, elements: this.page, automatic: true });
    }
    this.rowOf.set(`${this.pages.length - 1}/${this.page.length}`, line);
    this.page.push(element);
  }

  private common(row: XlsFormRow, line: number): Json {
    const json: Json = {
      name: cell(row, "name"),
      title: cell(row, "label"),
      required: isYes(cell(row, "required")),
    };
    const hint = cell(row, "hint");
    if (hint !== "") json.description = hint;
    const relevant = cell(row, "relevant");
    if (relevant !== "") {
      const read = fromXlsFormRelevant(relevant);
      if (read.ok) json.visibleIf = read.expression;
      else this.problem(line, "relevant", read.message);
    }
    const required = cell(row, "required");
    if (
      required !== "" &&
      !isYes(required) &&
      !["no", "false", "false()", "0"].includes(required.toLowerCase())
    ) {
      this.problem(line, "required", "required must be yes or no (conditions are not supported)");
    }
    if (cell(row, "choice_filter") !== "")
      this.problem(line, "choice_filter", "choice_filter (cascading selects) is not supported");
    return json;
  }

  private constraintIgnored(line: number, constraint: string): void {
    if (constraint !== "")
      this.warnings.push({
        path: ["survey", line, "constraint"],
        message: `the constraint "${constraint}" was ignored`,
      });
  }

  beginGroup(row: XlsFormRow, line: number): void {
    const appearance = cell(row, "appearance").toLowerCase();
    if (this.depth === 0) {
      const json: Json = { name: cell(row, "name") };
      const label = cell(row, "label");
      if (label !== "") json.title = label;
      const hint = cell(row, "hint");
      if (hint !== "") json.description = hint;
      const common = this.common(row, line);
      if (common.visibleIf !== undefined) json.visibleIf = common.visibleIf;
      this.page = [];
      json.elements = this.page;
      this.pages.push(json);
    } else if (this.depth === 1 && appearance.includes("table-list")) {
      const json = this.common(row, line);
      delete json.required;
      this.matrix = { json, rows: [], list: "", required: [] };
      this.rowOf.set(`${this.pages.length - 1}/${this.page?.length ?? 0}`, line);
    } else {
      this.problem(line, "type", "groups inside a page are supported only as table-list matrices");
    }
    this.depth++;
  }

  endGroup(line: number): void {
    if (this.depth === 0) {
      this.problem(line, "type", "end group without a begin group");
      return;
    }
    this.depth--;
    if (this.depth === 1 && this.matrix !== undefined) {
      const { json, rows, list, required } = this.matrix;
      const scale = this.scale(this.choices(list, line));
      this.page?.push({
        type: "matrix",
        ...json,
        required: required.length > 0 && required.every(Boolean),
        rows,
        scale,
      });
      this.matrix = undefined;
    } else if (this.depth === 0) {
      this.page = undefined;
    }
  }

  private scale(choices: readonly ChoiceRow[]): Json {
    const numeric = (c: ChoiceRow) => /^-?[0-9]+$/.test(c.value);
    return {
      points: choices.filter(numeric).map((c) => ({ value: Number(c.value), label: c.label })),
      nonSubstantive: choices.filter((c) => !numeric(c)),
    };
  }

  question(row: XlsFormRow, line: number, next: XlsFormRow | undefined): boolean {
    const [base = "", list = "", orOther = ""] = cell(row, "type").split(/\s+/);
    const type = base.toLowerCase();
    const appearance = cell(row, "appearance").toLowerCase();
    const constraint = cell(row, "constraint");
    const params = parameters(cell(row, "parameters"));
    if (this.matrix !== undefined) {
      if (type !== "select_one") {
        this.problem(line, "type", "a table-list matrix may only hold select_one rows");
        return false;
      }
      if (this.matrix.list !== "" && this.matrix.list !== list)
        this.problem(line, "type", "every row of a table-list matrix must use the same list");
      this.matrix.list = list;
      const prefix = `${this.matrix.json.name}_`;
      const name = cell(row, "name");
      this.matrix.rows.push({
        value: name.startsWith(prefix) ? name.slice(prefix.length) : name,
        label: cell(row, "label"),
      });
      this.matrix.required.push(isYes(cell(row, "required")));
      return false;
    }
    const json = this.common(row, line);
    let foldNext = false;
    if (type === "select_one" || type === "select_multiple") {
      const all = this.choices(list, line);
      const other =
        all.find((c) => c.value === otherValue) ??
        (orOther === "or_other" ? { value: otherValue, label: "Other" } : undefined);
      const none = all.find((c) => c.value === noneValue);
      if (type === "select_one" && appearance.includes("likert")) {
        this.place({ type: "likert", ...json, scale: this.scale(all) }, line);
        return false;
      }
      const random = params.get("randomize") === "true";
      Object.assign(json, {
        type: type === "select_one" ? "single-choice" : "multiple-choice",
        choices: all.filter((c) => c !== other && c !== none),
        choiceOrder: random ? "random" : "fixed",
        pinSpecialLast: !(random && (other !== undefined || none !== undefined)),
      });
      if (other !== undefined) json.other = { label: other.label };
      if (none !== undefined) json.none = { label: none.label };
      if (type === "select_one")
        json.display = /minimal|autocomplete|search/.test(appearance) ? "dropdown" : "radio";
      if (constraint !== noneExclusiveConstraint) this.constraintIgnored(line, constraint);
      const specify = `selected(\${${json.name}}, '${otherValue}')`;
      foldNext =
        other !== undefined &&
        next !== undefined &&
        cell(next, "name") === `${json.name}_other` &&
        cell(next, "relevant").replaceAll('"', "'") === specify;
    } else if (type === "rank") {
      Object.assign(json, {
        type: "ranking",
        choices: this.choices(list, line),
        choiceOrder: params.get("randomize") === "true" ? "random" : "fixed",
      });
      this.constraintIgnored(line, constraint);
    } else if (type === "integer" || type === "decimal") {
      const bounds = constraint === "" ? {} : rangeBounds(constraint);
      if (bounds === undefined) this.constraintIgnored(line, constraint);
      Object.assign(json, { type: "number", integer: type === "integer", ...bounds });
    } else if (type === "range") {
      const step = Number(params.get("step") ?? "1");
      if (step !== 1) this.problem(line, "parameters", "only ranges in steps of 1 are supported");
      Object.assign(json, {
        type: "rating",
        min: Number(params.get("start") ?? "1"),
        max: Number(params.get("end") ?? "10"),
      });
    } else if (type === "text") {
      const length = /^string-length\(\.\)\s*<=\s*([0-9]+)$/.exec(constraint);
      if (length === null) this.constraintIgnored(line, constraint);
      Object.assign(json, { type: "text", multiline: appearance.includes("multiline") });
      if (length !== null) json.maxLength = Number(length[1]);
    } else if (type === "note") {
      const note: Json = { type: "note", name: json.name, text: json.title };
      if (json.visibleIf !== undefined) note.visibleIf = json.visibleIf;
      this.place(note, line);
      return false;
    } else {
      this.problem(line, "type", `the XLSForm type "${base}" is not supported`);
      return false;
    }
    this.place(json, line);
    return foldNext;
  }
}

function readLists(rows: readonly XlsFormRow[], problems: InstrumentProblem[]): Map<string, ChoiceRow[]> {
  const lists = new Map<string, ChoiceRow[]>();
  rows.forEach((row, i) => {
    const list = cell(row, "list_name") || cell(row, "list name");
    if (list === "") return;
    const value = cell(row, "name");
    if (value === "")
      problems.push({ path: ["choices", sheetRowNumber(i), "name"], message: "the choice has no name" });
    const items = lists.get(list) ?? [];
    items.push({ value, label: cell(row, "label") });
    lists.set(list, items);
  });
  return lists;
}

/** Places a validateInstrument problem on the sheet row of the element it is about. */
function onSheet(problem: InstrumentProblem, reader: Reader): InstrumentProblem {
  const [pages, p, elements, e, ...rest] = problem.path;
  const line = pages === "pages" && elements === "elements" ? reader.rowOf.get(`${p}/${e}`) : undefined;
  return line === undefined ? problem : { path: ["survey", line, ...rest], message: problem.message };
}

/**
 * Converts XLSForm sheet rows to an instrument. Never throws. Unsupported types (repeats, geopoint,
 * date, ...), choice_filter, conditional required and relevant expressions outside the supported
 * subset are problems; metadata rows, unknown columns and unreadable constraints are warnings.
 */
export function fromXlsForm(sheets: XlsFormSheets): XlsFormImport {
  const problems: InstrumentProblem[] = [];
  const lists = readLists(sheets.choices, problems);
  const reader = new Reader(lists);
  const unknownColumns = new Set<string>();
  for (let i = 0; i < sheets.survey.length; i++) {
    const row = sheets.survey[i]!;
    const line = sheetRowNumber(i);
    for (const key of Object.keys(row)) {
      const column = key.trim().toLowerCase();
      // A translated label stands in for a missing plain one (see `cell`); otherwise it is dropped.
      const translation = /^(label|hint)::/.exec(column);
      const standsIn =
        translation !== null && !Object.keys(row).some((k) => k.trim().toLowerCase() === translation[1]);
      if (!handledColumns.has(column) && !standsIn && row[key] !== "") unknownColumns.add(key);
    }
    const type = cell(row, "type").toLowerCase().replace(/\s+/, " ");
    if (type === "") continue;
    if (type === "begin group" || type === "begin_group") reader.beginGroup(row, line);
    else if (type === "end group" || type === "end_group") reader.endGroup(line);
    else if (ignoredTypes.has(type))
      reader.warnings.push({ path: ["survey", line, "type"], message: `the "${type}" row was ignored` });
    else if (type.startsWith("begin")) reader.problem(line, "type", `"${type}" is not supported`);
    else if (reader.question(row, line, sheets.survey[i + 1])) i++;
  }
  for (const column of unknownColumns)
    reader.warnings.push({ path: ["survey", 1, column], message: `the column "${column}" was ignored` });
  const settings = sheets.settings[0] ?? {};
  const formId = cell(settings, "form_id");
  let title = cell(settings, "form_title");
  if (title === "") {
    title = formId === "" ? "Untitled survey" : formId;
    reader.warnings.push({
      path: ["settings", 2, "form_title"],
      message: `the form has no form_title; "${title}" was used`,
    });
  }
  const all = [...problems, ...reader.problems];
  if (all.length > 0) return { ok: false, problems: all, warnings: reader.warnings };
  const pages = reader.pages.map(({ automatic: _, ...page }) => page);
  const checked = validateInstrument({ settings: { title }, pages });
  if (!checked.ok)
    return {
      ok: false,
      problems: checked.problems.map((p) => onSheet(p, reader)),
      warnings: reader.warnings,
    };
  return {
    ok: true,
    instrument: checked.instrument,
    ...(formId === "" ? {} : { formId }),
    warnings: reader.warnings,
  };
}
