import { useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { type FormEvent, useId, useState } from "react";
import type { UploadedDataset } from "../api/explorer-types.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { type UploadResult, uploadDataset } from "../explorer/upload-request.tsx";
import { ProblemsTable } from "./problems-table.tsx";

/** "Upload data": a CSV/XLSX file and a name; progress bar; then a link or the full problem list. */
export function UploadForm({ slug }: { slug: string }) {
  const id = useId();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState("");
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<UploadResult | null>(null);
  const [missing, setMissing] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return setMissing("Choose a CSV or XLSX file to upload.");
    setMissing(null);
    setResult(null);
    setProgress(0);
    const outcome = await uploadDataset(
      slug,
      file,
      name.trim() || file.name.replace(/\.[^.]+$/, ""),
      setProgress,
    );
    setResult(outcome);
    setProgress(null);
    if (outcome.ok) await queryClient.invalidateQueries({ queryKey: ["workspace", slug, "datasets"] });
  }

  return (
    <form className="upload-form" onSubmit={submit} noValidate>
      <h2>Upload data</h2>
      <p>
        A CSV or XLSX file in long form (region, activity, year, value), up to 50 MiB. Nothing is stored when
        the file has problems.
      </p>
      <div className="field">
        <label htmlFor={`${id}-file`}>Data file</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.xlsx,text/csv"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} value={name} onChange={(event) => setName(event.target.value)} />
      </div>
      <button type="submit" className="button-primary" disabled={progress !== null}>
        Upload
      </button>
      <ErrorAlert error={missing} />
      {progress !== null && (
        <div
          className="progress"
          role="progressbar"
          aria-label="Upload progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={progress}
        >
          <progress max={100} value={progress} aria-hidden="true" /> {progress}%
        </div>
      )}
      {result?.ok && <UploadedLink dataset={result.dataset} />}
      {result && !result.ok && (
        <>
          <ErrorAlert error={result.message} />
          {result.problems.length > 0 && <ProblemsTable problems={result.problems} total={result.total} />}
        </>
      )}
    </form>
  );
}

function UploadedLink({ dataset }: { dataset: UploadedDataset }) {
  return (
    <p role="status" className="success">
      Stored {dataset.title}: {dataset.regions} regions, {dataset.activities} activities, years{" "}
      {dataset.years.join(", ")}.{" "}
      <Link to="/explore/$dataset" params={{ dataset: dataset.id }}>
        Explore {dataset.title}
      </Link>
    </p>
  );
}
