// Journeys on the bundled BRES data without signing in (issue 5, Must show): the UKK1 profile
// with aerospace among its top specialisations,
// the map at ITL2 and the comparison of three regions (the opportunity chart: opportunities.test.ts).
// Expected LQ computed from the raw file with an independent script (python csv over
// bres_employment_itl2_sic5_2015_2021.csv.gz, 2021): UKK1 x 30300 = 13,000 jobs, UKK1 total
// 1,285,115, 30300 total 74,350, all cells 31,366,000 -> (13000/1285115)/(74350/31366000) = 4.267558909.
import type { Page } from "playwright-core";
import { shownAs } from "../support/explorer-files.ts";
import { expect, test } from "../support/fixtures.ts";
import { checkPage } from "../support/page-check.ts";

const dataset = "uk-bres-itl2";
const view = "year=2021&level=subclass";
const aerospaceLq = 4.267558909296244;
const ukk1Name = "Gloucestershire, Wiltshire and Bath/Bristol area";

/** The cells of the row of `table` that mentions `text`, keyed by the column headers. */
async function rowByText(page: Page, table: string, text: RegExp): Promise<Map<string, string>> {
  const grid = page.getByRole("table", { name: table });
  const headers = (await grid.getByRole("columnheader").allInnerTexts()).map((header) => header.trim());
  const row = grid.getByRole("row").filter({ hasText: text }).first();
  const cells = await row.getByRole("cell").allInnerTexts();
  const header = await row.getByRole("rowheader").allInnerTexts();
  const values = [...header, ...cells].map((cell) => cell.trim());
  return new Map(headers.map((name, index) => [name, values[index] ?? ""]));
}

test("the UKK1 profile opens without signing in and shows aerospace with its LQ", async ({ app, page }) => {
  // A file's first page may wait for the server warming its views: a longer limit.
  await page.goto(`${app.url}/explore`, { timeout: 60_000 });
  await page.locator(`a[href^="/explore/${dataset}"]:not([href^="/explore/${dataset}-"])`).first().click();
  await page.waitForURL(`**/explore/${dataset}**`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  await checkPage(page, "explorer-profile", "01-region-picker");
  await page
    .getByRole("link", { name: new RegExp(ukk1Name.replace(/[/]/g, "\\/")) })
    .first()
    .click();
  await page.waitForURL(`**/explore/${dataset}/regions/UKK1**`);
  await page.getByRole("table", { name: "Top specialisations" }).waitFor({ timeout: 60_000 });
  await checkPage(page, "explorer-profile", "02-default-level");

  // The shared link to the subclass view: the snapshot is cached now, so it must be quick.
  const started = Date.now();
  await page.goto(`${app.url}/explore/${dataset}/regions/UKK1?${view}`);
  const aerospace = /30300|air and spacecraft/i;
  await page
    .getByRole("table", { name: "Top specialisations" })
    .getByRole("row")
    .filter({ hasText: aerospace })
    .waitFor({ timeout: 60_000 });
  const firstLoadMs = Date.now() - started;
  const heading = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
  expect(heading).toContain(ukk1Name);
  expect(heading).toContain("UKK1");
  const row = await rowByText(page, "Top specialisations", aerospace);
  expect([...row.keys()].slice(0, 4)).toEqual(["Activity", "Jobs", "LQ", "95% interval"]);
  expect(shownAs(row.get("LQ") ?? "", aerospaceLq, 2)).toBeUndefined();
  expect((row.get("Jobs") ?? "").replace(/[,\s]/g, "")).toBe("13000");
  // 13,000 jobs is far above the small-count threshold (100): no interval is given.
  expect(row.get("95% interval") ?? "").not.toMatch(/\d/);
  await expect.poll(() => page.locator("main").innerText()).toMatch(/\b\d{1,2} of 40\b/);
  await page.getByText("Methods", { exact: true }).click();
  await page.getByRole("link", { name: "Glossary" }).waitFor();
  await checkPage(page, "explorer-profile", "03-subclass-aerospace");

  const again = Date.now();
  await page.reload();
  await page
    .getByRole("table", { name: "Top specialisations" })
    .getByRole("row")
    .filter({ hasText: aerospace })
    .waitFor();
  const cachedMs = Date.now() - again;
  console.info(`UKK1 subclass profile: first ${firstLoadMs} ms, cached reload ${cachedMs} ms`);
  expect(cachedMs).toBeLessThan(1500);
});

test("the map at ITL2 opens a region's profile by click and by keyboard", async ({ app, page }) => {
  await page.goto(`${app.url}/explore/${dataset}/map?${view}`);
  const geography = page.getByLabel("Geography", { exact: true });
  await geography.waitFor({ timeout: 60_000 });
  // The select can be on the page before its options (the data set's geographies) have arrived.
  const itl2Option = () =>
    geography
      .locator("option")
      .evaluateAll(
        (options: { value: string; textContent: string | null }[]) =>
          options.find((option) => /itl ?2/i.test(`${option.value} ${option.textContent}`))?.value,
      );
  await expect.poll(itl2Option, { timeout: 60_000 }).toBeDefined();
  const itl2 = await itl2Option();
  await geography.selectOption(itl2 ?? "");
  const activity = page.getByLabel("Activity", { exact: true });
  // The choices arrive with the data set's activities (a request of their own): wait for them.
  const aerospaceOption = () =>
    activity
      .locator("option")
      .evaluateAll(
        (options: { value: string; textContent: string | null }[]) =>
          options.find((option) => /30300|30\.30/.test(`${option.value} ${option.textContent}`))?.value,
      );
  await expect.poll(aerospaceOption, { timeout: 60_000 }).toBeDefined();
  const aerospace = await aerospaceOption();
  await activity.selectOption(aerospace ?? "");
  const map = page.locator('svg[aria-label="Map"]');
  await map.locator("path[data-region]").first().waitFor({ timeout: 60_000 });
  // 40 GB ITL2 regions carry data (BRES has no Northern Ireland; its shape may still be drawn).
  expect(await map.locator("path[data-region]").count()).toBeGreaterThanOrEqual(40);
  await checkPage(page, "explorer-map", "01-itl2-aerospace");

  await map.locator('path[data-region="UKC1"], path[data-region="TLC1"]').first().click();
  await page.waitForURL(/\/explore\/uk-bres-itl2\/regions\/(UKC1|TLC1)/);
  await expect
    .poll(() => page.getByRole("heading", { level: 1 }).innerText())
    .toContain("Tees Valley and Durham");
  await checkPage(page, "explorer-map", "02-clicked-region");

  await page.goBack();
  const ukk1 = map.locator('path[data-region="UKK1"], path[data-region="TLK1"]').first();
  await ukk1.focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/explore\/uk-bres-itl2\/regions\/(UKK1|TLK1)/);
  await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toContain(ukk1Name);
});

test("three regions compared side by side, the third added on the page", async ({ app, page }) => {
  await page.goto(`${app.url}/explore/${dataset}/compare?regions=UKK1,UKC1&${view}`);
  const table = page.getByRole("table", { name: "Comparison" });
  await table.waitFor({ timeout: 60_000 });
  const add = page.getByLabel("Add region", { exact: true });
  const tag = await add.evaluate((element: { tagName: string }) => element.tagName);
  if (tag === "SELECT") {
    const value = await add
      .locator("option")
      .evaluateAll(
        (options: { value: string; textContent: string | null }[]) =>
          options.find((option) => /UKI3|Inner London - West/.test(`${option.value} ${option.textContent}`))
            ?.value,
      );
    await add.selectOption(value ?? "UKI3");
  } else {
    await add.fill("UKI3");
    await add.press("Enter");
  }
  await page.waitForURL(/regions=[^&]*UKI3/);
  await expect.poll(() => table.innerText()).toMatch(/Inner London - West|UKI3/);
  const text = await table.innerText();
  expect(text).toMatch(/Gloucestershire|UKK1/);
  expect(text).toMatch(/Tees Valley|UKC1/);
  const regions = new URL(page.url()).searchParams.get("regions")?.split(",") ?? [];
  expect([...regions].sort()).toEqual(["UKC1", "UKI3", "UKK1"]);
  await checkPage(page, "explorer-compare", "01-three-regions");
});
