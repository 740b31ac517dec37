// The owner's side of the fieldwork test over HTTP: create an identified survey, upload the
// instrument and the frame (stratified by size band), sample all, launch and invite, returning each
// reply for the test to check; and the responses listing. Mail subjects say which wave a mail is.
import type { RunningApp } from "./app.ts";
import type { ReceivedMail } from "./mail-message.ts";
import { fieldworkInstrument } from "./survey-fieldwork-answers.ts";
import { expectOk, type OwnerSession } from "./survey-fieldwork-owner.ts";

const title = fieldworkInstrument.title;
export const invitationTemplate = {
  subject: "{{surveyTitle}}: your views",
  text: "Dear {{organisation}},\n\nPlease tell us what your firm needs:\n{{link}}\n\nThank you.",
};
export const reminderTemplate = {
  subject: "Reminder: {{surveyTitle}}",
  text: "Dear {{organisation}},\n\nThere is still time to answer:\n{{link}}\n\nThank you.",
};
export const isInvitation = (mail: ReceivedMail) => mail.subject === `${title}: your views`;
export const isReminder = (mail: ReceivedMail) => mail.subject === `Reminder: ${title}`;

export interface LaunchedFieldwork {
  /** `/api/workspaces/{slug}/surveys/{id}`. */
  readonly path: string;
  readonly surveyId: string;
  readonly frame: { readonly units: number; readonly duplicates: readonly unknown[] };
  readonly sampleStrata: readonly { stratum: string; population: number; sample: number }[];
  readonly invitations: {
    readonly invited: number;
    readonly skippedNoEmail: number;
    readonly skippedSuppressed: number;
  };
}

/** Create -> instrument -> frame (`csv`, stratifyBy=size_band) -> sample all -> launch -> invite. */
export async function launchFieldwork(
  app: RunningApp,
  owner: OwnerSession,
  csv: string,
): Promise<LaunchedFieldwork> {
  const list = `/api/workspaces/${app.workspace.slug}/surveys`;
  const { id } = expectOk<{ id: string }>(
    "create survey",
    await owner.json("POST", list, { title, anonymity: "identified", openLink: false }),
    201,
  );
  const path = `${list}/${id}`;
  const instrument = { format: "surveyjs", instrument: fieldworkInstrument };
  expectOk("instrument", await owner.json("PUT", `${path}/instrument`, instrument), 200);
  const frame = expectOk<{ frameId: string; units: number; duplicates: unknown[] }>(
    "frame",
    await owner.raw(`${path}/frame?name=North%20East%20manufacturers&stratifyBy=size_band`, csv, "text/csv"),
    201,
  );
  const design = { frameId: frame.frameId, seed: "2026", design: { kind: "all" } };
  const sample = expectOk<{ strata: LaunchedFieldwork["sampleStrata"] }>(
    "sample",
    await owner.json("POST", `${path}/sample`, design),
    201,
  );
  expectOk("launch", await owner.json("POST", `${path}/launch`), 200);
  const invitations = expectOk<LaunchedFieldwork["invitations"]>(
    "invitations",
    await owner.json("POST", `${path}/invitations`, invitationTemplate),
    200,
  );
  return {
    path,
    surveyId: id,
    frame: { units: frame.units, duplicates: frame.duplicates },
    sampleStrata: sample.strata.map(({ stratum, population, sample: n }) => ({
      stratum,
      population,
      sample: n,
    })),
    invitations,
  };
}

export interface ResponseRow {
  readonly answers: Record<string, unknown>;
  readonly completed: boolean;
  readonly identity: { readonly organisationName: string | null; readonly email: string | null } | null;
}

/** Every response row of the survey: completed ones, and partial ones a saved page made. */
export async function listResponses(owner: OwnerSession, path: string): Promise<ResponseRow[]> {
  return expectOk<ResponseRow[]>("responses", await owner.json("GET", `${path}/responses`), 200);
}

/** The completed responses only. */
export async function completedResponses(owner: OwnerSession, path: string): Promise<ResponseRow[]> {
  return (await listResponses(owner, path)).filter((response) => response.completed);
}
