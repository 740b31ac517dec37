// Journey: the owner reads a survey's results (issue 6, scopes 5 and 6). A live survey is set up
// through the API (support/survey-setup.ts: three North East manufacturers, all sampled, invited);
// all three answer over HTTP through their mailed links. The owner opens the results, switches
// the weighting to "post-stratify by size band" (the URL keeps it, so a reload shows the same
// view), checks the proportions, the base n and Kish's effective n shown against the API's, opens
// "Who answered" and checks a table row against the API, downloads the report (PDF) and the data
// pack (zip), and reads the page 768 px wide without sideways scrolling. A second journey opens
// "Who answered" on an open-link survey launched without a sample: the API answers 409 and the
// page asks for a sample first.
//
// Expected by hand beside the API: the frame is two small firms (Alpha, Gamma) and one medium
// (Beta), all in SIC section C, everyone sampled (one stratum, equal design weights). Alpha and
// Gamma answer "Skills", Beta "Finance". Post-stratified to size band, each small respondent weighs
// N_small / 2 and Beta N_medium, where N are section C enterprises in the latest business counts,
// so the weighted share of "Skills" is N_small / (N_small + N_medium); design-weighted it is 2/3.
import type { Page } from "playwright-core";
import { downloadBy } from "../support/explorer-files.ts";
import { expect, test } from "../support/fixtures.ts";
import { scrollWidth } from "../support/in-page.ts";
import { signIn, waitForShell } from "../support/journey-steps.ts";
import { checkPage } from "../support/page-check.ts";
import { e2eInstrument, invitationLink, liveSurvey } from "../support/survey-setup.ts";

const title = "Results journey 2026";

interface Category {
  readonly label: string;
  readonly proportion: number;
  readonly low: number;
  readonly high: number;
}

interface ResultsJson {
  readonly weighting: { readonly description: string };
  readonly weights: {
    readonly applied: string;
    readonly kish: { n: number; effectiveSampleSize: number; designEffect: number };
    readonly population: {
      readonly margins: readonly {
        readonly variable: string;
        readonly levels: readonly { level: string; label: string; population: number }[];
      }[];
    } | null;
  };
  readonly questions: readonly {
    readonly name: string;
    readonly n: number;
    readonly categories: Category[];
  }[];
}

interface Level {
  readonly level: string;
  readonly label: string;
  readonly population: number;
  readonly populationShare: number;
  readonly frame: number;
  readonly frameShare: number;
  readonly sample: number;
  readonly sampleShare: number;
  readonly respondents: number;
  readonly respondentShare: number;
  readonly responseRate: number | null;
  readonly differenceFromPopulation: number;
}

interface RepresentativenessJson {
  readonly text: readonly string[];
  readonly variables: readonly { readonly variable: string; readonly levels: readonly Level[] }[];
  readonly population: { readonly attribution: string };
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const count = (value: number) => new Intl.NumberFormat("en-GB").format(value);
const points = (value: number) => {
  const text = Math.abs(value * 100).toFixed(1);
  return text === "0.0" ? text : `${value > 0 ? "+" : "\u2212"}${text}`;
};

/** The table whose caption starts with `caption`, as rows of cell texts (soft hyphens removed), header row first. */
async function tableRows(page: Page, caption: string): Promise<string[][]> {
  const table = page.locator("table", { has: page.locator("caption", { hasText: caption }) });
  await table.waitFor();
  return table.locator("tr").evaluateAll((rows: { cells: ArrayLike<{ textContent: string | null }> }[]) =>
    rows.map((row) =>
      Array.from(row.cells, (cell) =>
        (cell.textContent ?? "")
          .replace(/\u00ad/g, "")
          .replace(/\s+/g, " ")
          .trim(),
      ),
    ),
  );
}

/** Submits `answers` over HTTP through a personal link, as the form would. */
async function submit(link: string, answers: Record<string, unknown>, key: string): Promise<void> {
  const response = await fetch(`${link.replace("/s/", "/api/respond/")}/submit`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ answers, idempotencyKey: key }),
  });
  expect(response.status, `submit ${key}`).toBe(201);
}

test("an owner weights the results, checks who answered and downloads the report and data pack", async ({
  app,
  page,
}) => {
  // The browser signs in first: the server's first requests (the bundle) are done before the API
  // setup starts, which otherwise may meet a socket the fresh server is still closing.
  await page.goto(`${app.url}/login`, { timeout: 60_000 });
  await signIn(page, app.url, app.owner.email, app.owner.password);
  await waitForShell(page);
  const survey = await liveSurvey(app, { title, anonymity: "identified" });
  const answers = [
    ["alpha@example.test", { benefit: "skills", channels: ["events"], aware: 4 }],
    ["beta@example.test", { benefit: "finance", channels: ["web"], aware: 2 }],
    ["gamma@example.test", { benefit: "skills", channels: ["events", "web"], aware: 5 }],
  ] as const;
  for (const [index, [email, answer]] of answers.entries()) {
    await submit(await invitationLink(app, email, title), answer, `results-journey-${index}-answer`);
  }

  const resultsUrl = `${app.url}/w/${app.workspace.slug}/surveys/${survey.id}/results`;
  const apiJson = async <T>(path: string): Promise<T> => {
    const response = await page.request.get(`${app.url}${survey.path}${path}`);
    expect(response.status(), path).toBe(200);
    return (await response.json()) as T;
  };

  // 1. Design weights: equal here, so the base says design effect 1.00; the downloads are offered.
  await page.goto(resultsUrl);
  const benefitTable = "Which benefit do you expect most?: estimates";
  await page.getByRole("article", { name: "Which benefit do you expect most?" }).waitFor();
  const design = await apiJson<ResultsJson>("/results");
  expect(design.weights.applied).toBe("design");
  expect(await page.locator(".weighting-base").textContent()).toBe(
    `Base of the weighted estimates: n = 3, effective n = ${design.weights.kish.effectiveSampleSize.toFixed(1)}, design effect ${design.weights.kish.designEffect.toFixed(2)}`,
  );
  expect((await tableRows(page, benefitTable)).slice(1).map((row) => row.slice(0, 2))).toEqual([
    ["Skills", "66.7%"],
    ["Finance", "33.3%"],
    ["Networks", "0.0%"],
  ]);
  await page.getByRole("link", { name: "Report (PDF)" }).waitFor();
  await checkPage(page, "survey-results", "01-design-weights");

  // 2. Post-stratified by size band: the URL keeps the choice; the numbers are the API's.
  await page.getByLabel("Weights", { exact: true }).selectOption({ label: "Post-stratify by size band" });
  await page.waitForURL(/weighting=post-stratify(%3A|:)size/);
  await page.getByText("The weights are then post-stratified to enterprises in").waitFor();
  const weighted = await apiJson<ResultsJson>("/results?weighting=post-stratify:size");
  expect(weighted.weights.applied).toBe("post-stratify:size");
  const margin = weighted.weights.population?.margins.find((m) => m.variable === "size");
  const small = margin?.levels.find((l) => l.level === "small");
  const medium = margin?.levels.find((l) => l.level === "medium");
  if (!small || !medium) throw new Error(`No small and medium margins: ${JSON.stringify(margin)}`);
  const benefit = weighted.questions.find((q) => q.name === "benefit")!;
  expect(benefit.categories[0]?.proportion).toBeCloseTo(
    small.population / (small.population + medium.population),
    12,
  );
  expect((await tableRows(page, benefitTable)).slice(1).map((row) => row.slice(0, 3))).toEqual(
    benefit.categories.map((c) => [
      c.label,
      percent(c.proportion),
      `${percent(c.low)} to ${percent(c.high)}`,
    ]),
  );
  const kish = weighted.weights.kish;
  expect(kish.n).toBe(3);
  expect(await page.locator(".weighting-base").textContent()).toBe(
    `Base of the weighted estimates: n = ${kish.n}, effective n = ${kish.effectiveSampleSize.toFixed(1)}, design effect ${kish.designEffect.toFixed(2)}`,
  );
  const benefitArticle = page.getByRole("article", { name: "Which benefit do you expect most?" });
  expect(await benefitArticle.locator(".hint").first().textContent()).toBe(
    `Base: ${benefit.n} respondents who answered.`,
  );
  expect(await tableRows(page, "Population and respondents by size band")).toEqual([
    ["Size band", "Population (enterprises)", "Respondents", "Weighted total"],
    ...margin!.levels.map((l) => [
      l.label,
      count(l.population),
      l.level === "small" ? "2" : "1",
      count(l.population),
    ]),
  ]);
  await page.getByText("Office for National Statistics (UK Business Counts)").first().waitFor();
  await checkPage(page, "survey-results", "02-post-stratified-by-size");

  // A reload of the shared URL shows the same view.
  await page.reload();
  await page.getByText("The weights are then post-stratified to enterprises in").waitFor();
  expect(await page.getByLabel("Weights", { exact: true }).inputValue()).toBe("post-stratify:size");

  // 3. Who answered: the sentences first, then a table per variable that matches the API.
  await page.getByText("Who answered: respondents against the frame and the business population").click();
  const who = await apiJson<RepresentativenessJson>("/representativeness");
  for (const sentence of who.text) await page.getByText(sentence, { exact: true }).waitFor();
  const sizeRows = await tableRows(page, "Who answered by size band");
  expect(sizeRows[0]).toEqual([
    "Size band",
    "Population",
    "Frame",
    "Sample",
    "Respondents",
    "Response rate",
    "Difference (points)",
  ]);
  const smallRow = who.variables.find((v) => v.variable === "size")?.levels.find((l) => l.level === "small");
  if (!smallRow) throw new Error("No small firms in the representativeness reply");
  expect([smallRow.frame, smallRow.sample, smallRow.respondents, smallRow.responseRate]).toEqual([
    2, 2, 2, 1,
  ]);
  expect(sizeRows.find((row) => row[0] === smallRow.label)).toEqual([
    smallRow.label,
    `${count(smallRow.population)} (${percent(smallRow.populationShare)})`,
    `${count(smallRow.frame)} (${percent(smallRow.frameShare)})`,
    `${count(smallRow.sample)} (${percent(smallRow.sampleShare)})`,
    `${count(smallRow.respondents)} (${percent(smallRow.respondentShare)})`,
    percent(smallRow.responseRate ?? Number.NaN),
    points(smallRow.differenceFromPopulation),
  ]);
  await page
    .getByRole("figure", { name: "Share of respondents and of the population in each size band" })
    .waitFor();
  await checkPage(page, "survey-results", "03-who-answered");

  // 4. The downloads: a PDF and a zip.
  const pdf = await downloadBy(page, page.getByRole("link", { name: "Report (PDF)" }));
  expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const pack = await downloadBy(
    page,
    page.getByRole("link", { name: "Data pack (CSV, XLSX, SPSS, R script)" }),
  );
  expect(pack.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  expect(pack.name).toMatch(/^survey-[0-9a-f-]{8}-data-pack\.zip$/);

  // 5. 768 px wide (a tablet in portrait): nothing scrolls sideways.
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.getByRole("article").first().waitFor();
  // The charts take their width from their container when it resizes (a ResizeObserver, a frame
  // or two later): until then they keep the wider layout's width. The page must settle within it.
  await expect.poll(() => scrollWidth(page)).toBeLessThanOrEqual(768);
  await checkPage(page, "survey-results", "04-tablet-768");
});

test("who answered asks for a sample first when the survey has none", async ({ app, page }) => {
  const api = app.api();
  await api.login(app.owner.email, app.owner.password);
  const list = `/api/workspaces/${app.workspace.slug}/surveys`;
  const created = await api.request("POST", list, {
    title: "Open link only",
    anonymity: "anonymous",
    openLink: true,
  });
  expect(created.status).toBe(201);
  const id = (created.body as { id: string }).id;
  const instrument = await api.request("PUT", `${list}/${id}/instrument`, {
    format: "surveyjs",
    instrument: e2eInstrument,
  });
  expect(instrument.status).toBe(200);
  expect((await api.request("POST", `${list}/${id}/launch`)).status).toBe(200);
  expect((await api.request("GET", `${list}/${id}/representativeness`)).status).toBe(409);

  await page.goto(`${app.url}/login`, { timeout: 60_000 });
  await signIn(page, app.url, app.owner.email, app.owner.password);
  await waitForShell(page);
  await page.goto(`${app.url}/w/${app.workspace.slug}/surveys/${id}/results`);
  await page.getByRole("heading", { level: 3, name: "Weighting" }).waitFor();
  await page.getByText("Who answered: respondents against the frame and the business population").click();
  await page.getByText("Draw a sample first: who answered is compared with the sample").waitFor();
  expect(await page.getByRole("alert").count()).toBe(0);
  await page.getByRole("link", { name: "Go to Frame & sample" }).waitFor();
  await checkPage(page, "survey-results", "05-who-answered-without-sample");
});
