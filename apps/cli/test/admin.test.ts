// `smartspec admin create` through the real bin on a temp SMARTSPEC_DATA_DIR (pre-initialised with
// the storage test template so no test waits for initdb): the first owner is created and can sign
// in, a second run is refused with exit 1, bad options exit 2, and the password never appears in
// any output. On PostgreSQL too when TEST_DATABASE_URL is set (a database of its own, dropped after).
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { logIn, openPlatform } from "@smartspec/services";
import { prepareTestDataDir } from "@smartspec/storage/testing";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { smartspec, tempDirectory } from "./run-cli.ts";

const password = "a long and secret passphrase";

describe("smartspec admin create on the embedded database", () => {
  const folder = tempDirectory("admin");
  const dataDir = join(folder, "data");
  const env = { SMARTSPEC_DATA_DIR: dataDir, DATABASE_URL: "" };

  it("creates the first owner and their workspace; they can sign in", async () => {
    await prepareTestDataDir(dataDir);
    const run = await smartspec(
      [
        "admin",
        "create",
        "--email",
        "Ann@Example.org",
        "--password",
        password,
        "--name",
        "Ann Admin",
        "--workspace",
        "North East LEP",
      ],
      { env },
    );
    expect(run).toEqual({
      code: 0,
      stdout:
        'Created ann@example.org (Ann Admin), the instance admin, owner of the workspace "North East LEP" ' +
        "(http://localhost:3000/w/north-east-lep).\n" +
        `Database: ${dataDir}. Start the server (npm start) and sign in.\n`,
      stderr: "",
    });
    const platform = await openPlatform({ dataDir, publicUrl: "http://localhost:3000" });
    try {
      const session = await logIn(platform, { email: "ann@example.org", password });
      expect(session.user).toEqual({
        id: expect.any(String),
        email: "ann@example.org",
        name: "Ann Admin",
        isAdmin: true,
      });
    } finally {
      await platform.close();
    }
  });

  it("refuses a second admin with exit 1 and changes nothing", async () => {
    const run = await smartspec(["admin", "create", "--email", "bo@example.org", "--password", password], {
      env,
    });
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "smartspec admin: An admin already exists: this instance has its first owner. Nothing was changed.\n",
    });
  });
});

describe("smartspec admin usage errors (exit 2, the password never shown)", () => {
  const folder = tempDirectory("admin-usage");
  const env = { SMARTSPEC_DATA_DIR: join(folder, "never-created") };

  it.each([
    [["admin"], "smartspec admin: missing action: smartspec admin create --email E --password P"],
    [["admin", "remove"], 'smartspec admin: unknown admin action "remove"; the one there is: create'],
    [["admin", "create", "--password", password], "smartspec admin: missing --email"],
    [["admin", "create", "--email", "a@example.org"], "smartspec admin: missing --password"],
    [
      ["admin", "create", "--email", "a@example.org", "--password", "short pw"],
      "smartspec admin: --password: Password must be at least 12 characters",
    ],
    [
      ["admin", "create", "--email", "not-an-email", "--password", password],
      "smartspec admin: --email: Enter an email address like name@example.org",
    ],
    [
      ["admin", "create", "--email", "a@example.org", "--password", password, "--role", "x"],
      "smartspec admin: unknown option --role",
    ],
    [
      ["admin", "create", "--email", "a@example.org", "--password", password, "--workspace", " "],
      "smartspec admin: --workspace: Workspace name must not be empty",
    ],
  ])("%j", async (args, message) => {
    const run = await smartspec(args, { env });
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr: `${message}\nRun "smartspec admin --help" for usage.\n`,
    });
    expect(run.stderr).not.toContain("short pw");
  });

  it("prints its help", async () => {
    const run = await smartspec(["admin", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: smartspec admin create --email EMAIL --password PASSWORD /);
  });
});

// Only where a PostgreSQL server is given (CI sets TEST_DATABASE_URL; then a failure fails).
const postgresServers = process.env.TEST_DATABASE_URL ? [process.env.TEST_DATABASE_URL] : [];
for (const serverUrl of postgresServers)
  describe("smartspec admin create on PostgreSQL", () => {
    it("creates the owner in the database DATABASE_URL names", async () => {
      const database = `smartspec_admin_${randomBytes(4).toString("hex")}`;
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`create database ${database}`);
      try {
        const url = new URL(serverUrl);
        url.pathname = `/${database}`;
        const run = await smartspec(
          ["admin", "create", "--email", "pg@example.org", "--password", password],
          {
            env: { DATABASE_URL: url.href },
          },
        );
        expect(run.code).toBe(0);
        expect(run.stdout).toContain("Database: the PostgreSQL database at DATABASE_URL.");
        expect(`${run.stdout}${run.stderr}`).not.toContain(password);
        const owners = new pg.Client({ connectionString: url.href });
        await owners.connect();
        const rows = await owners.query("select email, is_admin from users");
        await owners.end();
        expect(rows.rows).toEqual([{ email: "pg@example.org", is_admin: true }]);
      } finally {
        await client.query(`drop database if exists ${database} with (force)`);
        await client.end();
      }
    });
  });
