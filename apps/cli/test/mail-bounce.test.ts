// `smartspec mail bounce` through the real bin, on a database holding a launched survey whose
// invitations are in the outbox: a Postfix-shaped DSN (packages/services/test/platform/
// delivery-reports/fixtures) for one of them, from a file, makes that case a hard bounce; the same
// file again and other messages are ignored with the reason (exit 0); from standard input alike;
// an unreadable file exits 1, usage mistakes 2, an unreachable database 75. On the embedded
// database, and on PostgreSQL when TEST_DATABASE_URL is set (a database of its own, dropped after).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createSurveyContext, listCaseDispositions, openPlatform } from "@smartspec/services";
import { prepareTestDataDir } from "@smartspec/storage/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CensusSurvey,
  prepareCensusSurvey,
  censusSlug as slug,
  type DatabaseTarget as Target,
} from "../../../packages/services/test/surveys/census-survey.ts";
import { type CliRun, cliPath, smartspec, tempDirectory } from "./run-cli.ts";

const fixtures = new URL(
  "../../../packages/services/test/platform/delivery-reports/fixtures/",
  import.meta.url,
);
const postfixSample = readFileSync(new URL("postfix-user-unknown.eml", fixtures), "latin1");
const sampleId = "0b6f3c52-8d1e-4f7a-9c2b-5e4d3a2b1c0d";
const publicUrl = "http://localhost:3000";

/** Each case's [row, code, rule], read with the services after the CLI ran. */
async function dispositions(target: Target, ownerId: string, surveyId: string) {
  const platform = await openPlatform({ ...target, publicUrl });
  try {
    const ctx = createSurveyContext(platform, { validateResponse: (_i, answers) => ({ ok: true, answers }) });
    const cases = await listCaseDispositions(ctx, { userId: ownerId, slug, surveyId });
    return cases.map((c) => [c.rowNumber, c.code, c.rule]).sort();
  } finally {
    await platform.close();
  }
}

/** Runs the bin with `input` on standard input. */
function smartspecWithInput(
  args: readonly string[],
  input: string,
  env: Record<string, string>,
): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      env: { ...process.env, SMARTSPEC_DEBUG: "", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.once("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(input);
  });
}

function bounceJourney(
  name: string,
  target: () => Promise<{ target: Target; env: Record<string, string>; drop?: () => Promise<void> }>,
) {
  describe(`smartspec mail bounce on ${name}`, () => {
    const folder = tempDirectory("mail-bounce");
    let setUp: Awaited<ReturnType<typeof target>>;
    let survey: CensusSurvey;
    beforeAll(async () => {
      setUp = await target();
      survey = await prepareCensusSurvey(setUp.target, {
        publicUrl,
        password: "a long and secret passphrase",
      });
    }, 120_000);
    afterAll(async () => {
      await setUp?.drop?.();
    });

    it("records a hard bounce from a file once, and ignores what bounces nothing", async () => {
      const id = survey.invitationIds.get(3)!;
      const dsn = join(folder, "bounce.eml");
      writeFileSync(dsn, postfixSample.replaceAll(sampleId, id).replaceAll("org25@", "org3@"), "latin1");
      const env = setUp.env;
      expect(await smartspec(["mail", "bounce", "--file", dsn], { env })).toEqual({
        code: 0,
        stdout: `Recorded a hard bounce for outbox mail ${id}.\n`,
        stderr: "",
      });
      expect(await smartspec(["mail", "bounce", "--file", dsn], { env })).toEqual({
        code: 0,
        stdout: `Ignored: the bounce of outbox mail ${id} was recorded before.\n`,
        stderr: "",
      });
      expect(
        await smartspec(["mail", "bounce", "--file", fixturePath("out-of-office.eml")], { env }),
      ).toEqual({
        code: 0,
        stdout:
          "Ignored: not a delivery status notification: no message/delivery-status part in multipart/alternative.\n",
        stderr: "",
      });
      const delayed = readFileSync(new URL("postfix-delayed.eml", fixtures), "latin1").replaceAll(
        "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
        survey.invitationIds.get(4)!,
      );
      expect(await smartspecWithInput(["mail", "bounce"], delayed, env)).toEqual({
        code: 0,
        stdout: "Ignored: delivery is delayed, not failed: the relay is still trying.\n",
        stderr: "",
      });
      expect(await dispositions(setUp.target, survey.ownerId, survey.surveyId)).toEqual([
        [2, "NC", 9],
        [3, "UO", 8],
        [4, "NC", 9],
      ]);
    }, 120_000);
  });
}

const fixturePath = (name: string) => new URL(name, fixtures).pathname;

bounceJourney("the embedded database", async () => {
  const dataDir = join(tempDirectory("mail-bounce-data"), "data");
  await prepareTestDataDir(dataDir);
  return { target: { dataDir }, env: { SMARTSPEC_DATA_DIR: dataDir, DATABASE_URL: "" } };
});

// Only where a PostgreSQL server is given (CI sets TEST_DATABASE_URL; then a failure fails).
const postgresServer = process.env.TEST_DATABASE_URL;
if (postgresServer)
  bounceJourney("PostgreSQL", async () => {
    const database = `smartspec_mail_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: postgresServer });
    await admin.connect();
    await admin.query(`create database ${database}`);
    await admin.end();
    const url = new URL(postgresServer);
    url.pathname = `/${database}`;
    return {
      target: { databaseUrl: url.href },
      env: { DATABASE_URL: url.href },
      drop: async () => {
        const client = new pg.Client({ connectionString: postgresServer });
        await client.connect();
        await client.query(`drop database if exists ${database} with (force)`);
        await client.end();
      },
    };
  });

describe("smartspec mail bounce: files, usage and the database", () => {
  const folder = tempDirectory("mail-bounce-usage");
  const env = { SMARTSPEC_DATA_DIR: join(folder, "never-created"), DATABASE_URL: "" };

  it("exits 1 naming a file it cannot read, before opening any database", async () => {
    expect(await smartspec(["mail", "bounce", "--file", "missing.eml"], { cwd: folder, env })).toEqual({
      code: 1,
      stdout: "",
      stderr: "smartspec mail: cannot read missing.eml (ENOENT).\n",
    });
  });

  it.each([
    [["mail"], "smartspec mail: missing action: smartspec mail bounce [--file MESSAGE.eml]"],
    [["mail", "send"], 'smartspec mail: unknown mail action "send"; the one there is: bounce'],
    [["mail", "bounce", "--to", "x"], "smartspec mail: unknown option --to"],
    [["mail", "bounce", "--file"], "smartspec mail: option --file needs a value"],
  ])("%j exits 2", async (args, message) => {
    expect(await smartspec(args, { cwd: folder, env })).toEqual({
      code: 2,
      stdout: "",
      stderr: `${message}\nRun "smartspec mail --help" for usage.\n`,
    });
  });

  it("exits 75 when the database cannot be reached, so an MTA tries again later", async () => {
    const run = await smartspec(["mail", "bounce", "--file", fixturePath("postfix-user-unknown.eml")], {
      env: { DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" },
    });
    expect(run.code).toBe(75);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^smartspec mail: cannot open the PostgreSQL database at DATABASE_URL: .+\n$/);
    expect(run.stderr).not.toContain("nobody");
  });

  it("prints its help", async () => {
    const run = await smartspec(["mail", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: smartspec mail bounce \[--file MESSAGE\.eml\]\n/);
  });
});
