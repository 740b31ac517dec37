// Duplicate detection and contact normalisation, with hand-made frames.
import { describe, expect, test } from "vitest";
import { findDuplicates } from "../../src/surveys/frame/find-duplicates.ts";
import {
  normaliseEmail,
  normaliseOrganisationName,
  normalisePostcode,
} from "../../src/surveys/frame/normalise-contact.ts";
import { checkMailTemplate, renderSurveyMail } from "../../src/surveys/survey-mail-texts.ts";

describe("normal forms", () => {
  test("fold names, emails and postcodes", () => {
    expect(normaliseOrganisationName("The Bäcker & Sons Co. Ltd")).toBe("backer and sons");
    expect(normaliseOrganisationName("ACME LIMITED")).toBe("acme");
    expect(normaliseEmail(" Bo@Example.ORG ")).toBe("bo@example.org");
    expect(normaliseEmail("  ")).toBeNull();
    expect(normalisePostcode(" ne1 4st ")).toBe("NE14ST");
  });
});

describe("findDuplicates", () => {
  const row = (
    rowNumber: number,
    name: string,
    email: string | null,
    postcode: string | null,
    region: string | null,
  ) => ({
    rowNumber,
    normalisedEmail: normaliseEmail(email),
    normalisedName: normaliseOrganisationName(name),
    postcode: normalisePostcode(postcode),
    region,
  });
  test("by email, by name + postcode, by name + region when a postcode is missing", () => {
    const rows = [
      row(2, "Acme Ltd", "a@acme.test", "NE1 4ST", "North East"),
      row(3, "Beta plc", "info@beta.test", null, "North East"),
      row(4, "Other", "A@ACME.test", null, null),
      row(5, "ACME Limited", "sales@acme.test", "ne14st", "North East"),
      row(6, "Beta", "b2@beta.test", "DH1 1AA", "north east"),
      row(7, "Acme", "x@acme2.test", "SW1A 1AA", "London"),
      row(8, "Gamma", null, null, null),
      row(9, "Gamma", null, null, null),
    ];
    expect(findDuplicates(rows)).toEqual([
      { rowNumber: 4, duplicateOf: 2, reason: "email" },
      { rowNumber: 5, duplicateOf: 2, reason: "name-postcode" },
      { rowNumber: 6, duplicateOf: 3, reason: "name-region" },
    ]);
  });
});

describe("survey mail templates", () => {
  test("need {{link}} and known placeholders", () => {
    expect(() => checkMailTemplate({ subject: "Hi", text: "no link" })).toThrow(
      "text: must contain {{link}}",
    );
    expect(() => checkMailTemplate({ subject: "Hi", text: "{{link}} {{name}}" })).toThrow(
      "unknown placeholder {{name}}",
    );
    expect(() => checkMailTemplate({ subject: "a\nb", text: "{{link}}" })).toThrow(
      "subject: must be one line",
    );
  });
  test("put the link on its own line and end with the notice and unsubscribe link", () => {
    const mail = renderSurveyMail(
      checkMailTemplate({
        subject: "{{surveyTitle}}",
        text: "Dear {{organisation}}, please answer: {{link}} by {{expiresOn}}.",
      }),
      {
        organisation: "Acme",
        link: "https://x.test/s/T",
        expiresOn: "2026-05-01",
        surveyTitle: "SME needs",
        unsubscribeLink: "https://x.test/s/T/unsubscribe",
        anonymity: "anonymous",
      },
    );
    expect(mail).toEqual({
      subject: "SME needs",
      text: [
        "Dear Acme, please answer: ",
        "https://x.test/s/T",
        " by 2026-05-01.",
        "",
        "--",
        "Your answers are anonymous: nothing stored links them to you or your invitation, and their dates are kept to the day.",
        "To receive no more mail about this survey, open:",
        "",
        "https://x.test/s/T/unsubscribe",
        "",
      ].join("\n"),
    });
  });
});
