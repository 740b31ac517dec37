// Survey invitation and reminder mail from a template, and the anonymity notices respondents see.
// Templates use {{placeholders}}; the personal link is required and goes on its own line. Every mail
// ends with the anonymity notice and a one-click unsubscribe link (PECR / UK GDPR, methods doc 11):
// research invitations carry no promotion, and stopping them is one click.
import { PlatformError } from "../platform/platform-error.ts";

export const anonymityModes = ["identified", "confidential", "anonymous"] as const;
export type AnonymityMode = (typeof anonymityModes)[number];

/** What respondents are told about each mode (in mail and on the form). */
export const anonymityNotices: Readonly<Record<AnonymityMode, string>> = {
  identified: "Your answers will be stored with your organisation's name.",
  confidential:
    "Your answers are confidential: they are stored apart from your name, and only the survey owners can link the two.",
  anonymous:
    "Your answers are anonymous: nothing stored links them to you or your invitation, and their dates are kept to the day.",
};

/** The placeholders a template may use. */
export const templatePlaceholders = ["organisation", "link", "expiresOn", "surveyTitle"] as const;
type Placeholder = (typeof templatePlaceholders)[number];

export interface MailTemplate {
  readonly subject: string;
  readonly text: string;
}

/**
 * Throws `validation` (field `subject` or `text`) unless the template is usable: a one-line subject
 * of 1-200 characters, a text with `{{link}}`, and only known placeholders.
 */
export function checkMailTemplate(template: MailTemplate): MailTemplate {
  const subject = template.subject.trim();
  if (subject.length === 0 || subject.length > 200 || /[\r\n]/.test(subject)) {
    throw new PlatformError("validation", "subject: must be one line of 1 to 200 characters", {
      field: "subject",
    });
  }
  if (!template.text.includes("{{link}}")) {
    throw new PlatformError("validation", "text: must contain {{link}} (the personal survey link)", {
      field: "text",
    });
  }
  for (const [, name] of `${template.subject}\n${template.text}`.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
    if (!(templatePlaceholders as readonly string[]).includes(name ?? "")) {
      throw new PlatformError(
        "validation",
        `text: unknown placeholder {{${name}}}; use ${templatePlaceholders.map((p) => `{{${p}}}`).join(", ")}`,
        { field: "text" },
      );
    }
  }
  return { subject, text: template.text };
}

/** A personal mail from a checked template. */
export function renderSurveyMail(
  template: MailTemplate,
  values: Readonly<Record<Placeholder, string>> & {
    readonly unsubscribeLink: string;
    readonly anonymity: AnonymityMode;
  },
): { readonly subject: string; readonly text: string } {
  const fill = (text: string, link: string) =>
    text.replace(/\{\{\s*([^}]*?)\s*\}\}/g, (_, name: Placeholder) =>
      name === "link" ? link : values[name],
    );
  return {
    subject: fill(template.subject, values.link).replace(/\s+/g, " ").trim(),
    text: [
      fill(template.text, `\n${values.link}\n`)
        .replace(/\n{3,}/g, "\n\n")
        .trimEnd(),
      "",
      "--",
      anonymityNotices[values.anonymity],
      "To receive no more mail about this survey, open:",
      "",
      values.unsubscribeLink,
      "",
    ].join("\n"),
  };
}
