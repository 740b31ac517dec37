import { useId } from "react";
import { TextField } from "../../components/text-field.tsx";
import { placeholderHelp } from "./mail-templates.ts";

interface MailTemplateFieldsProps {
  readonly subject: string;
  readonly text: string;
  readonly onChange: (template: { subject: string; text: string }) => void;
}

/** Subject and text of a survey mail, with the placeholders it may use explained beside them. */
export function MailTemplateFields({ subject, text, onChange }: MailTemplateFieldsProps) {
  const id = useId();
  return (
    <>
      <TextField
        label="Subject"
        value={subject}
        onChange={(event) => onChange({ subject: event.target.value, text })}
      />
      <div className="field">
        <label htmlFor={`${id}-text`}>Text</label>
        <div id={`${id}-help`} className="hint">
          <p>Placeholders, replaced in each mail:</p>
          <ul>
            {placeholderHelp.map((placeholder) => (
              <li key={placeholder.name}>
                <code>{placeholder.name}</code>: {placeholder.meaning}
              </li>
            ))}
          </ul>
          <p>The anonymity notice and a link to stop survey mail are added at the end.</p>
        </div>
        <textarea
          id={`${id}-text`}
          rows={9}
          value={text}
          aria-describedby={`${id}-help`}
          onChange={(event) => onChange({ subject, text: event.target.value })}
        />
      </div>
    </>
  );
}
