// A live anonymous survey with an open link and a long-text question ("needs"), answered through
// the open link with the given texts, for the coding route tests; returns each text's response id
// as the owner's coding sheet lists it.
import type { Browser } from "./support/browser.ts";
import { surveysPath } from "./surveys-fixture.ts";

export const codingInstrument = {
  title: "Facility needs",
  pages: [
    {
      name: "p1",
      elements: [
        { type: "comment", name: "needs", title: "What does your firm need most?" },
        {
          type: "radiogroup",
          name: "heard",
          title: "Where did you hear of us?",
          choices: [{ value: "events", text: "Events" }],
          showOtherItem: true,
        },
      ],
    },
  ],
};

export interface CodingSurvey {
  readonly path: string;
  readonly responseOf: ReadonlyMap<string, string>;
}

/** Create -> instrument -> launch -> one open-link answer per text -> close, all through the API as `owner`. */
export async function codingSurvey(
  owner: Browser,
  title: string,
  texts: readonly string[],
): Promise<CodingSurvey> {
  const created = await owner.request("POST", surveysPath, { title, anonymity: "anonymous", openLink: true });
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  const path = `${surveysPath}/${created.body.id}`;
  const key = /\/s\/open\/([A-Za-z0-9_-]+)$/.exec(created.body.openLinkUrl)?.[1];
  const steps = [
    await owner.request("PUT", `${path}/instrument`, { format: "surveyjs", instrument: codingInstrument }),
    await owner.request("POST", `${path}/launch`),
  ];
  for (const [index, text] of texts.entries()) {
    steps.push(
      await owner.request("POST", `/api/respond/open/${key}/submit`, {
        answers: { needs: text },
        idempotencyKey: `coding-${title.replace(/\W/g, "-")}-${index}`.padEnd(24, "0"),
      }),
    );
  }
  // Closing releases the anonymous answers still held (fewer than five stay held while live).
  steps.push(await owner.request("POST", `${path}/close`));
  const failed = steps.find((s) => s.status >= 300);
  if (failed) throw new Error(`${failed.status} ${JSON.stringify(failed.body)}`);
  const sheet = await owner.request("GET", `${path}/coding/needs/answers`);
  if (sheet.status !== 200) throw new Error(`${sheet.status} ${JSON.stringify(sheet.body)}`);
  const answers = sheet.body.answers as { responseId: string; text: string }[];
  return { path, responseOf: new Map(answers.map((a) => [a.text, a.responseId])) };
}
