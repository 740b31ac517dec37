// Every problem validateInstrument (or the server) finds, in words and by place, each a link that
// takes focus to the field at fault. The count is announced politely as it changes.
import type { Instrument, InstrumentProblem } from "@smartspec/domain";
import { describeProblemPath, problemTargets } from "./builder-paths.ts";
import { focusProblem } from "./focus-field.ts";

export const problemListId = "builder-problems";

/** "No problems", "1 problem to fix before saving", "3 problems to fix before saving". */
export function problemCountText(count: number): string {
  if (count === 0) return "No problems: the questionnaire can be saved.";
  return `${count} ${count === 1 ? "problem" : "problems"} to fix before saving.`;
}

export function ProblemList({
  instrument,
  problems,
}: {
  instrument: Instrument;
  problems: readonly InstrumentProblem[];
}) {
  return (
    <section className="builder-problems" aria-labelledby={`${problemListId}-heading`}>
      <h4 id={`${problemListId}-heading`} tabIndex={-1}>
        Checks
      </h4>
      <p aria-live="polite" className={problems.length === 0 ? "builder-ok" : "builder-count"}>
        {problemCountText(problems.length)}
      </p>
      {problems.length > 0 && (
        <ul id={problemListId} className="builder-problem-list">
          {problems.map((problem) => {
            const where = describeProblemPath(instrument, problem.path);
            return (
              <li key={`${problem.path.join(".")} ${problem.message}`}>
                <a
                  href={`#${problemTargets(problem.path)[0] ?? ""}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusProblem(document, problem.path);
                  }}
                >
                  {where}
                </a>
                : {problem.message}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
