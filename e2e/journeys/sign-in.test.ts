// Journeys: the first owner (made by the CLI in the fixture) signs in, signs out, mistypes the
// password, signs in with the keyboard alone, and uses the shell on a 375 px phone screen.
import { expect, test } from "../support/fixtures.ts";
import { focusRing, isFocused, scrollWidth } from "../support/in-page.ts";
import { mainNavLinks, signIn, waitForShell } from "../support/journey-steps.ts";
import { checkPage } from "../support/page-check.ts";

test("the first owner created by the CLI signs in and lands in their workspace", async ({ app, page }) => {
  await page.goto(`${app.url}/login`);
  await page.getByRole("button", { name: "Sign in" }).waitFor();
  await checkPage(page, "first-owner", "01-login");

  await page.getByLabel("Email", { exact: true }).fill(app.owner.email);
  await page.getByLabel("Password", { exact: true }).fill(app.owner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await waitForShell(page);

  expect(new URL(page.url()).pathname.startsWith(`/w/${app.workspace.slug}/`)).toBe(true);
  const switcher = page.getByLabel("Workspace", { exact: true });
  expect(await switcher.locator("option:checked").textContent()).toBe(app.owner.workspaceName);
  // An owner sees every section, the owner-only ones included.
  expect(await mainNavLinks(page)).toEqual([
    "Evidence",
    "Surveys",
    "Directory",
    "Members",
    "Settings",
    "Outbox",
  ]);
  await checkPage(page, "first-owner", "02-workspace");

  for (const section of ["Surveys", "Directory", "Members", "Settings", "Outbox"]) {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: section }).click();
    await page.waitForURL(`**/w/${app.workspace.slug}/${section.toLowerCase()}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await checkPage(page, "first-owner", `03-${section.toLowerCase()}`);
  }
});

test("signing out ends the session and members-only pages send you to sign in", async ({
  app,
  page,
  context,
}) => {
  await signIn(page, app.url, app.owner.email, app.owner.password);
  await waitForShell(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/login" || url.pathname === "/explore");
  await checkPage(page, "sign-out", "01-signed-out");

  const cookies = await context.cookies(app.url);
  expect(cookies.map((cookie) => cookie.name)).not.toContain("smartspec_session");
  const session = await page.request.get(`${app.url}/api/session`);
  expect(((await session.json()) as { user: unknown }).user).toBeNull();

  await page.goto(`${app.url}/w/${app.workspace.slug}/evidence`);
  await page.waitForURL((url) => url.pathname === "/login");
});

test("a wrong password shows an error and keeps you on the sign-in page", async ({ app, page }) => {
  await page.goto(`${app.url}/login`);
  await page.getByLabel("Email", { exact: true }).fill(app.owner.email);
  await page.getByLabel("Password", { exact: true }).fill(`${app.owner.password}-wrong`);
  await page.getByRole("button", { name: "Sign in" }).click();

  const alert = page.getByRole("alert");
  await alert.waitFor();
  expect((await alert.textContent())?.trim().length).toBeGreaterThan(0);
  expect(new URL(page.url()).pathname).toBe("/login");
  await checkPage(page, "wrong-password", "01-error");
});

test("signing in works with the keyboard alone, with a visible focus ring", async ({ app, page }) => {
  await page.goto(`${app.url}/login`);
  const email = page.getByLabel("Email", { exact: true });
  await email.waitFor();
  // Tab from the top of the page until the Email field has focus (skip link, header links first).
  for (let presses = 0; presses < 15 && !(await isFocused(email)); presses++) {
    await page.keyboard.press("Tab");
  }
  expect(await isFocused(email)).toBe(true);
  const ring = await focusRing(email);
  const ringVisible = (ring.outline !== "none" && ring.width !== "0px") || ring.shadow !== "none";
  expect(ringVisible, `focus style ${JSON.stringify(ring)}`).toBe(true);
  await checkPage(page, "keyboard-sign-in", "01-email-focused");

  await page.keyboard.type(app.owner.email);
  await page.keyboard.press("Tab");
  expect(await isFocused(page.getByLabel("Password", { exact: true }))).toBe(true);
  await page.keyboard.type(app.owner.password);
  await page.keyboard.press("Enter");
  await waitForShell(page);
  await checkPage(page, "keyboard-sign-in", "02-signed-in");
});

test("on a 375 px wide screen the navigation folds behind a Menu button", async ({ app, browser }) => {
  const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true });
  try {
    const page = await phone.newPage();
    await signIn(page, app.url, app.owner.email, app.owner.password);
    const menu = page.getByRole("button", { name: "Menu" });
    await menu.waitFor();
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    const members = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Members" });
    expect(await members.isVisible()).toBe(false);
    // Nothing may stick out sideways: no horizontal scrolling on a phone.
    expect(await scrollWidth(page)).toBeLessThanOrEqual(375);
    await checkPage(page, "phone", "01-menu-closed");

    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    await members.waitFor();
    await checkPage(page, "phone", "02-menu-open");
    await members.click();
    await page.waitForURL(`**/w/${app.workspace.slug}/members`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(375);
    await checkPage(page, "phone", "03-members");
  } finally {
    await phone.close();
  }
});
