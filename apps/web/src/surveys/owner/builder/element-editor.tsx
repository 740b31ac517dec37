// One question (or note) of a page: title, name, description, required, the settings of its type,
// show-only-if logic and split-ballot variants, and moving it (up, down, to another page) or
// removing it. Focus follows the question when it moves and goes to "Add" when it is removed.
import { instrumentQuestions, type Question, type SurveyElement } from "@smartspec/domain";
import { useState } from "react";
import { useBuilder } from "./builder-context.tsx";
import { CheckboxInput, TextInput } from "./builder-fields.tsx";
import { fieldId } from "./builder-paths.ts";
import {
  deleteElement,
  type ElementAt,
  moveElement,
  moveElementToPage,
  renameElement,
  updateElement,
} from "./instrument-edits.ts";
import { ItemButtons, itemButtonId } from "./item-buttons.tsx";
import { withField } from "./list-edits.ts";
import { LogicEditor } from "./logic-editor.tsx";
import { NameField } from "./name-field.tsx";
import { elementTypeLabels } from "./new-element.ts";
import { TypeFields } from "./type-fields.tsx";
import { VariantsField } from "./variants-field.tsx";

/** The path of an element in the instrument's JSON. */
export const elementPath = (at: ElementAt) => ["pages", at.page, "elements", at.element] as const;

/** The id of the "Add a question" menu of page `page` (focus goes there after a removal). */
export const addMenuId = (page: number) => `${fieldId(["pages", page, "elements"])}-add-type`;

const optional = (text: string) => (text.trim() === "" ? undefined : text);

export function ElementEditor({
  at,
  element,
  pageCount,
}: {
  at: ElementAt;
  element: SurveyElement;
  pageCount: number;
}) {
  const { instrument, change, readOnly } = useBuilder();
  const path = elementPath(at);
  const id = fieldId(path);
  const [logicOpen, setLogicOpen] = useState(
    element.visibleIf !== undefined || element.variants !== undefined,
  );
  const [targetPage, setTargetPage] = useState(at.page === 0 ? 1 : 0);
  const target = targetPage === at.page || targetPage >= pageCount ? (at.page === 0 ? 1 : 0) : targetPage;
  const pageElements = instrument.pages[at.page]?.elements.length ?? 0;
  const update = (edit: (e: SurveyElement) => SurveyElement, focus?: string) =>
    change(updateElement(instrument, at, edit), focus);
  const earlier = instrumentQuestions({
    ...instrument,
    pages: instrument.pages
      .slice(0, at.page + 1)
      .map((p, i) => (i === at.page ? { ...p, elements: p.elements.slice(0, at.element) } : p)),
  }) as Question[];
  const what = `question ${at.element + 1} of page ${at.page + 1}`;
  const move = (delta: -1 | 1) => {
    const moved = moveElement(instrument, at, delta);
    change(moved.instrument, itemButtonId(elementPath(moved.at), delta < 0 ? "up" : "down"));
  };
  const moveTo = () => {
    const moved = moveElementToPage(instrument, at, target);
    change(moved.instrument, fieldId(elementPath(moved.at)));
  };
  return (
    <section className="builder-element" aria-labelledby={id}>
      <div className="builder-element-head">
        <h5 id={id} tabIndex={-1}>
          {at.element + 1}. {elementTypeLabels[element.type]} <code>{element.name}</code>
        </h5>
        <ItemButtons
          path={path}
          what={what}
          index={at.element}
          count={pageElements}
          canLeaveEnds={{ up: at.page > 0, down: at.page < pageCount - 1 }}
          onMove={move}
          onRemove={() => change(deleteElement(instrument, at), addMenuId(at.page))}
        />
      </div>
      {element.type !== "note" && (
        <TextInput
          path={[...path, "title"]}
          label="Question text"
          value={element.title}
          onChange={(title) => update((e) => ({ ...e, title }))}
        />
      )}
      <NameField
        path={[...path, "name"]}
        label="Name"
        name={element.name}
        rename={(name) => {
          const renamed = renameElement(instrument, at, name);
          if (!renamed.ok) return renamed.message;
          change(renamed.instrument);
          return undefined;
        }}
      />
      {element.type !== "note" && (
        <>
          <TextInput
            path={[...path, "description"]}
            label="Help text under the question (optional)"
            value={element.description}
            onChange={(text) => update((e) => withField(e as Question, "description", optional(text)))}
          />
          <CheckboxInput
            id={`${id}-required`}
            label="An answer is required"
            checked={element.required}
            onChange={(required) => update((e) => ({ ...e, required }) as SurveyElement)}
          />
        </>
      )}
      <TypeFields path={path} element={element} update={update} />
      <details open={logicOpen} onToggle={(event) => setLogicOpen(event.currentTarget.open)}>
        <summary>
          Logic and split ballot
          {element.visibleIf ? `: shown only if ${element.visibleIf}` : ""}
        </summary>
        <LogicEditor
          path={path}
          text={element.visibleIf}
          earlier={earlier}
          onChange={(text, focus) => update((e) => withField(e, "visibleIf", text), focus)}
        />
        <VariantsField
          path={path}
          what="question"
          chosen={element.variants}
          onChange={(variants) => update((e) => withField(e, "variants", variants))}
        />
      </details>
      {!readOnly && pageCount > 1 && (
        <div className="builder-add-row">
          <div className="field">
            <label htmlFor={`${id}-target`}>Move to page</label>
            <select
              id={`${id}-target`}
              value={target}
              onChange={(event) => setTargetPage(Number(event.target.value))}
            >
              {instrument.pages.map((page, index) =>
                index === at.page ? null : (
                  <option key={page.name} value={index}>
                    Page {index + 1} ({page.title ?? page.name})
                  </option>
                ),
              )}
            </select>
          </div>
          <button type="button" onClick={moveTo}>
            Move
          </button>
        </div>
      )}
    </section>
  );
}
