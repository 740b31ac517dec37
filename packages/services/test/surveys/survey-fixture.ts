// A survey context on a fresh test database: the first owner and workspace "my-workspace", mail
// queued for SMTP, a clock the test moves, a toy validator (q1 is required) and progress measure
// (answered keys of q1..q4), and a log that keeps every line for inspection.
import type { DatabaseDialect } from "@smartspec/storage";
import { type TestDatabase, testDatabase } from "@smartspec/storage/testing";
import { createFirstOwner, createPlatformContext } from "../../src/platform/index.ts";
import {
  createSurveyContext,
  type FrameRow,
  type ResponseValidator,
  type SurveyContext,
} from "../../src/surveys/index.ts";
import { goodPassword, type ManualClock, manualClock } from "../platform/platform-fixture.ts";

export const publicUrl = "https://smartspec.test";
export const slug = "my-workspace";

/** q1 is required; anything else passes. Problems name the question. */
export const requireQ1: ResponseValidator = (_instrument, answers) =>
  answers.q1 === undefined
    ? { ok: false, problems: [{ question: "q1", message: "required" }] }
    : { ok: true, answers };

/** Share of q1..q4 answered. */
export const progressOfFour = (_instrument: unknown, answers: Record<string, unknown>) =>
  ["q1", "q2", "q3", "q4"].filter((q) => answers[q] !== undefined).length / 4;

export const instrument = {
  title: "SME needs",
  pages: [{ name: "p1", elements: [{ type: "text", name: "q1" }] }],
};

export interface SurveyFixture {
  readonly database: TestDatabase;
  readonly ctx: SurveyContext;
  readonly clock: ManualClock;
  readonly ownerId: string;
  readonly logLines: string[];
  /** A context on another connection, as a second (or restarted) server would have. */
  another(): Promise<{ readonly ctx: SurveyContext; close(): Promise<void> }>;
  close(): Promise<void>;
}

export async function surveyFixture(dialect: DatabaseDialect): Promise<SurveyFixture> {
  const database = await testDatabase(dialect);
  const clock = manualClock();
  const logLines: string[] = [];
  const options = { publicUrl, mailDelivery: "smtp" as const, now: clock.now };
  const surveyOptions = {
    validateResponse: requireQ1,
    measureProgress: progressOfFour,
    log: (event: string, fields: object) => logLines.push(JSON.stringify({ event, ...fields })),
  };
  const ctx = createSurveyContext(createPlatformContext(database, options), surveyOptions);
  const { user } = await createFirstOwner(ctx, { email: "owner@example.org", password: goodPassword });
  return {
    database,
    ctx,
    clock,
    ownerId: user.id,
    logLines,
    another: async () => {
      const second = await database.openAnother();
      return {
        ctx: createSurveyContext(createPlatformContext(second, options), surveyOptions),
        close: () => second.close(),
      };
    },
    close: () => database.close(),
  };
}

/**
 * Frame rows 2..41: rows 2-21 micro (20), 22-33 small (12), 34-41 medium (8); every row eligible
 * except 41 (ceased trading); row 40 has no email. Row n's contact is `org<n>@example.org`.
 */
export function frameRows(): FrameRow[] {
  return Array.from({ length: 40 }, (_, i) => {
    const rowNumber = i + 2;
    return {
      rowNumber,
      organisationName: `Organisation ${rowNumber} Ltd`,
      email: rowNumber === 40 ? null : `org${rowNumber}@example.org`,
      sizeBand: rowNumber <= 21 ? "micro" : rowNumber <= 33 ? "small" : "medium",
      region: "North East",
      postcode: `NE${rowNumber} 1AA`,
      eligibility: rowNumber === 41 ? "ceased" : "eligible",
    };
  });
}

/** The personal-link token on its own line in a mail text, or throws. */
export function surveyTokenFromMail(text: string): string {
  const match = text.match(/^https:\/\/smartspec\.test\/s\/([A-Za-z0-9_-]{43})$/m);
  if (!match?.[1]) throw new Error(`No personal survey link on its own line in:\n${text}`);
  return match[1];
}

export const dayMs = 24 * 60 * 60 * 1000;
