// Arranges a live survey through the API, as an owner would with the pages: create, upload a
// SurveyJS instrument (JSON) and a small frame (raw CSV body), draw everyone, launch, invite.
// The journeys then test what a respondent and an owner see, not these steps.
import type { RunningApp } from "./app.ts";
import { linksIn } from "./mail-message.ts";

/** Two pages: a required single choice and a multiple choice, then a Likert item and a comment. */
export const e2eInstrument = {
  title: "SME needs survey",
  pages: [
    {
      name: "about",
      title: "About your firm",
      elements: [
        {
          type: "radiogroup",
          name: "benefit",
          title: "Which benefit do you expect most?",
          isRequired: true,
          choices: [
            { value: "skills", text: "Skills" },
            { value: "finance", text: "Finance" },
            { value: "networks", text: "Networks" },
          ],
        },
        {
          type: "checkbox",
          name: "channels",
          title: "How did you hear of the facility?",
          choices: [
            { value: "events", text: "Events" },
            { value: "web", text: "Web site" },
          ],
        },
      ],
    },
    {
      name: "views",
      title: "Your views",
      elements: [
        {
          type: "radiogroup",
          name: "aware",
          title: "I know what the facility offers.",
          likert: true,
          choices: [
            { value: 1, text: "Strongly disagree" },
            { value: 2, text: "Disagree" },
            { value: 3, text: "Neither" },
            { value: 4, text: "Agree" },
            { value: 5, text: "Strongly agree" },
          ],
        },
        { type: "comment", name: "comments", title: "Anything else?" },
      ],
    },
  ],
};

/** Three organisations in two size bands; the test reads the mail to the first. */
export const e2eFrameCsv = [
  "name,email,sic,size_band,region,postcode",
  "Alpha Tools Ltd,alpha@example.test,25.73,small,North East,NE1 1AA",
  "Beta Composites Ltd,beta@example.test,22.29,medium,North East,NE2 2BB",
  "Gamma Robotics Ltd,gamma@example.test,28.99,small,North East,NE3 3CC",
].join("\n");

export interface LiveSurvey {
  readonly id: string;
  readonly path: string;
}

/**
 * The owner's API clients: the JSON client of the harness, and for raw bodies (a CSV frame), which
 * that client cannot send, a second session of the same owner made with plain fetch.
 */
async function ownerClients(app: RunningApp) {
  // The server was just started for this file; its first requests may still meet a closing socket.
  await fetchOnceMore(`${app.url}/healthz`);
  const api = app.api();
  await api.login(app.owner.email, app.owner.password);
  const { cookie, csrfToken } = await rawSession(app);
  return {
    api,
    raw: async (path: string, body: string, contentType: string) => {
      const response = await fetch(`${app.url}${path}`, {
        method: "POST",
        headers: { "content-type": contentType, "x-csrf-token": csrfToken, cookie },
        body,
      });
      return { status: response.status, body: (await response.json()) as unknown };
    },
  };
}

/** Logs the owner in with plain fetch; returns the cookie header and the session's CSRF token. */
async function rawSession(app: RunningApp): Promise<{ cookie: string; csrfToken: string }> {
  const cookies = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(";", 1)[0] ?? "";
      const equals = pair.indexOf("=");
      if (equals > 0) cookies.set(pair.slice(0, equals), pair.slice(equals + 1));
    }
  };
  const header = () => [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  const first = await fetch(`${app.url}/api/session`);
  keep(first);
  const { csrfToken } = (await first.json()) as { csrfToken: string };
  const login = await fetch(`${app.url}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-csrf-token": csrfToken, cookie: header() },
    body: JSON.stringify({ email: app.owner.email, password: app.owner.password }),
  });
  keep(login);
  const session = (await login.json()) as { csrfToken: string };
  return { cookie: header(), csrfToken: session.csrfToken };
}

/** GET `url`, trying a second time after a connection reset (undici reusing a socket the server closed). */
async function fetchOnceMore(url: string): Promise<void> {
  try {
    await (await fetch(url)).text();
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await (await fetch(url)).text();
  }
}

function expectStatus(what: string, response: { status: number; body: unknown }, status: number): void {
  if (response.status !== status) {
    throw new Error(`${what}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
  }
}

/**
 * A survey with the e2e instrument and frame, every unit sampled, launched and (unless `invite`
 * is false) invited. Example: `const survey = await liveSurvey(app, { anonymity: "confidential" })`.
 */
export async function liveSurvey(
  app: RunningApp,
  options: {
    title: string;
    anonymity: "identified" | "confidential" | "anonymous";
    invite?: boolean;
    launch?: boolean;
  },
): Promise<LiveSurvey> {
  const { api, raw } = await ownerClients(app);
  const list = `/api/workspaces/${app.workspace.slug}/surveys`;
  const created = await api.request("POST", list, {
    title: options.title,
    anonymity: options.anonymity,
    openLink: false,
  });
  expectStatus("create survey", created, 201);
  const id = (created.body as { id: string }).id;
  const path = `${list}/${id}`;
  expectStatus(
    "instrument",
    await api.request("PUT", `${path}/instrument`, { format: "surveyjs", instrument: e2eInstrument }),
    200,
  );
  const frame = await raw(`${path}/frame?name=North%20East%20SMEs`, e2eFrameCsv, "text/csv");
  expectStatus("frame", frame, 201);
  const frameId = (frame.body as { frameId: string }).frameId;
  expectStatus(
    "sample",
    await api.request("POST", `${path}/sample`, { frameId, seed: "e2e", design: { kind: "all" } }),
    201,
  );
  if (options.launch === false) return { id, path };
  expectStatus("launch", await api.request("POST", `${path}/launch`), 200);
  if (options.invite !== false) {
    const invited = await api.request("POST", `${path}/invitations`, {
      subject: "{{surveyTitle}}: your views",
      text: "Dear {{organisation}},\n\nPlease answer here:\n{{link}}\n\nThank you.",
    });
    expectStatus("invitations", invited, 200);
  }
  return { id, path };
}

/** The personal link in the invitation to `email` for the survey titled `title` (read over SMTP). */
export async function invitationLink(app: RunningApp, email: string, title: string): Promise<string> {
  if (app.smtp === undefined) throw new Error("invitationLink needs the app with an SMTP receiver");
  const mail = await app.smtp.waitForMail(
    (received) => received.to.includes(email) && received.subject.startsWith(title),
  );
  const link = linksIn(mail.text).find((href) => /\/s\/[^/]+$/.test(href));
  if (link === undefined) throw new Error(`The invitation to ${email} has no survey link:\n${mail.text}`);
  return link;
}
