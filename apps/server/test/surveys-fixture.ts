// Shared setup of the survey route tests: a small instrument (SurveyJS JSON), a frame file of
// eight organisations in two size bands, and a helper that takes a survey from creation to
// invitations through the HTTP API, returning each organisation's personal-link token from the
// outbox (as the mail's reader would follow it).
import { readOutbox } from "@smartspec/services";
import type { Browser } from "./support/browser.ts";
import { slug } from "./support/team.ts";
import { publicUrl, type TestApp } from "./support/test-app.ts";

/** Two questions: awareness (required single choice) and benefits (multiple choice). */
export const surveyJsInstrument = {
  title: "SME needs 2026",
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
          ],
        },
      ],
    },
  ],
};

/** Rows 2-5 micro, 6-9 small (size_band 0-9 / 10-49); org<row>@example.org; SIC codes in each form. */
export const frameCsv = [
  "Name,Email,SIC,Size_Band,Region,Postcode,Contact",
  "Alpha Ltd,org2@example.org,30.30,0-9,North East,NE1 1AA,Ann",
  "Beta Ltd,org3@example.org,3030,0-9,North East,NE2 1AA,Bob",
  "Gamma Ltd,org4@example.org,30300,0-9,North East,NE3 1AA,Cy",
  "Delta Ltd,org5@example.org,29,0-9,North East,NE4 1AA,Di",
  "Epsilon Ltd,org6@example.org,C,10-49,North East,NE5 1AA,Ed",
  "Zeta Ltd,org7@example.org,30.30/0,10-49,North East,NE6 1AA,Flo",
  "Eta Ltd,org8@example.org,28.1,10-49,North East,NE7 1AA,Gus",
  "Theta Ltd,org9@example.org,25,10-49,North East,NE8 1AA,Hal",
].join("\n");

export const surveysPath = `/api/workspaces/${slug}/surveys`;

export interface LaunchedSurvey {
  readonly id: string;
  readonly path: string;
  /** Personal-link token by frame row number. */
  readonly tokens: ReadonlyMap<number, string>;
  /** The open link's key, when it is on. */
  readonly openLinkKey: string | null;
  readonly frameId: string;
}

/** Sends a raw text file body (CSV) as the browser would. */
export function upload(browser: Browser, path: string, body: string, type: string) {
  return browser.request("POST", path, body, { "content-type": type });
}

/** Sends raw bytes (an .xlsx) with the browser's cookies and CSRF token; status and parsed body. */
export async function uploadBytes(
  t: TestApp,
  browser: Browser,
  path: string,
  bytes: Uint8Array,
  type: string,
) {
  const response = await t.app.request(path, {
    method: "POST",
    headers: {
      cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
      "x-csrf-token": browser.csrfToken ?? "",
      "content-type": type,
    },
    body: bytes,
  });
  const text = await response.text();
  return { status: response.status, body: text === "" ? "" : JSON.parse(text) };
}

/** The personal-link token on its own line of a survey mail. */
export function tokenInMail(text: string): string {
  const escaped = publicUrl.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const match = new RegExp(`^${escaped}/s/([A-Za-z0-9_-]{43})$`, "m").exec(text);
  if (!match?.[1]) throw new Error(`no personal link in:\n${text}`);
  return match[1];
}

/**
 * Create -> instrument -> frame (stratified by size band) -> stratified sample of 3 + 3 -> launch ->
 * invitations, all as `owner`; then the tokens from the outbox.
 */
export async function launchSurvey(
  t: TestApp,
  owner: Browser,
  ownerId: string,
  options: {
    readonly title: string;
    readonly anonymity: string;
    readonly openLink?: boolean;
    /** Default: stratified, 3 micro + 3 small. */
    readonly design?: Record<string, unknown>;
  },
): Promise<LaunchedSurvey> {
  const { design, ...survey } = options;
  const created = await owner.request("POST", surveysPath, survey);
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  const path = `${surveysPath}/${created.body.id}`;
  const steps = [
    await owner.request("PUT", `${path}/instrument`, { format: "surveyjs", instrument: surveyJsInstrument }),
  ];
  const frame = await upload(owner, `${path}/frame?name=SMEs&stratifyBy=size_band`, frameCsv, "text/csv");
  steps.push(frame);
  steps.push(
    await owner.request("POST", `${path}/sample`, {
      frameId: frame.body.frameId,
      seed: "2026",
      design: design ?? { kind: "stratified", sizes: { "0-9": 3, "10-49": 3 } },
    }),
  );
  steps.push(await owner.request("POST", `${path}/launch`));
  steps.push(
    await owner.request("POST", `${path}/invitations`, {
      subject: options.title,
      text: "Dear {{organisation}},\n{{link}}",
    }),
  );
  const failed = steps.find((s) => s.status >= 300);
  if (failed) throw new Error(`${failed.status} ${JSON.stringify(failed.body)}`);
  const tokens = new Map<number, string>();
  for (const mail of await readOutbox(t.platform, { userId: ownerId, slug })) {
    if (mail.subject !== options.title) continue;
    tokens.set(Number(/^org(\d+)@/.exec(mail.to)?.[1]), tokenInMail(mail.text));
  }
  const openLinkKey = /\/s\/open\/([A-Za-z0-9_-]+)$/.exec(created.body.openLinkUrl ?? "")?.[1] ?? null;
  return { id: created.body.id, path, tokens, openLinkKey, frameId: frame.body.frameId };
}
