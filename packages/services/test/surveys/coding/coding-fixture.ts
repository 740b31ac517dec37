// A launched survey for the coding tests: a domain instrument with one text question (q1, which the
// fixture's validator requires) and a single choice with "other" (q2), answered through the open
// link with the given texts; plus an analyst, a second analyst and a viewer in the workspace.
import { insertMembership, insertUser } from "@smartspec/storage";
import { sql } from "kysely";
import {
  createSurvey,
  launchSurvey,
  saveInstrumentVersion,
  submitOpenLinkResponse,
} from "../../../src/surveys/index.ts";
import { type SurveyFixture, slug } from "../survey-fixture.ts";

/** The instrument in the domain's model (what the server stores after validation). */
export const codingInstrument = {
  settings: { title: "Facility needs" },
  pages: [
    {
      name: "p1",
      elements: [
        {
          type: "text",
          name: "q1",
          title: "What does your firm need most?",
          required: true,
          multiline: true,
        },
        {
          type: "single-choice",
          name: "q2",
          title: "Where did you hear of us?",
          required: false,
          display: "radio",
          choices: [{ value: "events", label: "Events" }],
          choiceOrder: "fixed",
          pinSpecialLast: true,
          other: { label: "Other (please specify)" },
        },
      ],
    },
  ],
};

export interface CodingSurvey {
  readonly surveyId: string;
  /** The response id of each text, by text. */
  readonly responseOf: ReadonlyMap<string, string>;
}

/** Launches a survey (`anonymity`, open link on) and submits one response per text in `texts`. */
export async function codingSurvey(
  fixture: SurveyFixture,
  title: string,
  anonymity: "anonymous" | "confidential",
  texts: readonly string[],
): Promise<CodingSurvey> {
  const { ctx, ownerId: userId } = fixture;
  const created = await createSurvey(ctx, { userId, slug, title, anonymity, openLink: "anonymous" });
  const props = { userId, slug, surveyId: created.id };
  await saveInstrumentVersion(ctx, { ...props, instrument: codingInstrument });
  const survey = await launchSurvey(ctx, props);
  const key = survey.openLinkUrl!.split("/").pop()!;
  for (const [index, text] of texts.entries()) {
    const answers = { q1: text, q2: "other", "q2-Comment": `Heard at place ${index + 1}` };
    await submitOpenLinkResponse(ctx, {
      key,
      answers,
      idempotencyKey: `${title.replace(/\W/g, "-")}-${index}-submission`.padEnd(24, "x"),
    });
  }
  const table = anonymity === "anonymous" ? "survey_anonymous_responses" : "survey_responses";
  const rows = (
    await sql<{ id: string; text: string }>`
      select id::text as id, answers->>'q1' as text from ${sql.table(table)} where survey_id = ${created.id}`.execute(
      fixture.database.db,
    )
  ).rows;
  return { surveyId: created.id, responseOf: new Map(rows.map((r) => [r.text, r.id])) };
}

/** Adds a member with `role`; returns their user id. */
export async function addMember(
  fixture: SurveyFixture,
  email: string,
  role: "analyst" | "viewer",
): Promise<string> {
  const db = fixture.database.db;
  const user = (await insertUser(db, {
    email,
    name: email.split("@")[0]!,
    passwordHash: "x",
    isAdmin: false,
  }))!;
  const workspace = (await sql<{ id: string }>`select id from workspaces where slug = ${slug}`.execute(db))
    .rows[0]!;
  await insertMembership(db, { workspaceId: workspace.id, userId: user.id, role });
  return user.id;
}
