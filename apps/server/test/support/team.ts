// A workspace with one member of each role, plus an outsider who owns another workspace, each
// signed in in their own Browser. Accounts are made through the use cases (invitation links
// read from the outbox, as an invitee would follow them), so the routes under test start clean.
import { acceptInvitation, createFirstOwner, createWorkspace, invite, readOutbox } from "@smartspec/services";
import { Browser } from "./browser.ts";
import type { TestApp } from "./test-app.ts";

export const password = "correct horse battery staple";
export const slug = "my-workspace";
export const otherSlug = "elsewhere";

/** In this order in tests, so an owner's successful change comes after everyone else tried. */
export const actors = ["anonymous", "viewer", "analyst", "outsider", "owner"] as const;
export type Actor = (typeof actors)[number];

export interface Person {
  readonly id: string;
  readonly email: string;
}

export interface Team {
  readonly people: Readonly<Record<Exclude<Actor, "anonymous">, Person>>;
  readonly browsers: Readonly<Record<Actor, Browser>>;
}

/** The token at the end of the newest outbox link to `email` (…/invitations/TOKEN). */
export async function linkToken(
  t: TestApp,
  ownerId: string,
  workspace: string,
  email: string,
): Promise<string> {
  const mails = await readOutbox(t.platform, { userId: ownerId, slug: workspace });
  const mail = mails.find((m) => m.to === email);
  const token = mail && /\/(?:invitations|reset-password)\/([A-Za-z0-9_-]{43})$/m.exec(mail.text)?.[1];
  if (!token) throw new Error(`no link mailed to ${email}`);
  return token;
}

/** Invites `email` into `workspace` with `role` and accepts as a new account (name: the local part). */
export async function join(
  t: TestApp,
  ownerId: string,
  workspace: string,
  email: string,
  role: string,
): Promise<Person> {
  await invite(t.platform, { userId: ownerId, slug: workspace, email, role });
  const token = await linkToken(t, ownerId, workspace, email);
  const accepted = await acceptInvitation(t.platform, {
    token,
    userId: null,
    name: email.split("@")[0],
    password,
  });
  return { id: accepted.user.id, email };
}

/** Creates the team in `t` and signs each person in. */
export async function makeTeam(t: TestApp): Promise<Team> {
  const first = await createFirstOwner(t.platform, {
    email: "owner@example.org",
    password,
    name: "Olive Owner",
    workspaceName: "My workspace",
  });
  const owner = { id: first.user.id, email: "owner@example.org" };
  const viewer = await join(t, owner.id, slug, "viewer@example.org", "viewer");
  const analyst = await join(t, owner.id, slug, "analyst@example.org", "analyst");
  await createWorkspace(t.platform, { userId: owner.id, name: "Elsewhere", slug: otherSlug });
  const outsider = await join(t, owner.id, otherSlug, "outsider@example.org", "owner");
  const people = { viewer, analyst, owner, outsider };
  const browsers = {
    anonymous: new Browser(t.app, "198.51.100.10"),
    viewer: new Browser(t.app, "198.51.100.11"),
    analyst: new Browser(t.app, "198.51.100.12"),
    owner: new Browser(t.app, "198.51.100.13"),
    outsider: new Browser(t.app, "198.51.100.14"),
  };
  await browsers.anonymous.session();
  for (const [actor, person] of Object.entries(people)) {
    const reply = await browsers[actor as keyof typeof people].signIn(person.email, password);
    if (reply.status !== 200) throw new Error(`sign-in of ${actor} failed: ${JSON.stringify(reply.body)}`);
  }
  return { people, browsers };
}
