// Journey (issue 6 must-show): fieldwork through the real server. An owner imports a frame of 1,100
// organisations, samples all and invites them; the in-process SMTP receiver gets one invitation
// per address. 107 answer through their personal links: 7 in Chromium, 100 over HTTP (some submits
// retried, two sent at once). The server is crashed (SIGKILL) with submits in flight after 50
// answers, and stopped (SIGTERM) while the reminder wave is being delivered; both times it starts
// again on the same data directory. It ends with exactly 993 reminders (one per non-respondent,
// none to respondents), RR1 = 107 / 1,100 (9.7%), 107 responses holding the answers sent, and no
// mail received twice.
import { startApp } from "../support/app.ts";
import { expect, test } from "../support/fixtures.ts";
import { signIn, waitForShell } from "../support/journey-steps.ts";
import { checkPage } from "../support/page-check.ts";
import { answersFor, type FieldworkAnswers, respondentRows } from "../support/survey-fieldwork-answers.ts";
import { answerInBrowser } from "../support/survey-fieldwork-browser.ts";
import { type FrameUnit, fieldworkFrame } from "../support/survey-fieldwork-frame.ts";
import {
  completedResponses,
  isInvitation,
  isReminder,
  launchFieldwork,
  listResponses,
  reminderTemplate,
} from "../support/survey-fieldwork-launch.ts";
import {
  countByAddress,
  personalLinkOf,
  recipientOf,
  repeatedTokens,
  waitForMailCount,
} from "../support/survey-fieldwork-mail.ts";
import { expectOk, ownerSession } from "../support/survey-fieldwork-owner.ts";
import {
  answerOverHttp,
  idempotencyKey,
  inParallel,
  respondRequest,
  submitOverHttp,
  tokenOfLink,
} from "../support/survey-fieldwork-respond.ts";

test("fieldwork: 1,100 invited, 107 answer in Chromium and over HTTP across a crash, 993 reminded, RR1 9.7%", {
  timeout: 420_000,
}, async ({ browser }) => {
  const app = await startApp({
    smtp: true,
    extraEnv: { SMARTSPEC_REMINDER_INTERVAL_MS: "500", LOG_LEVEL: "warn" },
  });
  try {
    const smtp = app.smtp;
    if (smtp === undefined) throw new Error("the fieldwork app needs its SMTP receiver");
    const frame = fieldworkFrame(2026);
    // Largest remainder of 1,100 over GB manufacturing SMEs 2022 (106,080 / 20,585 / 5,795 of
    // 132,460): quotas 880.93 / 170.94 / 48.12 -> 881 / 171 / 48.
    expect(["0-9", "10-49", "50-249"].map((b) => frame.units.filter((u) => u.sizeBand === b).length)).toEqual(
      [881, 171, 48],
    );
    let owner = await ownerSession(app);
    const launched = await launchFieldwork(app, owner, frame.csv);
    const path = launched.path;
    expect([launched.frame.units, launched.frame.duplicates]).toEqual([1100, []]);
    // Design "all" has one stratum "*": every unit of the frame.
    expect(launched.sampleStrata).toEqual([{ stratum: "*", population: 1100, sample: 1100 }]);
    expect(launched.invitations).toEqual({ invited: 1100, skippedNoEmail: 0, skippedSuppressed: 0 });

    // 1. One invitation per address of the frame, each with its own token.
    const invitations = await waitForMailCount(smtp, isInvitation, 1100, {
      timeoutMs: 150_000,
      settleMs: 4_000,
    });
    expect(invitations.length).toBe(1100);
    const linkByEmail = new Map(invitations.map((mail) => [recipientOf(mail), personalLinkOf(mail)]));
    expect([...linkByEmail.keys()].sort()).toEqual(frame.units.map((u) => u.email).sort());
    expect(repeatedTokens(invitations)).toEqual([]);

    const rows = respondentRows(1100, 107, 7);
    const unitOf = (row: number): FrameUnit => {
      const unit = frame.units[row - 1];
      if (unit === undefined) throw new Error(`No frame row ${row}`);
      return unit;
    };
    const linkOf = (row: number) => linkByEmail.get(unitOf(row).email) ?? "";
    const sent = new Map<number, FieldworkAnswers>(rows.map((row, index) => [row, answersFor(index)]));
    const answersOf = (row: number) => ({ ...(sent.get(row) as FieldworkAnswers) });
    const acknowledged = new Set<number>();
    const answerHttp = async (row: number) => {
      const reply = await answerOverHttp(
        app.url,
        tokenOfLink(linkOf(row)),
        answersOf(row),
        idempotencyKey(row),
      );
      expect(reply.status, `first submit of row ${row}`).toBe(201);
      acknowledged.add(row);
    };

    // 2. Seven respondents in Chromium, each in a fresh browser context (the first one checked).
    for (const [index, row] of rows.slice(0, 7).entries()) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(15_000);
        await answerInBrowser(
          page,
          linkOf(row),
          answersOf(row),
          index === 0 ? "survey-fieldwork" : undefined,
        );
        acknowledged.add(row);
      } finally {
        await context.close();
      }
    }

    // 3. 43 over HTTP, six at a time; every fifth submit retried with its key, one pair sent at once.
    await inParallel(rows.slice(7, 50), 6, answerHttp);
    for (const row of rows.slice(7, 50).filter((_, index) => index % 5 === 0)) {
      const retry = await submitOverHttp(
        app.url,
        tokenOfLink(linkOf(row)),
        answersOf(row),
        idempotencyKey(row),
      );
      expect([retry.status, retry.body]).toEqual([200, { stored: false, alreadyStored: true }]);
    }
    // The pair's and the crash batch's respondents open the form and save a page first, as all do.
    const opened = async (row: number) => {
      const token = tokenOfLink(linkOf(row));
      expect((await respondRequest(app.url, "GET", token)).status).toBe(200);
      const page = { aware: answersOf(row).aware, benefits: answersOf(row).benefits };
      expect((await respondRequest(app.url, "PUT", `${token}/progress`, { answers: page })).status).toBe(204);
    };
    for (const row of rows.slice(50, 61)) await opened(row);
    const pairRow = rows[50] as number;
    const pair = await Promise.all(
      [0, 1].map(() =>
        submitOverHttp(app.url, tokenOfLink(linkOf(pairRow)), answersOf(pairRow), idempotencyKey(pairRow)),
      ),
    );
    expect(pair.map((reply) => reply.status).sort()).toEqual([200, 201]);
    acknowledged.add(pairRow);
    expect((await completedResponses(owner, path)).length).toBe(51);

    // 4. A crash with ten submits in flight: SIGKILL once three of them are acknowledged.
    const crashRows = rows.slice(51, 61);
    let settled = 0;
    const inFlight = crashRows.map((row) =>
      submitOverHttp(app.url, tokenOfLink(linkOf(row)), answersOf(row), idempotencyKey(row))
        .then(
          () => acknowledged.add(row),
          () => undefined,
        )
        .finally(() => {
          settled += 1;
        }),
    );
    while (acknowledged.size < 54 && settled < crashRows.length) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await app.restart("crash");
    await Promise.all(inFlight);
    owner = await ownerSession(app);
    const afterCrash = await completedResponses(owner, path);
    const storedEmails = new Set(afterCrash.map((r) => r.identity?.email));
    // Every acknowledged answer survived the crash; unacknowledged ones may or may not have.
    expect([...acknowledged].filter((row) => !storedEmails.has(unitOf(row).email))).toEqual([]);
    expect(afterCrash.length).toBeLessThanOrEqual(61);
    // Each unacknowledged submit is retried with its key: stored now, or found already stored.
    for (const row of crashRows.filter((r) => !acknowledged.has(r))) {
      const retry = await submitOverHttp(
        app.url,
        tokenOfLink(linkOf(row)),
        answersOf(row),
        idempotencyKey(row),
      );
      expect(retry.status).toBe(storedEmails.has(unitOf(row).email) ? 200 : 201);
      acknowledged.add(row);
    }
    // A retry of an answer acknowledged before the crash is still recognised after it.
    const early = rows[8] as number;
    const again = await submitOverHttp(
      app.url,
      tokenOfLink(linkOf(early)),
      answersOf(early),
      idempotencyKey(early),
    );
    expect([again.status, again.body]).toEqual([200, { stored: false, alreadyStored: true }]);

    // 5. The other 46 over HTTP; then 107 responses, one per respondent.
    await inParallel(rows.slice(61), 6, answerHttp);
    expect(acknowledged.size).toBe(107);
    expect((await completedResponses(owner, path)).length).toBe(107);

    // 6. A reminder wave due now, stopped (SIGTERM) and restarted while it is being delivered.
    expectOk(
      "reminder wave",
      await owner.json("POST", `${path}/reminders`, {
        wave: 1,
        dueAt: new Date().toISOString(),
        ...reminderTemplate,
      }),
      200,
    );
    let restartedAt: number | undefined;
    const reminders = await waitForMailCount(smtp, isReminder, 993, {
      timeoutMs: 150_000,
      settleMs: 4_000,
      during: async (count) => {
        if (restartedAt !== undefined || count < 150) return;
        restartedAt = count;
        await app.restart("graceful");
      },
    });
    expect(restartedAt, "the server restarted while reminders were being delivered").toBeLessThan(993);
    owner = await ownerSession(app);

    // 7. Mail: 993 reminders, none to a respondent; 2 mails per non-respondent, 1 per respondent.
    expect(reminders.length).toBe(993);
    const respondentEmails = new Set(rows.map((row) => unitOf(row).email));
    expect(reminders.filter((mail) => respondentEmails.has(recipientOf(mail)))).toEqual([]);
    const perAddress = countByAddress(smtp.messages);
    expect(perAddress.size).toBe(1100);
    const wrong = frame.units.filter(
      (u) => perAddress.get(u.email) !== (respondentEmails.has(u.email) ? 1 : 2),
    );
    expect(wrong.map((u) => `${u.email}: ${perAddress.get(u.email)}`)).toEqual([]);
    expect(smtp.messages.length).toBe(2093);
    expect(repeatedTokens(smtp.messages)).toEqual([]);

    // 8. The record: 107 responses holding the answers sent, one per respondent.
    const stored = await listResponses(owner, path);
    expect(stored.length).toBe(107);
    const byEmail = new Map(stored.map((r) => [r.identity?.email ?? "", r]));
    expect(byEmail.size).toBe(107);
    for (const row of rows) {
      const response = byEmail.get(unitOf(row).email);
      expect(response?.completed, `response of row ${row}`).toBe(true);
      expect(response?.identity?.organisationName).toBe(unitOf(row).name);
      expect(response?.answers, `answers of row ${row}`).toEqual(answersOf(row));
    }

    // 9. The dashboard: I = 107, the 993 others of unknown eligibility (rule 10: UO),
    // RR1 = 107 / 1,100 = 0.097272..., e = (I+P+R+NC+O) / (... + NE) = 107 / 107 = 1.
    const dashboard = expectOk<{
      dispositions: Record<string, number>;
      rates: { rates: Record<string, number>; e: number };
      mailsByWave: { wave: number; mails: number }[];
      strata: { stratum: string; frameUnits: number; cases: number; invited: number; completed: number }[];
    }>("dashboard", await owner.json("GET", `${path}/dashboard`), 200);
    // Per size band: frame units = cases = invited (all sampled); completes as the drawn respondents fall.
    const inBand = (band: string, units: readonly FrameUnit[]) =>
      units.filter((u) => u.sizeBand === band).length;
    const respondents = rows.map((row) => unitOf(row));
    expect(dashboard.strata.map((s) => [s.stratum, s.frameUnits, s.cases, s.invited, s.completed])).toEqual(
      ["0-9", "10-49", "50-249"].map((band) => {
        const units = inBand(band, frame.units);
        return [band, units, units, units, inBand(band, respondents)];
      }),
    );
    expect(dashboard.dispositions).toEqual({ I: 107, P: 0, R: 0, NC: 0, O: 0, UH: 0, UO: 993, NE: 0 });
    expect(dashboard.rates.rates.RR1).toBe(107 / 1100);
    expect(dashboard.rates.e).toBe(1);
    expect(dashboard.mailsByWave).toEqual([
      { wave: 0, mails: 1100 },
      { wave: 1, mails: 993 },
    ]);

    // 10. The owner's fieldwork page says so.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      await signIn(page, app.url, app.owner.email, app.owner.password);
      await waitForShell(page);
      await page.goto(`${app.url}/w/${app.workspace.slug}/surveys/${launched.surveyId}/fieldwork`);
      await page.getByText("Response rate (AAPOR RR1): 9.7%").waitFor();
      await page.getByRole("table", { name: "Final dispositions" }).waitFor();
      await page.getByRole("table", { name: "Disposition of each case (1100)" }).waitFor();
      await checkPage(page, "survey-fieldwork", "05-owner-dashboard");
    } finally {
      await context.close();
    }
  } catch (error) {
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\n--- server log ---\n${app.logTail()}`,
      {
        cause: error,
      },
    );
  } finally {
    await app.stop();
  }
});
