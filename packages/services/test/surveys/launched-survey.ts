// A launched survey with a census of frameRows().slice(0, n) and its invitations queued; returns
// each row's personal-link token read from the outbox. The instrument defaults to the fixture's.
import { listAllMail } from "@smartspec/storage";
import {
  createSurvey,
  drawSample,
  importFrame,
  issueInvitations,
  launchSurvey,
  type SurveyView,
  saveInstrumentVersion,
} from "../../src/surveys/index.ts";
import { frameRows, instrument, type SurveyFixture, slug, surveyTokenFromMail } from "./survey-fixture.ts";

export async function launchedSurvey(
  fixture: SurveyFixture,
  options: {
    readonly title: string;
    readonly anonymity: string;
    readonly openLink?: string;
    readonly rows: number;
    readonly instrument?: object;
  },
): Promise<{ readonly survey: SurveyView; readonly tokens: Map<number, string> }> {
  const { ctx, ownerId: userId } = fixture;
  const created = await createSurvey(ctx, {
    userId,
    slug,
    title: options.title,
    anonymity: options.anonymity,
    openLink: options.openLink ?? "off",
  });
  const props = { userId, slug, surveyId: created.id };
  await saveInstrumentVersion(ctx, { ...props, instrument: options.instrument ?? instrument });
  const frame = await importFrame(ctx, { ...props, name: "frame", rows: frameRows().slice(0, options.rows) });
  await drawSample(ctx, { ...props, frameId: frame.frameId, design: { design: "all" }, seed: "all" });
  const survey = await launchSurvey(ctx, props);
  await issueInvitations(ctx, { ...props, subject: "{{surveyTitle}}", text: "{{link}}" });
  const tokens = new Map<number, string>();
  for (const mail of await listAllMail(fixture.database.db)) {
    if (mail.subject !== options.title) continue;
    tokens.set(Number(mail.to.match(/^org(\d+)@/)?.[1]), surveyTokenFromMail(mail.text));
  }
  return { survey, tokens };
}
