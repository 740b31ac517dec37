// A fieldset of one checkbox per code (sub-codes after their parent's label), for coding and for
// adjudicating an answer; the caller keeps the chosen ids.
import type { CodeView } from "../../../api/survey-coding-api.ts";
import "./coding.css";

/** The code's label, prefixed by its parent's ("Facilities / Equipment"). */
export function codeName(codes: readonly CodeView[], id: string): string {
  const code = codes.find((c) => c.id === id);
  if (!code) return id;
  const parent = code.parentId ? codes.find((c) => c.id === code.parentId) : undefined;
  return parent ? `${parent.label} / ${code.label}` : code.label;
}

export function CodeCheckboxes(props: {
  legend: string;
  codes: readonly CodeView[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const toggle = (id: string, on: boolean) =>
    props.onChange(on ? [...props.chosen, id] : props.chosen.filter((c) => c !== id));
  return (
    <fieldset>
      <legend className="visually-hidden">{props.legend}</legend>
      <div className="coding-codes">
        {props.codes.map((code) => (
          <label key={code.id}>
            <input
              type="checkbox"
              checked={props.chosen.includes(code.id)}
              onChange={(event) => toggle(code.id, event.target.checked)}
            />
            {codeName(props.codes, code.id)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
