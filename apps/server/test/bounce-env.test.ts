// The bounce settings: defaults, every variable read, and the message for each bad value.
import { describe, expect, it } from "vitest";
import { EnvError } from "../src/env.ts";
import { parseBounceEnv } from "../src/mail/bounce-env.ts";

describe("parseBounceEnv", () => {
  it("is off by default, on loopback when a port is given", () => {
    expect(parseBounceEnv({})).toEqual({
      smtpPort: undefined,
      smtpHost: "127.0.0.1",
      bounceAddress: undefined,
    });
    expect(parseBounceEnv({ SMARTSPEC_BOUNCE_SMTP_PORT: "", SMARTSPEC_BOUNCE_ADDRESS: "" })).toEqual({
      smtpPort: undefined,
      smtpHost: "127.0.0.1",
      bounceAddress: undefined,
    });
  });

  it("reads every variable", () => {
    expect(
      parseBounceEnv({
        SMARTSPEC_BOUNCE_SMTP_PORT: "2526",
        SMARTSPEC_BOUNCE_SMTP_HOST: "10.0.0.5",
        SMARTSPEC_BOUNCE_ADDRESS: "bounces@smartspec.example.org",
        PORT: "70000",
      }),
    ).toEqual({ smtpPort: 2526, smtpHost: "10.0.0.5", bounceAddress: "bounces@smartspec.example.org" });
  });

  it("names each bad variable and its value", () => {
    const bad = () =>
      parseBounceEnv({ SMARTSPEC_BOUNCE_SMTP_PORT: "65536", SMARTSPEC_BOUNCE_ADDRESS: "bounces at example" });
    expect(bad).toThrow(EnvError);
    expect(bad).toThrow(
      'SMARTSPEC_BOUNCE_SMTP_PORT must be between 0 and 65535 (got "65536")\n' +
        'SMARTSPEC_BOUNCE_ADDRESS must be an e-mail address like bounces@example.org (got "bounces at example")',
    );
  });
});
