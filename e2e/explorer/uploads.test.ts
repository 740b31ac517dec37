// An owner uploads data on the Evidence page (issue 5, Must show): a broken CSV shows every
// row-level problem with its line and column and stores nothing; a good one opens in the explorer
// with its own profile. Members only: a visitor without a session is not shown the upload.

import type { Page } from "playwright-core";
import { expect, test } from "../support/fixtures.ts";
import { signIn, waitForShell } from "../support/journey-steps.ts";
import { checkPage } from "../support/page-check.ts";

// Line 3 has a value that is no number, line 5 a negative one (the importer's own messages,
// checked with `smartspec import` on the same bytes).
const broken = [
  "region,activity,year,value",
  "UKC1,10,2021,100",
  "UKC1,20,2021,abc",
  "UKC1,30,2021,300",
  "UKC2,10,2021,-4",
  "",
].join("\n");

// Five regions x six SIC divisions, 2021. UKC1 x 30 by hand: UKC1 total 480, division 30 total
// 340, all cells 2,480 -> LQ = (300/480)/(340/2480) = 4.5588235...; every other UKC1 cell has
// LQ < 1 (10: 0.92, 20: 0.55, 25/28/29 below 0.2), so it is UKC1's only specialisation.
const table: Record<string, number[]> = {
  UKC1: [100, 50, 10, 10, 10, 300],
  UKC2: [200, 100, 100, 50, 40, 10],
  UKD1: [50, 200, 80, 100, 60, 10],
  UKD3: [150, 30, 200, 20, 90, 10],
  UKE1: [60, 90, 40, 200, 100, 10],
};
const divisions = ["10", "20", "25", "28", "29", "30"];
const good = [
  "region,activity,year,value",
  ...Object.entries(table).flatMap(([region, values]) =>
    values.map((value, index) => `${region},${divisions[index]},2021,${value}`),
  ),
  "",
].join("\n");

async function upload(page: Page, name: string, text: string): Promise<void> {
  const nameField = page.getByLabel("Name", { exact: true });
  if ((await nameField.count()) > 0) await nameField.fill(name.replace(/\.csv$/, ""));
  await page.getByLabel("Data file", { exact: true }).setInputFiles({
    name,
    mimeType: "text/csv",
    buffer: Buffer.from(text, "utf8"),
  });
  await page.getByRole("button", { name: "Upload" }).click();
}

test("a broken CSV lists its row-level problems; a good one opens as a profile", async ({ app, page }) => {
  await signIn(page, app.url, app.owner.email, app.owner.password);
  await waitForShell(page);
  await page.goto(`${app.url}/w/${app.workspace.slug}/evidence`);
  await page.getByLabel("Data file", { exact: true }).waitFor();
  await checkPage(page, "explorer-upload", "01-evidence");

  await upload(page, "broken.csv", broken);
  const problems = page.getByRole("table", { name: "Problems" });
  await problems.waitFor({ timeout: 30_000 });
  const headers = (await problems.getByRole("columnheader").allInnerTexts()).map((text) => text.trim());
  expect(headers.slice(0, 3)).toEqual(["Line", "Column", "Problem"]);
  const rows = await problems
    .locator("tbody tr")
    .evaluateAll((trs: { innerText: string }[]) =>
      trs.map((tr) => tr.innerText.split("\t").map((cell) => cell.trim())),
    );
  expect(rows.length).toBe(2);
  expect(rows[0]?.slice(0, 2)).toEqual(["3", "value"]);
  expect(rows[0]?.[2]).toContain('"abc" is not a number');
  expect(rows[1]?.slice(0, 2)).toEqual(["5", "value"]);
  expect(rows[1]?.[2]).toContain('"-4" is negative');
  await checkPage(page, "explorer-upload", "02-problems");
  // Nothing was stored for the broken file.
  const listed = await page.request.get(`${app.url}/api/workspaces/${app.workspace.slug}/datasets`);
  expect(listed.status()).toBe(200);
  expect(JSON.stringify(await listed.json())).not.toContain("broken");

  await upload(page, "good-sample.csv", good);
  const opened = page.locator('a[href^="/explore/upload-"]').first();
  await opened.waitFor({ timeout: 30_000 });
  const href = (await opened.getAttribute("href")) ?? "";
  const id = /\/explore\/(upload-[0-9a-f-]+)/.exec(href)?.[1] ?? "";
  expect(id).not.toBe("");
  await checkPage(page, "explorer-upload", "03-uploaded");
  await opened.click();
  await page.waitForURL(`**/explore/${id}**`);
  await page.locator(`a[href*="/explore/${id}/regions/UKC1"]`).first().click();
  await page.waitForURL(`**/explore/${id}/regions/UKC1**`);
  const specialisations = page.getByRole("table", { name: "Top specialisations" });
  await specialisations.waitFor({ timeout: 30_000 });
  expect(await page.getByRole("heading", { level: 1 }).innerText()).toContain("UKC1");
  const body = await specialisations.locator("tbody tr").allInnerTexts();
  expect(body.length).toBe(1);
  expect(body[0]).toMatch(/\b30\b/);
  expect(body[0]).toMatch(/\b4\.56\d*\b/);
  expect(Number(/4\.56\d*/.exec(body[0] ?? "")?.[0])).toBe(
    Number((1550 / 340).toFixed((/4\.(56\d*)/.exec(body[0] ?? "")?.[1] ?? "").length)),
  );
  await checkPage(page, "explorer-upload", "04-upload-profile");

  // The upload is the workspace's: a visitor without a session is not shown it.
  const visitor = await page.context().browser()?.newContext();
  try {
    const response = await visitor?.request.get(`${app.url}/api/explorer/${id}/regions?year=2021`);
    expect(response?.status()).toBe(404);
  } finally {
    await visitor?.close();
  }
});
