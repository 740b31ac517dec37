// One page of the instrument: its title, name and description, page-level logic and variants,
// moving or removing it, its questions, and the "Add a question" menu with every element type.
import { type ElementType, elementTypes, instrumentQuestions, type Page } from "@smartspec/domain";
import { useState } from "react";
import { useBuilder } from "./builder-context.tsx";
import { FieldProblems, TextInput } from "./builder-fields.tsx";
import { fieldId } from "./builder-paths.ts";
import { addMenuId, ElementEditor, elementPath } from "./element-editor.tsx";
import { addElement, deletePage, movePage, renamePage, updatePage } from "./instrument-edits.ts";
import { ItemButtons, itemButtonId } from "./item-buttons.tsx";
import { withField } from "./list-edits.ts";
import { LogicEditor } from "./logic-editor.tsx";
import { NameField } from "./name-field.tsx";
import { elementTypeLabels } from "./new-element.ts";
import { VariantsField } from "./variants-field.tsx";

const optional = (text: string) => (text.trim() === "" ? undefined : text);

/** The id of a page's heading (focus goes there when the page is added or moved). */
export const pageHeadingId = (index: number) => fieldId(["pages", index]);

export function PageEditor({ index, page }: { index: number; page: Page }) {
  const { instrument, change, readOnly } = useBuilder();
  const [type, setType] = useState<ElementType>("single-choice");
  const path = ["pages", index] as const;
  const count = instrument.pages.length;
  const update = (edit: (p: Page) => Page, focus?: string) =>
    change(updatePage(instrument, index, edit), focus);
  const earlier = instrumentQuestions({ ...instrument, pages: instrument.pages.slice(0, index) });
  const add = () => {
    const added = addElement(instrument, index, type);
    const focusTarget = type === "note" ? "text" : "title";
    change(added.instrument, fieldId([...elementPath(added.at), focusTarget]));
  };
  return (
    <section className="builder-page" aria-labelledby={pageHeadingId(index)}>
      <div className="builder-page-head">
        <h4 id={pageHeadingId(index)} tabIndex={-1}>
          Page {index + 1}
          {page.title ? `: ${page.title}` : ""}
        </h4>
        <ItemButtons
          path={path}
          what={`page ${index + 1}`}
          index={index}
          count={count}
          removeDisabled={count <= 1}
          onMove={(delta) => {
            const moved = movePage(instrument, index, delta);
            change(moved.instrument, itemButtonId(["pages", moved.at], delta < 0 ? "up" : "down"));
          }}
          onRemove={() => change(deletePage(instrument, index), pageHeadingId(Math.max(0, index - 1)))}
        />
      </div>
      <div className="builder-grid">
        <TextInput
          path={[...path, "title"]}
          label="Page title (optional)"
          value={page.title}
          onChange={(title) => update((p) => withField(p, "title", optional(title)))}
        />
        <NameField
          path={[...path, "name"]}
          label="Page name"
          hint="Identifies the page in files; respondents see the title."
          name={page.name}
          rename={(name) => {
            const renamed = renamePage(instrument, index, name);
            if (!renamed.ok) return renamed.message;
            change(renamed.instrument);
            return undefined;
          }}
        />
      </div>
      <TextInput
        path={[...path, "description"]}
        label="Page introduction (optional)"
        multiline
        value={page.description}
        onChange={(text) => update((p) => withField(p, "description", optional(text)))}
      />
      {index > 0 || page.visibleIf !== undefined || page.variants !== undefined ? (
        <details open={page.visibleIf !== undefined || page.variants !== undefined}>
          <summary>Page logic and split ballot</summary>
          <LogicEditor
            path={path}
            text={page.visibleIf}
            earlier={earlier}
            onChange={(text, focus) => update((p) => withField(p, "visibleIf", text), focus)}
          />
          <VariantsField
            path={path}
            what="page"
            chosen={page.variants}
            onChange={(variants) => update((p) => withField(p, "variants", variants))}
          />
        </details>
      ) : null}
      <FieldProblems path={[...path, "elements"]} />
      {page.elements.map((element, e) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: position is the identity while names are edited
        <ElementEditor key={e} at={{ page: index, element: e }} element={element} pageCount={count} />
      ))}
      {!readOnly && (
        <div className="builder-add-row builder-add-question">
          <div className="field">
            <label htmlFor={addMenuId(index)}>Add to page {index + 1}</label>
            <select
              id={addMenuId(index)}
              value={type}
              onChange={(event) => setType(event.target.value as ElementType)}
            >
              {elementTypes.map((t) => (
                <option key={t} value={t}>
                  {elementTypeLabels[t]}
                </option>
              ))}
            </select>
          </div>
          <button type="button" id={fieldId([...path, "elements"])} onClick={add}>
            Add question
          </button>
        </div>
      )}
    </section>
  );
}
