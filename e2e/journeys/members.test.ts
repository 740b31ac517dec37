// Journeys: an owner invites an analyst by email, the analyst accepts and works in the workspace;
// a viewer is refused an owner's page in the UI ("Not allowed") and by the API (403).
import type { RunningApp } from "../support/app.ts";
import { newPassword } from "../support/data-template.ts";
import { expect, test } from "../support/fixtures.ts";
import { apiFromPage, mainNavLinks, signIn, waitForShell } from "../support/journey-steps.ts";
import { checkPage } from "../support/page-check.ts";

/** Arranges a member with `role` through the API (invite as the owner, accept as the new user). */
async function addMember(app: RunningApp, email: string, name: string, role: string): Promise<string> {
  const owner = app.api();
  await owner.login(app.owner.email, app.owner.password);
  const invited = await owner.request("POST", `/api/workspaces/${app.workspace.slug}/invitations`, {
    email,
    role,
  });
  expect(invited.status).toBe(201);
  const link = await app.mailedLink(email, "/invitations/");
  const token = new URL(link).pathname.split("/").at(-1) ?? "";
  const password = newPassword();
  const accepted = await app.api().request("POST", `/api/invitations/${token}/accept`, { name, password });
  expect(accepted.status).toBe(200);
  return password;
}

test("an owner invites an analyst, who accepts by the mailed link and works in the workspace", async ({
  app,
  page,
  browser,
}) => {
  const analystEmail = "ana.analyst@example.test";
  await signIn(page, app.url, app.owner.email, app.owner.password);
  await waitForShell(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Members" }).click();
  await page.waitForURL(`**/w/${app.workspace.slug}/members`);
  await page.getByLabel("Email", { exact: true }).fill(analystEmail);
  await page.getByLabel("Role", { exact: true }).selectOption("analyst");
  await checkPage(page, "invite-analyst", "01-members-form");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await page.getByText(analystEmail).first().waitFor();
  await checkPage(page, "invite-analyst", "02-invitation-pending");

  const link = await app.mailedLink(analystEmail, "/invitations/");
  expect(link.startsWith(`${app.url}/invitations/`)).toBe(true);

  const analystDevice = await browser.newContext();
  try {
    const analyst = await analystDevice.newPage();
    await analyst.goto(link);
    await analyst.getByRole("button", { name: "Accept invitation" }).waitFor();
    expect(await analyst.getByRole("heading", { level: 1 }).textContent()).toContain(app.owner.workspaceName);
    await checkPage(analyst, "invite-analyst", "03-invitation");
    await analyst.getByLabel("Name", { exact: true }).fill("Ana Analyst");
    await analyst.getByLabel("Password", { exact: true }).fill(newPassword());
    await analyst.getByRole("button", { name: "Accept invitation" }).click();
    await waitForShell(analyst);

    expect(new URL(analyst.url()).pathname).toBe(`/w/${app.workspace.slug}/evidence`);
    const switcher = analyst.getByLabel("Workspace", { exact: true });
    expect(await switcher.locator("option:checked").textContent()).toBe(app.owner.workspaceName);
    // Owner-only sections are not offered to an analyst.
    expect(await mainNavLinks(analyst)).toEqual(["Evidence", "Surveys", "Directory", "Members"]);
    await checkPage(analyst, "invite-analyst", "04-analyst-workspace");
  } finally {
    await analystDevice.close();
  }

  await page.reload();
  const row = page.getByRole("row").filter({ hasText: analystEmail }).first();
  await row.waitFor();
  expect(await row.textContent()).toContain("Ana Analyst");
  // The owner sees each member's role as a select to change it.
  expect(await row.getByRole("combobox").inputValue()).toBe("analyst");
  await checkPage(page, "invite-analyst", "05-members-after");
});

test("a viewer is refused an owner's page in the UI and by the API", async ({ app, page }) => {
  const viewerEmail = "vic.viewer@example.test";
  const password = await addMember(app, viewerEmail, "Vic Viewer", "viewer");
  await signIn(page, app.url, viewerEmail, password);
  await waitForShell(page);
  expect(await mainNavLinks(page)).toEqual(["Evidence", "Surveys", "Directory", "Members"]);

  for (const section of ["settings", "outbox"]) {
    await page.goto(`${app.url}/w/${app.workspace.slug}/${section}`);
    await page.getByRole("heading", { name: "Not allowed" }).waitFor();
    await checkPage(page, "viewer-refused", `01-${section}`);
  }

  const rename = await apiFromPage(page, "PATCH", `/api/workspaces/${app.workspace.slug}`, {
    name: "Taken over",
  });
  expect(rename.status).toBe(403);
  expect((rename.body as { error: { code: string } }).error.code).toBe("forbidden");
  const outbox = await page.request.get(`${app.url}/api/workspaces/${app.workspace.slug}/outbox`);
  expect(outbox.status()).toBe(403);
  const invite = await apiFromPage(page, "POST", `/api/workspaces/${app.workspace.slug}/invitations`, {
    email: "someone@example.test",
    role: "owner",
  });
  expect(invite.status).toBe(403);
});
