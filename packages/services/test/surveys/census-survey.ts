// A database (embedded data dir or PostgreSQL) prepared for tests that run a real process on it -
// the server, the CLI: the first owner, workspace "my-workspace", and a launched census survey of
// frame rows 2-4 (org{row}@example.org) whose invitations wait in the outbox.
import {
  createFirstOwner,
  createSurvey,
  createSurveyContext,
  drawSample,
  importFrame,
  issueInvitations,
  launchSurvey,
  openPlatform,
  readOutbox,
  saveInstrumentVersion,
} from "../../src/index.ts";

export type DatabaseTarget = { readonly dataDir: string } | { readonly databaseUrl: string };

export interface CensusSurvey {
  readonly ownerId: string;
  readonly surveyId: string;
  /** The invitation's outbox id by frame row. */
  readonly invitationIds: ReadonlyMap<number, string>;
}

export const censusSlug = "my-workspace";

export async function prepareCensusSurvey(
  target: DatabaseTarget,
  owner: { readonly publicUrl: string; readonly password: string },
): Promise<CensusSurvey> {
  const platform = await openPlatform({ ...target, publicUrl: owner.publicUrl, mailDelivery: "smtp" });
  try {
    const { user } = await createFirstOwner(platform, {
      email: "owner@example.org",
      password: owner.password,
    });
    const ctx = createSurveyContext(platform, { validateResponse: (_i, answers) => ({ ok: true, answers }) });
    const survey = await createSurvey(ctx, {
      userId: user.id,
      slug: censusSlug,
      title: "SME needs 2026",
      anonymity: "identified",
    });
    const props = { userId: user.id, slug: censusSlug, surveyId: survey.id };
    await saveInstrumentVersion(ctx, {
      ...props,
      instrument: { title: "SME needs", pages: [{ name: "p1", elements: [{ type: "text", name: "q1" }] }] },
    });
    const rows = [2, 3, 4].map((rowNumber) => ({
      rowNumber,
      organisationName: `Organisation ${rowNumber} Ltd`,
      email: `org${rowNumber}@example.org`,
      sizeBand: "micro",
      region: "North East",
      postcode: `NE${rowNumber} 1AA`,
      eligibility: "eligible",
    }));
    const frame = await importFrame(ctx, { ...props, name: "frame", rows });
    await drawSample(ctx, { ...props, frameId: frame.frameId, design: { design: "all" }, seed: "all" });
    await launchSurvey(ctx, props);
    await issueInvitations(ctx, { ...props, subject: "{{surveyTitle}}", text: "{{link}}" });
    const invitationIds = new Map<number, string>();
    for (const mail of await readOutbox(ctx, { userId: user.id, slug: censusSlug }))
      invitationIds.set(Number(/^org(\d+)@/.exec(mail.to)?.[1]), mail.id);
    return { ownerId: user.id, surveyId: survey.id, invitationIds };
  } finally {
    await platform.close();
  }
}
