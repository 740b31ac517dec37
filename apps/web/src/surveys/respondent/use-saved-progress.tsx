// Save-and-resume for one open form: every change goes to the browser's storage at once and to the
// server on a page change, every few seconds while something is unsent, when the connection comes
// back and when the page is hidden. Open links keep the resume key the first save returns, or the
// one the open issued (split ballots: the variant comes from it, so a reload shows the same one).
import { useEffect, useMemo, useRef, useState } from "react";
import type { RespondentApi } from "../../api/survey-respondent.ts";
import type { AnswerStore } from "./answer-store.ts";
import { createProgressSaver, type SaveState } from "./progress-saver.ts";

/** How often unsent answers are sent while the form is open. */
export const autosaveIntervalMs = 5_000;

export interface SavedProgress {
  readonly saveState: SaveState;
  readonly resumeKey: () => string | null;
  readonly changed: (answers: Record<string, unknown>, pageNo: number) => void;
  readonly pageChanged: (answers: Record<string, unknown>, pageNo: number) => void;
}

export function useSavedProgress(api: RespondentApi, store: AnswerStore, initialResumeKey: string | null) {
  const [saveState, setSaveState] = useState<SaveState>("saved");
  const resumeKey = useRef<string | null>(store.read().resumeKey ?? initialResumeKey);
  const saver = useMemo(
    () =>
      createProgressSaver(async (answers) => {
        const answer = await api.saveProgress(answers, resumeKey.current);
        if (answer?.resumeKey) {
          resumeKey.current = answer.resumeKey;
          store.write({ resumeKey: answer.resumeKey });
        }
      }, setSaveState),
    [api, store],
  );

  useEffect(() => {
    if (initialResumeKey !== null && store.read().resumeKey === null)
      store.write({ resumeKey: initialResumeKey });
  }, [store, initialResumeKey]);

  useEffect(() => {
    const flush = () => void saver.flush();
    const hidden = () => {
      if (document.visibilityState === "hidden") flush();
    };
    const timer = window.setInterval(flush, autosaveIntervalMs);
    window.addEventListener("online", flush);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("online", flush);
      document.removeEventListener("visibilitychange", hidden);
    };
  }, [saver]);

  return useMemo<SavedProgress>(
    () => ({
      saveState,
      resumeKey: () => resumeKey.current,
      changed: (answers, pageNo) => {
        store.write({ answers, pageNo });
        saver.changed(answers);
      },
      pageChanged: (answers, pageNo) => {
        store.write({ answers, pageNo });
        void saver.flush();
      },
    }),
    [saveState, saver, store],
  );
}

/** The save state in words, for the polite status line under the form. */
export function saveStateText(state: SaveState): string {
  switch (state) {
    case "saved":
      return "Your answers are saved. You can close this page and come back to it with the same link.";
    case "unsaved":
    case "saving":
      return "Saving your answers…";
    case "offline":
      return "Your answers are kept on this device; they will be sent when the connection is back.";
  }
}
