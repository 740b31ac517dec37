// The server's environment: defaults, every variable read, and the message for each bad value.
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "../src/env.ts";

describe("parseEnv", () => {
  it("uses the documented defaults for an empty environment", () => {
    expect(parseEnv({})).toEqual({
      port: 3000,
      host: undefined,
      dataDir: "./.smartspec",
      databaseUrl: undefined,
      smtpUrl: undefined,
      mailFrom: "smartspec <no-reply@localhost>",
      publicUrl: "http://localhost:3000",
      trustProxy: false,
      webDist: undefined,
      logLevel: "info",
      debug: false,
      reminderIntervalMs: 60_000,
      bounceSmtpPort: undefined,
      bounceSmtpHost: "127.0.0.1",
      bounceAddress: undefined,
    });
  });

  it("reads every variable, and derives the public URL from PORT when unset", () => {
    const env = parseEnv({
      PORT: "8080",
      HOST: "127.0.0.1",
      SMARTSPEC_DATA_DIR: "/var/lib/smartspec",
      DATABASE_URL: "postgres://postgres@127.0.0.1:5432/test",
      SMTP_URL: "smtp://127.0.0.1:2525",
      SMTP_FROM: "Region <mail@example.org>",
      SMARTSPEC_TRUST_PROXY: "1",
      SMARTSPEC_WEB_DIST: "/srv/web",
      LOG_LEVEL: "warn",
      SMARTSPEC_DEBUG: "1",
      SMARTSPEC_REMINDER_INTERVAL_MS: "500",
      SMARTSPEC_BOUNCE_SMTP_PORT: "2526",
      SMARTSPEC_BOUNCE_SMTP_HOST: "10.0.0.5",
      SMARTSPEC_BOUNCE_ADDRESS: "bounces@smartspec.example.org",
      UNRELATED: "ignored",
    });
    expect(env).toEqual({
      port: 8080,
      host: "127.0.0.1",
      dataDir: "/var/lib/smartspec",
      databaseUrl: "postgres://postgres@127.0.0.1:5432/test",
      smtpUrl: "smtp://127.0.0.1:2525",
      mailFrom: "Region <mail@example.org>",
      publicUrl: "http://localhost:8080",
      trustProxy: true,
      webDist: "/srv/web",
      logLevel: "warn",
      debug: true,
      reminderIntervalMs: 500,
      bounceSmtpPort: 2526,
      bounceSmtpHost: "10.0.0.5",
      bounceAddress: "bounces@smartspec.example.org",
    });
  });

  it("drops trailing slashes from SMARTSPEC_PUBLIC_URL and treats empty values as unset", () => {
    const env = parseEnv({
      SMARTSPEC_PUBLIC_URL: "https://smartspec.example.org//",
      PORT: "",
      DATABASE_URL: "",
    });
    expect(env.publicUrl).toBe("https://smartspec.example.org");
    expect(env.port).toBe(3000);
    expect(env.databaseUrl).toBeUndefined();
  });

  it("names each bad variable and its value, but never a URL that may hold a password", () => {
    let caught: unknown;
    try {
      parseEnv({ PORT: "70000", DATABASE_URL: "mysql://root:secret@db/x", LOG_LEVEL: "loud" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EnvError);
    expect((caught as EnvError).message).toBe(
      [
        'PORT must be between 0 and 65535 (got "70000")',
        "DATABASE_URL must start with postgres:// or postgresql://",
        'LOG_LEVEL Invalid option: expected one of "fatal"|"error"|"warn"|"info"|"debug"|"trace"|"silent" (got "loud")',
      ].join("\n"),
    );
  });

  it("refuses a public URL that is not http(s) and a port that is not a number", () => {
    expect(() => parseEnv({ SMARTSPEC_PUBLIC_URL: "ftp://x.org" })).toThrow(
      'SMARTSPEC_PUBLIC_URL must be an http:// or https:// URL (got "ftp://x.org")',
    );
    expect(() => parseEnv({ PORT: "abc" })).toThrow(/^PORT /);
  });

  it("bounces: no listener by default, empty values count as unset", () => {
    const none = { bounceSmtpPort: undefined, bounceSmtpHost: "127.0.0.1", bounceAddress: undefined };
    expect(parseEnv({})).toMatchObject(none);
    expect(parseEnv({ SMARTSPEC_BOUNCE_SMTP_PORT: "", SMARTSPEC_BOUNCE_ADDRESS: "" })).toMatchObject(none);
  });

  it("bounces: names each bad variable and its value", () => {
    const bad = () =>
      parseEnv({ SMARTSPEC_BOUNCE_SMTP_PORT: "65536", SMARTSPEC_BOUNCE_ADDRESS: "bounces at example" });
    expect(bad).toThrow(EnvError);
    expect(bad).toThrow(
      'SMARTSPEC_BOUNCE_SMTP_PORT must be between 0 and 65535 (got "65536")\n' +
        'SMARTSPEC_BOUNCE_ADDRESS must be an e-mail address like bounces@example.org (got "bounces at example")',
    );
  });
});
