// Steps several journeys share, written with the accessible names the UI contract promises
// (platform brief: labels "Email", "Password", button "Sign in", landmark "Main", ...).
import type { Page } from "playwright-core";

/**
 * Signs in through the login form and waits until the workspace shell (the "Main" navigation)
 * or, for a user without a workspace, any page other than /login is shown.
 * Example: `await signIn(page, app.url, app.owner.email, app.owner.password)`.
 */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname !== "/login");
}

/** Waits for the signed-in workspace shell: the "Main" navigation landmark. */
export async function waitForShell(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).waitFor();
}

/** The names of the links in the "Main" navigation, in order. */
export async function mainNavLinks(page: Page): Promise<string[]> {
  const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
  return (await links.allInnerTexts()).map((text) => text.trim());
}

/**
 * Calls a state-changing API route from inside the browser's session (its cookie), with the CSRF
 * token from `GET /api/session`, as the UI would. Returns the status and the parsed body.
 */
export async function apiFromPage(
  page: Page,
  method: string,
  path: string,
  body: unknown,
): Promise<{ status: number; body: unknown }> {
  const origin = new URL(page.url()).origin;
  const session = await page.request.get(`${origin}/api/session`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await page.request.fetch(`${origin}${path}`, {
    method,
    headers: { "x-csrf-token": csrfToken, "content-type": "application/json" },
    data: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status(), body: text === "" ? undefined : JSON.parse(text) };
}
