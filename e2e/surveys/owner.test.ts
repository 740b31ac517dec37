// Journey: the owner runs a survey through the pages, from an empty list to results. Create (each
// anonymity mode explained), upload a broken instrument (problems by JSON path) then a good one,
// preview it; upload a broken frame (problems by line and column) then a good one with a duplicate
// (listed); draw a stratified sample (strata table); launch (the confirmation names the mode);
// invite; schedule a reminder; answers arrive over HTTP through the mailed links; the dashboard
// (RR1 first) and the results (bars with intervals, a diverging Likert bar, the low-response
// caveat); the instrument downloaded as SurveyJS JSON and as XLSForm. A second journey opens every
// owner page 768 px wide: none scrolls sideways.
//
// Expected numbers by hand. The frame has 24 small and 16 medium organisations; 12 of each are
// sampled, so the design weights are 24/12 = 2 (small) and 16/12 = 4/3 (medium). Two of each
// answer and one refuses: RR1 = 4/24 = 16.7% (below 20%, so the caveat shows). Weighted total
// 2 + 2 + 4/3 + 4/3 = 20/3. "Skills" (a small and a medium firm): (2 + 4/3) / (20/3) = 50%;
// "Finance" (small): 2 / (20/3) = 30%; "Networks" (medium): 20%. Unweighted they would be 50/25/25.
import type { Locator, Page } from "playwright-core";
import type { RunningApp } from "../support/app.ts";
import { downloadBy, xlsxSheets } from "../support/explorer-files.ts";
import { expect, test } from "../support/fixtures.ts";
import { scrollWidth } from "../support/in-page.ts";
import { signIn, waitForShell } from "../support/journey-steps.ts";
import { linksIn } from "../support/mail-message.ts";
import { checkPage } from "../support/page-check.ts";
import { e2eInstrument, invitationLink, liveSurvey } from "../support/survey-setup.ts";

const title = "Facility needs 2026";

/** Two problems the domain's SurveyJS importer finds: a choice question without choices, a nameless question. */
const brokenInstrument = {
  title,
  pages: [
    {
      name: "about",
      elements: [
        { type: "radiogroup", name: "benefit", title: "Which benefit do you expect most?", choices: [] },
        { type: "checkbox", name: "channels", title: "How did you hear of us?", choices: ["Events"] },
        { type: "text", title: "Your postcode" },
      ],
    },
  ],
};

/** Line 3 has an email address that is not one; line 4 has no name. */
const brokenFrameCsv = [
  "name,email,sic,size_band,region,postcode",
  "Alpha Tools Ltd,alpha@example.test,25.73,small,North East,NE1 1AA",
  "Beta Composites Ltd,not-an-email,22.29,medium,North East,NE2 2BB",
  ",gamma@example.test,28.99,small,North East,NE3 3CC",
].join("\n");

/** Organisation i (1-40) is small up to 24, medium after. */
const isSmall = (email: string) => Number(/^org(\d+)@/.exec(email)?.[1]) <= 24;

/** 40 organisations (lines 2-41), then line 42 repeating line 6's email address. */
function frameCsv(): string {
  const rows = Array.from({ length: 40 }, (_, i) => {
    const size = i < 24 ? "small" : "medium";
    return `Org ${i + 1} Ltd,org${i + 1}@example.test,25.73,${size},North East,NE${i + 1} 1AA`;
  });
  const duplicate = "Org Five Again,org5@example.test,25.73,small,North East,NE99 9ZZ";
  return ["name,email,sic,size_band,region,postcode", ...rows, duplicate].join("\n");
}

/** The table whose caption starts with `caption`, as rows of cell texts, header row first. */
async function tableRows(page: Page, caption: string): Promise<string[][]> {
  const table = page.locator("table", { has: page.locator("caption", { hasText: caption }) });
  await table.waitFor();
  return table
    .locator("tr")
    .evaluateAll((rows: { cells: ArrayLike<{ textContent: string | null }> }[]) =>
      rows.map((row) => Array.from(row.cells, (cell) => (cell.textContent ?? "").trim())),
    );
}

/** Opens one of the survey's sections by its tab. */
async function sectionTab(page: Page, name: string): Promise<void> {
  await page.getByRole("navigation", { name: "Survey sections" }).getByRole("link", { name }).click();
  await page.getByRole("heading", { level: 2, name }).waitFor();
}

/** Each invitation mail for `subject` received so far: its recipient and personal link. */
function invitations(app: RunningApp, subject: string): { email: string; link: string }[] {
  return (app.smtp?.messages ?? [])
    .filter((mail) => mail.subject.startsWith(subject))
    .map((mail) => ({
      email: mail.to[0] ?? "",
      link: linksIn(mail.text).find((href) => /\/s\/[A-Za-z0-9_-]+$/.test(href)) ?? "",
    }));
}

/** Sends a respondent request over HTTP as the form would (JSON only); returns the status. */
async function respond(link: string, action: "submit" | "refuse", body: unknown): Promise<number> {
  const url = `${link.replace("/s/", "/api/respond/")}/${action}`;
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return response.status;
}

interface DrawnSpan {
  /** The category label of the row it is drawn in, or "" for a chart without a y axis. */
  readonly label: string;
  /** Its ends, read back through the x axis's ticks, in axis units (percent). */
  readonly from: number;
  readonly to: number;
}

interface SpanProbe {
  getBoundingClientRect(): { x: number; y: number; width: number; height: number };
  readonly textContent: string | null;
  querySelectorAll(selector: string): ArrayLike<SpanProbe>;
}

/**
 * What a results chart drew, in data units: each bar (rect) and each horizontal interval line,
 * with the category row it sits in. The x scale is fitted through the first and last x tick.
 */
async function drawnSpans(figure: Locator): Promise<{ bars: DrawnSpan[]; intervals: DrawnSpan[] }> {
  const raw = await figure.locator("svg").evaluate((svg: SpanProbe) => {
    const boxes = (selector: string) =>
      Array.from(svg.querySelectorAll(selector), (element) => ({
        box: element.getBoundingClientRect(),
        text: (element.textContent ?? "").replace(/\u2212/g, "-"),
      }));
    return {
      ticks: boxes('g[data-plot-mark="x-axis tick"] path, g[data-plot-mark="x-axis tick"] line'),
      tickLabels: boxes('g[data-plot-mark="x-axis tick label"] text'),
      rowLabels: boxes('g[data-plot-mark="y-axis tick label"] text'),
      bars: boxes('g[data-plot-mark="bar"] rect'),
      rules: boxes('g[data-plot-mark="rule"] line'),
    };
  });
  // A diverging axis labels both sides without a sign ("40 | 20 | 0 | 20 | 40"): left of 0 is negative.
  const zero = raw.tickLabels.findIndex((label) => Number(label.text) === 0);
  const tickValues = raw.tickLabels.map(
    (label, index) => (index < zero ? -1 : 1) * Math.abs(Number(label.text)),
  );
  const firstMark = raw.ticks[0]?.box ?? raw.tickLabels[0]?.box;
  const lastMark = raw.ticks.at(-1)?.box ?? raw.tickLabels.at(-1)?.box;
  const [first, last] = [tickValues[0], tickValues.at(-1)];
  if (first === undefined || last === undefined || !firstMark || !lastMark) {
    throw new Error("The chart has no x-axis ticks");
  }
  const x0 = firstMark.x + firstMark.width / 2;
  const slope = (lastMark.x + lastMark.width / 2 - x0) / (last - first);
  const value = (pixel: number) => first + (pixel - x0) / slope;
  const rowOf = (y: number) =>
    raw.rowLabels.reduce(
      (best, label) => {
        const distance = Math.abs(label.box.y + label.box.height / 2 - y);
        return distance < best.distance ? { label: label.text, distance } : best;
      },
      { label: "", distance: Number.POSITIVE_INFINITY },
    ).label;
  const span = (box: { x: number; y: number; width: number; height: number }) => ({
    label: rowOf(box.y + box.height / 2),
    from: value(box.x),
    to: value(box.x + box.width),
  });
  return {
    bars: raw.bars.map(({ box }) => span(box)),
    intervals: raw.rules.filter(({ box }) => box.height < 1 && box.width > 0).map(({ box }) => span(box)),
  };
}

/** One pixel in percent of a chart drawn about 900 px wide, with room to spare. */
const pixelInPercent = 0.25;

interface ResultsJson {
  readonly questions: readonly {
    readonly name: string;
    readonly categories: readonly { label: string; proportion: number; low: number; high: number }[];
    readonly likert?: { readonly diverging: readonly { category: string; start: number; end: number }[] };
  }[];
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

test("an owner creates, fields and reads a survey through the pages", async ({ app, page }) => {
  // The first page of a new server loads the whole bundle; on a busy 2-core machine that can take
  // longer than a step's 10 s, so it is loaded once with more time before the journey starts.
  const consoleNotes: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") consoleNotes.push(message.text());
  });
  page.on("pageerror", (error) => consoleNotes.push(`uncaught: ${error.message}`));
  await page.goto(`${app.url}/login`, { timeout: 60_000 });
  await signIn(page, app.url, app.owner.email, app.owner.password);
  await waitForShell(page);
  const slug = app.workspace.slug;

  // 1. Create: each anonymity mode is explained beside its choice.
  await page.goto(`${app.url}/w/${slug}/surveys`);
  await page.getByRole("heading", { level: 2, name: "New survey" }).waitFor();
  await page.getByText("everyone in the workspace can see who said what").waitFor();
  await page.getByText("only owners can link an answer to an organisation").waitFor();
  await page.getByText("Nothing links an answer to an invitation").waitFor();
  await page.getByText("No surveys yet.").waitFor();
  await checkPage(page, "survey-owner", "01-new-survey");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByRole("radio", { name: "Confidential" }).check();
  await page.getByRole("button", { name: "Create survey" }).click();
  await page.getByRole("heading", { level: 2, name: "Instrument" }).waitFor();
  await page.getByText("No instrument yet.").waitFor();
  const surveyPath = new URL(page.url()).pathname.replace(/\/instrument$/, "");
  const apiPath = `/api/workspaces/${slug}/surveys/${surveyPath.split("/").at(-1)}`;

  // 2. Instrument: a broken file's problems by path, then the good one and its preview.
  const instrumentFile = page.getByLabel("Instrument file");
  await instrumentFile.setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(brokenInstrument)),
  });
  await page.getByRole("button", { name: "Upload instrument" }).click();
  expect(await tableRows(page, "Problems in the instrument")).toEqual([
    ["Where", "Problem"],
    ["pages[0].elements[0].choices", "must have at least one choice"],
    ["pages[0].elements[2].name", "is missing"],
  ]);
  await checkPage(page, "survey-owner", "02-instrument-problems");
  await instrumentFile.setInputFiles({
    name: "sme-needs.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ ...e2eInstrument, title })),
  });
  await page.getByRole("button", { name: "Upload instrument" }).click();
  await page.getByText("Saved as version 1.").waitFor();
  const preview = page.getByRole("region", { name: "Preview" });
  await preview.getByText("Which benefit do you expect most?").waitFor();
  await preview.getByText("Finance", { exact: true }).click();
  await checkPage(page, "survey-owner", "03-instrument-preview");

  // 3. Frame: a broken file's problems by line and column, then a good one with a duplicate.
  await sectionTab(page, "Frame & sample");
  const frameFile = page.getByLabel("Frame file");
  await frameFile.setInputFiles({
    name: "broken.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(brokenFrameCsv),
  });
  await page.getByRole("button", { name: "Upload frame" }).click();
  expect(await tableRows(page, "Problems in the file")).toEqual([
    ["Line", "Column", "Problem"],
    ["3", "email", '"not-an-email" is not an email address'],
    ["4", "name", "is empty"],
  ]);
  await checkPage(page, "survey-owner", "04-frame-problems");
  await frameFile.setInputFiles({
    name: "north-east-smes.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(frameCsv()),
  });
  await page.getByRole("checkbox", { name: "Size band" }).check();
  await page.getByRole("button", { name: "Upload frame" }).click();
  await page
    .getByText("Stored 40 organisations in 2 strata; 1 row looks like a duplicate (listed below).")
    .waitFor();
  expect(await tableRows(page, "Possible duplicates")).toEqual([
    ["Line", "Repeats line", "Why"],
    ["42", "6", "Same email address"],
  ]);
  await checkPage(page, "survey-owner", "05-frame-duplicates");

  // 4. A stratified sample with a size for each stratum: 12 of 24 small, 12 of 16 medium.
  await page.getByLabel("Seed", { exact: true }).fill("journey-2026");
  await page.getByLabel("Design").selectOption({ label: "Stratified, a size for each stratum" });
  await page.getByLabel("Sample size in medium (16 in the frame)").fill("12");
  await page.getByLabel("Sample size in small (24 in the frame)").fill("12");
  await page.getByRole("button", { name: "Draw sample" }).click();
  await page.getByText("Sample drawn: 24 organisations.").waitFor();
  expect(await tableRows(page, "Sample by stratum")).toEqual([
    ["Stratum", "Frame units Nh", "Sampled nh", "Design weight Nh/nh"],
    ["medium", "16", "12", "1.333"],
    ["small", "24", "12", "2.000"],
    ["Total", "40", "24", ""],
  ]);
  await checkPage(page, "survey-owner", "06-sample");

  // 5. Launch: the confirmation names the anonymity mode that becomes fixed.
  await sectionTab(page, "Fieldwork");
  await page.getByRole("button", { name: "Launch fieldwork…" }).click();
  const confirmation = page.getByRole("region", { name: "Confirm the launch" });
  await confirmation.getByText("the anonymity mode is fixed as Confidential").waitFor();
  await checkPage(page, "survey-owner", "07-launch-confirmation");
  await confirmation.getByRole("button", { name: "Launch now" }).click();
  await page.getByRole("heading", { level: 3, name: "Fieldwork is running" }).waitFor();

  // 6. Invitations (the starting texts) and a reminder wave scheduled for later.
  await page.getByRole("button", { name: "Send invitations" }).click();
  await page
    .getByText("Invited 24. Skipped 0 without an email address and 0 who asked for no more mail.")
    .waitFor();
  const reminders = page.getByRole("form", { name: "Reminders" });
  await reminders.getByLabel("Send at (UTC)").fill("2030-01-15T09:30");
  await reminders.getByRole("button", { name: "Schedule reminder" }).click();
  await reminders.getByText("Reminder wave 1 scheduled for").waitFor();
  await checkPage(page, "survey-owner", "08-invited-and-reminder");

  // 7. Over HTTP, through the mailed links: two small and two medium firms answer, one refuses.
  await app.smtp?.waitForMail(() => invitations(app, title).length >= 24);
  const mailed = invitations(app, title);
  expect(mailed).toHaveLength(24);
  const small = mailed.filter((mail) => isSmall(mail.email));
  const medium = mailed.filter((mail) => !isSmall(mail.email));
  expect([small.length, medium.length]).toEqual([12, 12]);
  const answered = [
    [small[0]!, { benefit: "skills", channels: ["events"], aware: 4 }],
    [small[1]!, { benefit: "finance", channels: ["web"], aware: 2 }],
    [medium[0]!, { benefit: "skills", channels: ["events", "web"], aware: 5 }],
    [medium[1]!, { benefit: "networks", channels: ["events"], aware: 4 }],
  ] as const;
  for (const [index, [mail, answers]] of answered.entries()) {
    expect(
      await respond(mail.link, "submit", { answers, idempotencyKey: `owner-journey-${index}-key` }),
    ).toBe(201);
  }
  expect(await respond(small[2]!.link, "refuse", {})).toBe(204);

  // 8. The dashboard: RR1 first (4 completes of 24 sampled cases), then counts, strata and rates.
  await page.reload();
  const dashboard = page.getByRole("region", { name: "Dashboard" });
  const firstParagraph = dashboard.locator("h3 + p");
  expect(await firstParagraph.textContent()).toMatch(
    /^Response rate \(AAPOR RR1\): 16\.7%, completes over all/,
  );
  expect((await tableRows(page, "AAPOR outcome rates"))[1]).toEqual([
    "RR1",
    "16.7%",
    "Completes / all cases: I / (I + P + R + NC + O + UH + UO)",
  ]);
  expect(await tableRows(page, "Final dispositions")).toEqual([
    ["Disposition", "Cases"],
    ["Complete (I)", "4"],
    ["Partial (P)", "0"],
    ["Refusal or break-off (R)", "1"],
    ["Non-contact (NC)", "0"],
    ["Other eligible non-response (O)", "0"],
    ["Unknown if eligible, not reached (UH)", "0"],
    ["Unknown eligibility, other (UO)", "19"],
    ["Not eligible (NE)", "0"],
  ]);
  expect(await tableRows(page, "Response by stratum")).toEqual([
    ["Stratum", "In the frame", "Sampled", "Invited", "Completed", "Completed / sampled"],
    ["medium", "16", "12", "12", "2", "16.7%"],
    ["small", "24", "12", "12", "2", "16.7%"],
  ]);
  await checkPage(page, "survey-owner", "09-dashboard");

  // 9. Results: design-weighted shares with their intervals, drawn where the API puts them.
  await sectionTab(page, "Results");
  const caveat = page.getByRole("note");
  expect(await caveat.textContent()).toContain("only 16.7% of the sampled organisations answered");
  await page.getByText("Design weights by stratum").waitFor();
  const api = (await (await page.request.get(`${app.url}${apiPath}/results`)).json()) as ResultsJson;
  const benefit = api.questions.find((question) => question.name === "benefit")!;
  expect(benefit.categories.map((c) => [c.label, percent(c.proportion)])).toEqual([
    ["Skills", "50.0%"],
    ["Finance", "30.0%"],
    ["Networks", "20.0%"],
  ]);
  const benefitResult = page.getByRole("article", { name: "Which benefit do you expect most?" });
  expect(
    (await tableRows(page, "Which benefit do you expect most?: estimates"))
      .slice(1)
      .map((r) => r.slice(0, 3)),
  ).toEqual(
    benefit.categories.map((c) => [
      c.label,
      percent(c.proportion),
      `${percent(c.low)} to ${percent(c.high)}`,
    ]),
  );
  const bars = await drawnSpans(benefitResult.getByRole("figure"));
  for (const category of benefit.categories) {
    const bar = bars.bars.find((drawn) => drawn.label === category.label);
    const interval = bars.intervals.find((drawn) => drawn.label === category.label);
    expect(bar?.from, category.label).toBeCloseTo(0, 0);
    expect(Math.abs((bar?.to ?? Number.NaN) - category.proportion * 100), category.label).toBeLessThan(
      pixelInPercent * 4,
    );
    expect(Math.abs((interval?.from ?? Number.NaN) - category.low * 100), category.label).toBeLessThan(
      pixelInPercent * 4,
    );
    expect(Math.abs((interval?.to ?? Number.NaN) - category.high * 100), category.label).toBeLessThan(
      pixelInPercent * 4,
    );
  }
  const aware = api.questions.find((question) => question.name === "aware")!;
  const likertFigure = page
    .getByRole("article", { name: "I know what the facility offers." })
    .getByRole("figure", { name: "Agreement, centred on the neutral point" });
  const segments = (await drawnSpans(likertFigure)).bars;
  expect(segments).toHaveLength(aware.likert!.diverging.length);
  for (const [index, segment] of aware.likert!.diverging.entries()) {
    expect(Math.abs(segments[index]!.from - segment.start * 100), segment.category).toBeLessThan(
      pixelInPercent * 4,
    );
    expect(Math.abs(segments[index]!.to - segment.end * 100), segment.category).toBeLessThan(
      pixelInPercent * 4,
    );
  }
  await checkPage(page, "survey-owner", "10-results");

  // 10. The instrument as files: SurveyJS JSON and an XLSForm workbook.
  await sectionTab(page, "Instrument");
  const json = await downloadBy(page, page.getByRole("link", { name: "SurveyJS JSON" }));
  expect(json.name).toBe("instrument.json");
  const instrument = JSON.parse(json.bytes.toString("utf8")) as typeof e2eInstrument;
  expect(instrument.title).toBe(title);
  expect(instrument.pages.flatMap((p) => p.elements.map((e) => e.name))).toEqual([
    "benefit",
    "channels",
    "aware",
    "comments",
  ]);
  const xlsx = await downloadBy(page, page.getByRole("link", { name: "XLSForm (.xlsx)" }));
  expect(xlsx.name).toBe("instrument.xlsx");
  const sheets = await xlsxSheets(xlsx.bytes);
  expect(sheets.survey?.map((row) => row.slice(0, 3))).toEqual([
    ["type", "name", "label"],
    ["begin group", "about", "About your firm"],
    ["select_one benefit", "benefit", "Which benefit do you expect most?"],
    ["select_multiple channels", "channels", "How did you hear of the facility?"],
    ["end group", "about"],
    ["begin group", "views", "Your views"],
    ["select_one aware", "aware", "I know what the facility offers."],
    ["text", "comments", "Anything else?"],
    ["end group", "views"],
  ]);
  expect(sheets.choices).toEqual([
    ["list_name", "name", "label"],
    ["benefit", "skills", "Skills"],
    ["benefit", "finance", "Finance"],
    ["benefit", "networks", "Networks"],
    ["channels", "events", "Events"],
    ["channels", "web", "Web site"],
    ["aware", "1", "Strongly disagree"],
    ["aware", "2", "Disagree"],
    ["aware", "3", "Neither"],
    ["aware", "4", "Agree"],
    ["aware", "5", "Strongly agree"],
  ]);
  expect(sheets.settings?.[1]?.[0]).toBe(title);
  await page
    .getByText("Fieldwork has started, so the instrument cannot change under its respondents.")
    .waitFor();
  await checkPage(page, "survey-owner", "11-instrument-live");

  // No CSP refusal (the preview is SurveyJS), no chart warning, no script error: only the browser's
  // note of the refused frame file.
  expect(consoleNotes).toEqual([
    "Failed to load resource: the server responded with a status of 422 (Unprocessable Entity)",
  ]);
});

test("at 768 px wide no owner page scrolls sideways", async ({ app, browser }) => {
  const survey = await liveSurvey(app, { title: "Tablet check", anonymity: "identified" });
  const link = await invitationLink(app, "alpha@example.test", "Tablet check");
  expect(
    await respond(link, "submit", {
      answers: { benefit: "skills", channels: ["web"], aware: 3 },
      idempotencyKey: "tablet-check-answer-1",
    }),
  ).toBe(201);
  const tablet = await browser.newContext({ viewport: { width: 768, height: 1024 } });
  try {
    const page = await tablet.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${app.url}/login`, { timeout: 60_000 });
    await signIn(page, app.url, app.owner.email, app.owner.password);
    const base = `${app.url}/w/${app.workspace.slug}/surveys`;
    const id = survey.id;
    const pages = [
      ["01-list", base, "Surveys"],
      ["02-instrument", `${base}/${id}/instrument`, "Instrument"],
      ["03-frame", `${base}/${id}/frame`, "Frame & sample"],
      ["04-fieldwork", `${base}/${id}/fieldwork`, "Fieldwork"],
      ["05-results", `${base}/${id}/results`, "Results"],
    ] as const;
    for (const [step, url, heading] of pages) {
      await page.goto(url);
      await page.getByRole("heading", { name: heading, exact: true }).first().waitFor();
      if (step === "05-results") await page.getByRole("article").first().waitFor();
      if (step === "04-fieldwork") await page.getByRole("region", { name: "Dashboard" }).waitFor();
      expect(await scrollWidth(page), step).toBeLessThanOrEqual(768);
      await checkPage(page, "survey-owner-768", step);
    }
  } finally {
    await tablet.close();
  }
});
