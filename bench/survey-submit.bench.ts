// Survey response submissions under load (issue 6): the real server process with SMTP_URL at an
// in-process SMTP server. The owner creates an identified survey with an open link, uploads a
// frame of BENCH_RESPONDENTS organisations (default 6,000; synthetic addresses, as no real frame
// with e-mail addresses can be shipped), draws everyone, launches and invites; the mails arrive over
// SMTP and their personal links are the tokens. Then 200 concurrent respondents:
//   1. personal links: each client submits the next unused token until none is left;
//   2. the open link: BENCH_SECONDS (default 10) of submissions, each with its own idempotency key.
// After each phase the responses listing must hold exactly the acknowledged answers (201s): a
// submission acknowledged but not stored fails the benchmark. PGlite always; PostgreSQL when
// BENCH_DATABASE_URL, DATABASE_URL or TEST_DATABASE_URL names a server. Goal (issue 6): at least
// 1,000 submissions/s on PostgreSQL on this 2-core machine, client and server sharing it.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { Agent } from "node:http";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { linksIn } from "../e2e/support/mail-message.ts";
import { startSmtpReceiver } from "../e2e/support/smtp-receiver.ts";
import {
  call,
  closedLoop,
  createOwner,
  loadLine,
  postgresServerUrl,
  type Reply,
  serverPrinted,
  signIn,
  startServer,
  withScratchDatabase,
} from "./support/http-load.ts";

const clients = 200;
const respondents = Number(process.env.BENCH_RESPONDENTS ?? 6000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const email = "bench@example.org";
const password = "bench password 0123456789";
const slug = "my-workspace";

const instrument = {
  title: "SME needs (benchmark)",
  pages: [
    {
      name: "p1",
      elements: [
        {
          type: "radiogroup",
          name: "aware",
          title: "Are you aware of the facility?",
          isRequired: true,
          choices: [
            { value: "yes", text: "Yes" },
            { value: "no", text: "No" },
          ],
        },
        {
          type: "checkbox",
          name: "benefits",
          title: "Which benefits do you expect?",
          choices: [
            { value: "skills", text: "Skills" },
            { value: "equipment", text: "Equipment" },
            { value: "networks", text: "Networks" },
          ],
        },
        { type: "comment", name: "comments", title: "Anything else?" },
      ],
    },
  ],
};

function answersFor(n: number): Record<string, unknown> {
  return {
    aware: n % 3 === 0 ? "no" : "yes",
    benefits: n % 2 === 0 ? ["skills", "networks"] : ["equipment"],
    comments: `Answer ${n}`,
  };
}

function frameCsv(rows: number): string {
  const bands = ["0-9", "10-49", "50-249", "250+"];
  const lines = ["name,email,sic,size_band,region"];
  for (let i = 0; i < rows; i++)
    lines.push(`Organisation ${i},org${i}@bench.example.org,30300,${bands[i % 4]},North East`);
  return `${lines.join("\n")}\n`;
}

async function benchDialect(label: string, env: Record<string, string>): Promise<void> {
  const smtp = await startSmtpReceiver();
  createOwner(env, email, password);
  const server = await startServer({ ...env, SMTP_URL: smtp.url, LOG_LEVEL: "info" });
  // The server prepares the explorer's views after it starts (seconds of CPU): not during the load.
  await serverPrinted(server, "explorer views prepared");
  const { port } = server;
  const agent = new Agent({ keepAlive: true });
  try {
    const { cookie, csrf } = await signIn(port, email, password);
    const owner = (method: string, path: string, body?: string, type = "application/json") =>
      call(agent, port, method, path, { cookie, "x-csrf-token": csrf, "content-type": type }, body).then(
        (reply) => {
          if (reply.status >= 300) throw new Error(`${method} ${path}: ${reply.status} ${reply.body}`);
          return JSON.parse(reply.body || "null");
        },
      );
    const surveys = `/api/workspaces/${slug}/surveys`;
    const survey = await owner(
      "POST",
      surveys,
      JSON.stringify({ title: "Benchmark survey", anonymity: "identified", openLink: "anonymous" }),
    );
    const s = `${surveys}/${survey.id}`;
    await owner("PUT", `${s}/instrument`, JSON.stringify({ format: "surveyjs", instrument }));
    const t0 = performance.now();
    const frame = await owner("POST", `${s}/frame?name=bench`, frameCsv(respondents), "text/csv");
    await owner(
      "POST",
      `${s}/sample`,
      JSON.stringify({ frameId: frame.frameId, seed: "bench-1", design: { kind: "all" } }),
    );
    const launched = await owner("POST", `${s}/launch`);
    await owner(
      "POST",
      `${s}/invitations`,
      JSON.stringify({ subject: "Your views", text: "Dear {{organisation}},\n\n{{link}}\n\nThank you." }),
    );
    const setUp = performance.now();
    await smtp.waitForMail(() => smtp.messages.length >= respondents, 30 * 60_000);
    const delivered = performance.now();
    const tokens = smtp.messages.flatMap((mail) =>
      linksIn(mail.text)
        .map((link) => /\/s\/([A-Za-z0-9_-]{43})$/.exec(link)?.[1])
        .filter((token): token is string => token !== undefined),
    );
    console.log(
      `${label}: frame of ${respondents} uploaded, sampled, launched, invited in ${((setUp - t0) / 1000).toFixed(1)} s; ` +
        `${smtp.messages.length} mails delivered over SMTP in ${((delivered - setUp) / 1000).toFixed(1)} s ` +
        `(${(smtp.messages.length / ((delivered - setUp) / 1000)).toFixed(0)} mails/s); ${new Set(tokens).size} distinct links`,
    );

    const submit = (a: Agent, path: string, body: object) =>
      call(a, port, "POST", path, { "content-type": "application/json" }, JSON.stringify(body));
    let next = 0;
    const personal = await closedLoop(
      clients,
      3600,
      (a) => {
        const n = next++;
        if (n >= tokens.length) return undefined;
        return submit(a, `/api/respond/${tokens[n]}/submit`, {
          answers: answersFor(n),
          idempotencyKey: `bench-personal-${n}-${randomUUID()}`,
        });
      },
      (reply: Reply) => reply.status === 201,
    );
    console.log(loadLine(`${label}: submit by personal link`, personal, "submissions/s"));

    const openKey = /\/s\/open\/([^/?#]+)/.exec(launched.openLinkUrl ?? "")?.[1];
    if (openKey === undefined) throw new Error(`no open link in ${JSON.stringify(launched)}`);
    const open = await closedLoop(
      clients,
      seconds,
      (a, n) =>
        submit(a, `/api/respond/open/${openKey}/submit`, {
          answers: answersFor(n),
          idempotencyKey: `bench-open-${n}-${randomUUID()}`,
        }),
      (reply: Reply) => reply.status === 201,
    );
    console.log(loadLine(`${label}: submit by open link`, open, "submissions/s"));

    const acknowledged =
      personal.latencies.length - personal.failures + (open.latencies.length - open.failures);
    const stored = (await owner("GET", `${s}/responses`)) as { origin: string }[];
    const verdict = stored.length === acknowledged ? "every acknowledged answer stored" : "MISMATCH";
    console.log(`  ${label}: ${acknowledged} acknowledged, ${stored.length} stored: ${verdict}`);
    if (stored.length !== acknowledged) process.exitCode = 1;
  } finally {
    agent.destroy();
    await server.stop();
    await smtp.close();
  }
}

async function main(): Promise<void> {
  console.log(
    `Node ${process.version}, ${availableParallelism()} cores; ${clients} concurrent respondents, ` +
      `${respondents} personal links, open link for ${seconds} s; client, SMTP and server on one machine`,
  );
  // BENCH_DIALECTS=postgres (or pglite) runs one of them only.
  const dialects = (process.env.BENCH_DIALECTS ?? "pglite,postgres").split(",");
  if (dialects.includes("pglite")) {
    const dataDir = mkdtempSync(join(tmpdir(), "smartspec-bench-survey-"));
    try {
      await benchDialect("PGlite", { SMARTSPEC_DATA_DIR: dataDir, DATABASE_URL: "" });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  if (!dialects.includes("postgres")) return;
  const serverUrl = postgresServerUrl();
  if (serverUrl === undefined) {
    console.log("PostgreSQL: skipped (set BENCH_DATABASE_URL, DATABASE_URL or TEST_DATABASE_URL)");
    return;
  }
  await withScratchDatabase(serverUrl, (url) => benchDialect("PostgreSQL", { DATABASE_URL: url }));
}

await main();
