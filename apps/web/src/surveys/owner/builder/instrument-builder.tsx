// The instrument builder: the questionnaire as a facility team edits it, without JSON. It loads
// the newest version (smartspec JSON) or starts from one empty page, checks every change with the
// domain's validateInstrument, lists the problems (each taking focus to its field), and saves a
// problem-free instrument as the next version. Once fieldwork has started it is read-only.
import { type Instrument, type InstrumentProblem, validateInstrument } from "@smartspec/domain";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { saveSmartspecInstrument, smartspecInstrumentQuery } from "../../../api/survey-instrument-api.ts";
import { surveyKeys } from "../../../api/survey-queries.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { type BuilderApi, BuilderContext, problemsByField } from "./builder-context.tsx";
import { fieldId } from "./builder-paths.ts";
import { focusById } from "./focus-field.ts";
import { addPage } from "./instrument-edits.ts";
import { PageEditor, pageHeadingId } from "./page-editor.tsx";
import { ProblemList, problemCountText, problemListId } from "./problem-list.tsx";
import { SettingsEditor } from "./settings-editor.tsx";
import { starterInstrument } from "./starter-instrument.ts";
import "./builder.css";

interface InstrumentBuilderProps {
  readonly slug: string;
  readonly surveyId: string;
  readonly surveyTitle: string;
  /** The newest saved version, or undefined before the first. */
  readonly version: number | undefined;
  readonly readOnly: boolean;
}

type SaveOutcome =
  | { readonly kind: "saved"; readonly version: number; readonly created: boolean }
  | { readonly kind: "refused"; readonly message: string; readonly problems: readonly InstrumentProblem[] };

/**
 * Loads the version to edit, then hands it to the editor. The editor stays mounted while a newer
 * version loads (so a save's message stays on screen); it takes the newer one over itself.
 */
export function InstrumentBuilder(props: InstrumentBuilderProps) {
  const { slug, surveyId, version } = props;
  const loaded = useQuery({
    ...smartspecInstrumentQuery(slug, surveyId, version ?? 0),
    enabled: version !== undefined,
  });
  const last = useRef<{ instrument: Instrument; version: number | undefined } | undefined>(undefined);
  if (loaded.data && version !== undefined) last.current = { instrument: loaded.data, version };
  else if (version === undefined && last.current === undefined) {
    last.current = { instrument: starterInstrument(props.surveyTitle), version: undefined };
  }
  if (last.current === undefined) {
    return loaded.error ? (
      <ErrorAlert error={loaded.error} />
    ) : (
      <p role="status">Loading the questionnaire…</p>
    );
  }
  return <BuilderEditor {...props} initial={last.current.instrument} initialVersion={last.current.version} />;
}

interface Draft {
  readonly instrument: Instrument;
  /** The version the draft started from or was last saved as. */
  readonly base: number | undefined;
  readonly dirty: boolean;
}

function BuilderEditor({
  slug,
  surveyId,
  version,
  readOnly,
  initial,
  initialVersion,
}: InstrumentBuilderProps & { initial: Instrument; initialVersion: number | undefined }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>({ instrument: initial, base: initialVersion, dirty: false });
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const focusNext = useRef<string | undefined>(undefined);
  const latest = useRef(draft);
  latest.current = draft;

  // A version made elsewhere (an uploaded file): taken over at once unless there are unsaved edits.
  const newer = version !== undefined && version !== draft.base ? version : undefined;
  const newerLoaded = newer !== undefined && initialVersion === newer;
  useEffect(() => {
    if (newerLoaded && !latest.current.dirty) setDraft({ instrument: initial, base: newer, dirty: false });
  }, [newerLoaded, newer, initial]);

  const instrument = draft.instrument;
  const checked = useMemo(() => validateInstrument(instrument), [instrument]);
  const problems = checked.ok ? [] : checked.problems;
  const byField = useMemo(() => problemsByField(problems), [problems]);

  useEffect(() => {
    const id = focusNext.current;
    focusNext.current = undefined;
    if (id !== undefined) focusById(document, id);
  });

  const api: BuilderApi = {
    instrument,
    readOnly,
    problemsAt: (path) => byField.get(fieldId(path)) ?? [],
    change: (next, focus) => {
      focusNext.current = focus;
      setOutcome(null);
      setDraft((current) => ({ ...current, instrument: next, dirty: true }));
    },
  };

  async function save() {
    const current = latest.current;
    if (!validateInstrument(current.instrument).ok) return;
    setSaving(true);
    const result = await saveSmartspecInstrument(slug, surveyId, current.instrument);
    setSaving(false);
    if (!result.ok) {
      setOutcome({
        kind: "refused",
        message: result.message,
        problems: result.problems.flatMap((p) =>
          Array.isArray(p.path) ? [{ path: p.path, message: p.message }] : [],
        ),
      });
      return;
    }
    setDraft((now) => ({ ...now, base: result.body.version, dirty: now.instrument !== current.instrument }));
    setOutcome({ kind: "saved", version: result.body.version, created: result.body.created });
    await queryClient.invalidateQueries({ queryKey: surveyKeys.survey(slug, surveyId) });
  }

  const shownProblems = outcome?.kind === "refused" ? [...problems, ...outcome.problems] : problems;
  return (
    <BuilderContext.Provider value={api}>
      <section className="builder" aria-labelledby="builder-heading">
        <h3 id="builder-heading">Questionnaire editor</h3>
        {readOnly ? (
          <p className="builder-note">
            Read-only: this is the version respondents are answering. To ask different questions, create a new
            survey and upload this one's downloaded file there to start from.
          </p>
        ) : (
          <p className="hint">
            Build the questionnaire here; every change is checked as you make it. Saving makes a new version
            (the one live when fieldwork starts is frozen).
          </p>
        )}
        {newerLoaded && draft.dirty && (
          <div className="builder-note" role="status">
            Version {newer} was saved from a file while you were editing.{" "}
            <button
              type="button"
              onClick={() => setDraft({ instrument: initial, base: newer, dirty: false })}
            >
              Load version {newer} (drop my changes)
            </button>
          </div>
        )}
        <SettingsEditor />
        {instrument.pages.map((page, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: position is the identity while names are edited
          <PageEditor key={index} index={index} page={page} />
        ))}
        {!readOnly && (
          <button
            type="button"
            className="builder-add-page"
            onClick={() => {
              const added = addPage(instrument);
              api.change(added.instrument, pageHeadingId(added.at));
            }}
          >
            Add a page
          </button>
        )}
        {!readOnly && <ProblemList instrument={instrument} problems={shownProblems} />}
        {!readOnly && (
          <div className="builder-savebar">
            <p className="builder-savebar-text">
              {outcome?.kind === "saved" ? (
                <span role="status">
                  {outcome.created
                    ? `Saved as version ${outcome.version}; the preview below shows it.`
                    : `No change: this is version ${outcome.version} already.`}
                </span>
              ) : problems.length > 0 ? (
                <a href={`#${problemListId}`}>{problemCountText(problems.length)}</a>
              ) : draft.dirty || draft.base === undefined ? (
                "Unsaved changes."
              ) : (
                `Version ${draft.base}, no unsaved changes.`
              )}
            </p>
            <button
              type="button"
              className="button-primary"
              disabled={problems.length > 0 || saving}
              aria-describedby={problems.length > 0 ? `${problemListId}-heading` : undefined}
              onClick={save}
            >
              {saving ? "Saving…" : "Save as a new version"}
            </button>
          </div>
        )}
        {outcome?.kind === "refused" && <ErrorAlert error={outcome.message} />}
      </section>
    </BuilderContext.Provider>
  );
}
