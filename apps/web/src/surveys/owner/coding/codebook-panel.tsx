// The field's codebook: its codes (sub-codes with their parent, version numbers), a form to add a
// code (optionally under a top-level code) and one to rename a code (a new version; codings kept).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { type CodebookView, codingApi, codingKey } from "../../../api/survey-coding-api.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { codeName } from "./code-checkboxes.tsx";
import "./coding.css";

interface Props {
  readonly slug: string;
  readonly surveyId: string;
  readonly book: CodebookView;
  readonly canWrite: boolean;
}

export function CodebookPanel({ slug, surveyId, book, canWrite }: Props) {
  const id = useId();
  const queryClient = useQueryClient();
  const [label, setLabel] = useState("");
  const [parentId, setParentId] = useState("");
  const [renameId, setRenameId] = useState("");
  const [newLabel, setNewLabel] = useState("");
  const refresh = () => queryClient.invalidateQueries({ queryKey: codingKey(slug, surveyId) });
  const add = useMutation({
    mutationFn: () => codingApi.addCode(slug, surveyId, book.field, { label, parentId: parentId || null }),
    onSuccess: async () => {
      setLabel("");
      await refresh();
    },
  });
  const rename = useMutation({
    mutationFn: () => codingApi.renameCode(slug, surveyId, book.field, renameId, newLabel),
    onSuccess: async () => {
      setNewLabel("");
      await refresh();
    },
  });
  const topLevel = book.codes.filter((c) => c.parentId === null);
  const submitAdd = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  const submitRename = (event: FormEvent) => {
    event.preventDefault();
    rename.mutate();
  };
  return (
    <section aria-labelledby={`${id}-codebook`}>
      <h3 id={`${id}-codebook`}>Codebook</h3>
      {book.codes.length === 0 ? (
        <p>No codes yet.{canWrite ? " Add the first code below." : ""}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table compact-table">
            <caption>Codes of “{book.title}”</caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Description</th>
                <th scope="col" className="number">
                  Version
                </th>
              </tr>
            </thead>
            <tbody>
              {book.codes.map((code) => (
                <tr key={code.id}>
                  <th scope="row">{codeName(book.codes, code.id)}</th>
                  <td>{code.description}</td>
                  <td className="number">{code.version}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canWrite && (
        <div className="two-columns">
          <form onSubmit={submitAdd} noValidate aria-labelledby={`${id}-add`}>
            <h4 id={`${id}-add`}>Add a code</h4>
            <ErrorAlert error={add.error} />
            <TextField label="Code label" value={label} onChange={(event) => setLabel(event.target.value)} />
            <label htmlFor={`${id}-parent`}>Under (optional)</label>
            <select
              id={`${id}-parent`}
              value={parentId}
              onChange={(event) => setParentId(event.target.value)}
            >
              <option value="">No parent: a top-level code</option>
              {topLevel.map((code) => (
                <option key={code.id} value={code.id}>
                  {code.label}
                </option>
              ))}
            </select>
            <button type="submit" className="button-primary" disabled={add.isPending}>
              Add code
            </button>
          </form>
          {book.codes.length > 0 && (
            <form onSubmit={submitRename} noValidate aria-labelledby={`${id}-rename`}>
              <h4 id={`${id}-rename`}>Rename a code</h4>
              <p className="hint">Codings stay with the code; the old name is kept in its history.</p>
              <ErrorAlert error={rename.error} />
              <label htmlFor={`${id}-which`}>Code to rename</label>
              <select
                id={`${id}-which`}
                value={renameId}
                onChange={(event) => setRenameId(event.target.value)}
              >
                <option value="">Choose a code</option>
                {book.codes.map((code) => (
                  <option key={code.id} value={code.id}>
                    {codeName(book.codes, code.id)}
                  </option>
                ))}
              </select>
              <TextField
                label="New label"
                value={newLabel}
                onChange={(event) => setNewLabel(event.target.value)}
              />
              <button type="submit" disabled={rename.isPending || renameId === ""}>
                Rename code
              </button>
            </form>
          )}
        </div>
      )}
    </section>
  );
}
