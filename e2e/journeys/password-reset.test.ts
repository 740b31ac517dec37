// Journeys: a forgotten password reset by the emailed link, once with mail kept in the outbox
// (no SMTP_URL: the owner reads the outbox page and follows the link) and once over real SMTP
// (the link read from the message the in-process receiver got).
import type { Page } from "playwright-core";
import type { RunningApp } from "../support/app.ts";
import { newPassword } from "../support/data-template.ts";
import { expect, test } from "../support/fixtures.ts";
import { signIn, waitForShell } from "../support/journey-steps.ts";
import { checkPage } from "../support/page-check.ts";

async function requestReset(page: Page, app: RunningApp, journey: string): Promise<void> {
  await page.goto(`${app.url}/login`);
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await page.waitForURL((url) => url.pathname === "/reset-password");
  await page.getByLabel("Email", { exact: true }).fill(app.owner.email);
  await checkPage(page, journey, "01-request");
  await page.getByRole("button", { name: "Send reset link" }).click();
  await page.getByRole("status").waitFor();
  await checkPage(page, journey, "02-requested");
}

async function setNewPassword(page: Page, app: RunningApp, journey: string): Promise<void> {
  // A session elsewhere (another device) that the reset must end.
  const elsewhere = app.api();
  await elsewhere.login(app.owner.email, app.owner.password);
  const password = newPassword();
  await page.getByLabel("New password", { exact: true }).fill(password);
  await checkPage(page, journey, "04-new-password");
  await page.getByRole("button", { name: "Set new password" }).click();
  await page.getByRole("status").waitFor();
  await checkPage(page, journey, "05-changed");
  const oldPassword = app.owner.password;
  app.owner.password = password;

  // The old password no longer works; the new one does.
  const old = await app
    .api()
    .request("POST", "/api/session", { email: app.owner.email, password: oldPassword });
  expect(old.status).toBe(401);
  const ended = await elsewhere.request("GET", "/api/session");
  expect((ended.body as { user: unknown }).user).toBeNull();
  await signIn(page, app.url, app.owner.email, password);
  await waitForShell(page);
}

test("password reset through the outbox: the owner reads the mail in the UI and follows its link", async ({
  outboxApp: app,
  page,
  browser,
}) => {
  // The owner is still signed in on another device while asking for the reset here.
  const ownerDevice = await browser.newContext();
  try {
    const ownerPage = await ownerDevice.newPage();
    await signIn(ownerPage, app.url, app.owner.email, app.owner.password);
    await waitForShell(ownerPage);

    await requestReset(page, app, "reset-outbox");

    await ownerPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Outbox" }).click();
    await ownerPage.waitForURL(`**/w/${app.workspace.slug}/outbox`);
    const row = ownerPage.getByRole("row").filter({ hasText: app.owner.email }).last();
    await row.waitFor();
    await checkPage(ownerPage, "reset-outbox", "03a-outbox");
    await row.getByRole("button").first().click();
    const link = ownerPage.getByRole("link", { name: /\/reset-password\// });
    await link.waitFor();
    expect((await link.getAttribute("href"))?.startsWith(`${app.url}/reset-password/`)).toBe(true);
    await checkPage(ownerPage, "reset-outbox", "03b-mail-open");

    await link.click();
    await ownerPage.waitForURL((url) => url.pathname.startsWith("/reset-password/"));
    await setNewPassword(ownerPage, app, "reset-outbox");
  } finally {
    await ownerDevice.close();
  }
});

test("password reset through SMTP: the link in the received mail sets a new password", async ({
  app,
  page,
}) => {
  await requestReset(page, app, "reset-smtp");
  const link = await app.mailedLink(app.owner.email, "/reset-password/");
  expect(link.startsWith(`${app.url}/reset-password/`)).toBe(true);
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).waitFor();
  await checkPage(page, "reset-smtp", "03-link-opened");
  await setNewPassword(page, app, "reset-smtp");

  // The link works once.
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill(newPassword());
  await page.getByRole("button", { name: "Set new password" }).click();
  await page.getByRole("alert").waitFor();
  await checkPage(page, "reset-smtp", "06-link-used-twice");
});
