// Security in a real browser: script (and SQL) injection strings typed into every text input
// render as text, never run (no dialog opens, no element with an event-handler attribute
// appears); the session cookie's flags; no session fixation.
import type { Page } from "playwright-core";
import { newPassword } from "../support/data-template.ts";
import type { DialogLog } from "../support/fixtures.ts";
import { expect, test } from "../support/fixtures.ts";
import { scriptVisibleCookies } from "../support/in-page.ts";
import { signIn, waitForShell } from "../support/journey-steps.ts";
import { checkPage } from "../support/page-check.ts";

/** Each would open an alert if it reached the DOM as markup or as a javascript: URL. */
const scriptPayloads = [
  `<img src=x onerror=alert("img")>`,
  `"><svg onload=alert("svg")>`,
  `</title><script>alert("script")</script>`,
];
const sqlPayload = `x'); DROP TABLE users; --`;

/** Gives injected handlers a moment to fire, then checks nothing ran and no markup was injected. */
async function expectInert(page: Page, dialogs: DialogLog): Promise<void> {
  await page.waitForTimeout(300);
  expect(dialogs.messages).toEqual([]);
  expect(await page.locator("[onerror], [onload], svg[onload], img[src='x']").count()).toBe(0);
}

test("injection strings in the sign-in and reset fields are refused as text", async ({
  app,
  page,
  dialogs,
}) => {
  for (const payload of [...scriptPayloads, `' OR '1'='1' --`]) {
    await page.goto(`${app.url}/login`);
    await page.getByLabel("Email", { exact: true }).fill(payload);
    await page.getByLabel("Password", { exact: true }).fill(payload);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").first().waitFor();
    expect(new URL(page.url()).pathname).toBe("/login");
    await expectInert(page, dialogs);
  }
  // The password-reset form's Email field, likewise.
  for (const payload of scriptPayloads) {
    await page.goto(`${app.url}/reset-password`);
    await page.getByLabel("Email", { exact: true }).fill(payload);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await page.getByRole("alert").first().waitFor();
    await expectInert(page, dialogs);
  }
  await page.goto(`${app.url}/login`);
  // A valid-looking email with SQL in it, and SQL as the password, reach the server: still 401.
  await page.getByLabel("Email", { exact: true }).fill(`o'neil@example.test`);
  await page.getByLabel("Password", { exact: true }).fill(`' OR '1'='1' --`);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("alert").first().waitFor();
  expect(new URL(page.url()).pathname).toBe("/login");
  await checkPage(page, "injection", "01-login");
});

test("a workspace named with markup shows that markup as text, also after a reload", async ({
  app,
  page,
  dialogs,
}) => {
  await signIn(page, app.url, app.owner.email, app.owner.password);
  await waitForShell(page);
  const switcher = page.getByLabel("Workspace", { exact: true });
  for (const payload of [...scriptPayloads, sqlPayload]) {
    await page.goto(`${app.url}/w/${app.workspace.slug}/settings`);
    await page.getByLabel("Name", { exact: true }).fill(payload);
    await page.getByRole("button", { name: "Save name" }).click();
    await page.getByRole("status").first().waitFor();
    await expect.poll(() => switcher.locator("option:checked").textContent()).toBe(payload);
    await expectInert(page, dialogs);
    await page.reload();
    await waitForShell(page);
    expect(await switcher.locator("option:checked").textContent()).toBe(payload);
    await expectInert(page, dialogs);
  }
  await checkPage(page, "injection", "02-workspace-name");
  // Put the name back for the other tests of this file.
  await page.getByLabel("Name", { exact: true }).fill(app.owner.workspaceName);
  await page.getByRole("button", { name: "Save name" }).click();
  await expect.poll(() => switcher.locator("option:checked").textContent()).toBe(app.owner.workspaceName);
});

test("markup typed as an invitation email is refused and shown as text", async ({ app, page, dialogs }) => {
  await signIn(page, app.url, app.owner.email, app.owner.password);
  await page.goto(`${app.url}/w/${app.workspace.slug}/members`);
  for (const payload of scriptPayloads) {
    await page.getByLabel("Email", { exact: true }).fill(payload);
    await page.getByRole("button", { name: "Send invitation" }).click();
    await page.getByRole("alert").first().waitFor();
    await expectInert(page, dialogs);
  }
  await checkPage(page, "injection", "03-invitation-email");
  // The API refuses it too (the form's own check is not the only guard).
  const api = app.api();
  await api.login(app.owner.email, app.owner.password);
  const sent = await api.request("POST", `/api/workspaces/${app.workspace.slug}/invitations`, {
    email: scriptPayloads[0],
    role: "analyst",
  });
  expect(sent.status).toBe(400);
});

test("a member who names themselves with markup is listed with that markup as text", async ({
  app,
  page,
  browser,
  dialogs,
}) => {
  const email = "mallory@example.test";
  const name = scriptPayloads[0] ?? "";
  const owner = app.api();
  await owner.login(app.owner.email, app.owner.password);
  const invited = await owner.request("POST", `/api/workspaces/${app.workspace.slug}/invitations`, {
    email,
    role: "analyst",
  });
  expect(invited.status).toBe(201);
  const link = await app.mailedLink(email, "/invitations/");

  const malloryDevice = await browser.newContext();
  try {
    const mallory = await malloryDevice.newPage();
    mallory.on("dialog", (dialog) => {
      dialogs.messages.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await mallory.goto(link);
    await mallory.getByLabel("Name", { exact: true }).fill(name);
    await mallory.getByLabel("Password", { exact: true }).fill(newPassword());
    await mallory.getByRole("button", { name: "Accept invitation" }).click();
    await waitForShell(mallory);
    await mallory.getByText(name, { exact: true }).first().waitFor();
    await expectInert(mallory, dialogs);
  } finally {
    await malloryDevice.close();
  }

  await signIn(page, app.url, app.owner.email, app.owner.password);
  await page.goto(`${app.url}/w/${app.workspace.slug}/members`);
  const row = page.getByRole("row").filter({ hasText: email });
  await row.waitFor();
  expect(await row.textContent()).toContain(name);
  await expectInert(page, dialogs);
  await checkPage(page, "injection", "04-member-name");
});

test("the session cookie is HttpOnly and SameSite=Lax, and script cannot read it", async ({
  app,
  page,
  context,
}) => {
  await signIn(page, app.url, app.owner.email, app.owner.password);
  await waitForShell(page);
  const session = (await context.cookies(app.url)).find((cookie) => cookie.name === "smartspec_session");
  expect(session).toBeDefined();
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
  expect(session?.path).toBe("/");
  // 256 random bits: at least 43 characters in base64url, 64 in hex.
  expect(session?.value.length).toBeGreaterThanOrEqual(43);
  expect(await scriptVisibleCookies(page)).not.toContain("smartspec_session");
});

test("a session token planted before sign-in is replaced (no session fixation)", async ({
  app,
  page,
  context,
}) => {
  const planted = "attacker-chosen-token-0123456789abcdef0123456789";
  await context.addCookies([{ name: "smartspec_session", value: planted, url: app.url, httpOnly: true }]);
  await signIn(page, app.url, app.owner.email, app.owner.password);
  await waitForShell(page);
  const first = (await context.cookies(app.url)).find((cookie) => cookie.name === "smartspec_session");
  expect(first?.value).toBeDefined();
  expect(first?.value).not.toBe(planted);

  // Signing in again in the same browser issues yet another token.
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/login" || url.pathname === "/explore");
  await signIn(page, app.url, app.owner.email, app.owner.password);
  await waitForShell(page);
  const second = (await context.cookies(app.url)).find((cookie) => cookie.name === "smartspec_session");
  expect(second?.value).not.toBe(first?.value);

  // The planted value never became a session.
  const probe = await fetch(`${app.url}/api/session`, {
    headers: { cookie: `smartspec_session=${planted}` },
  });
  expect(((await probe.json()) as { user: unknown }).user).toBeNull();
});
