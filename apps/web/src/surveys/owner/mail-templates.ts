// Starting texts for invitation and reminder mail, and the placeholders they may use (the server's
// list: packages/services surveys/survey-mail-texts.ts). Every mail gets the anonymity notice and
// an unsubscribe link added by the server.

export const placeholderHelp: readonly { readonly name: string; readonly meaning: string }[] = [
  { name: "{{link}}", meaning: "the personal survey link (required; put on a line of its own)" },
  { name: "{{organisation}}", meaning: "the organisation's name from the frame" },
  { name: "{{surveyTitle}}", meaning: "the survey's title" },
  { name: "{{expiresOn}}", meaning: "the day the personal link stops working" },
];

export const invitationTemplate = {
  subject: "{{surveyTitle}}: your views, please",
  text: [
    "Dear colleague at {{organisation}},",
    "",
    "We are asking businesses like yours about {{surveyTitle}}. It takes about ten minutes.",
    "Your personal link:",
    "{{link}}",
    "",
    "The link works until {{expiresOn}}. Thank you.",
  ].join("\n"),
};

export const reminderTemplate = {
  subject: "Reminder: {{surveyTitle}}",
  text: [
    "Dear colleague at {{organisation}},",
    "",
    "A short reminder: we would still value your answers to {{surveyTitle}}.",
    "{{link}}",
    "",
    "If you have answered already, thank you, and please ignore this mail.",
  ].join("\n"),
};

/** The placeholder names in a text that the server does not know ("{{name}}" -> "name"). */
export function unknownPlaceholders(text: string): string[] {
  const known = new Set(placeholderHelp.map((p) => p.name.slice(2, -2)));
  return [...text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)]
    .map((match) => match[1] ?? "")
    .filter((name) => !known.has(name));
}

/** The problem with a template before it is sent, or undefined. */
export function templateProblem(template: { subject: string; text: string }): string | undefined {
  if (template.subject.trim() === "") return "Enter a subject.";
  if (!template.text.includes("{{link}}")) return "The text must contain {{link}}, the personal survey link.";
  const unknown = unknownPlaceholders(`${template.subject}\n${template.text}`);
  if (unknown.length > 0) return `Unknown placeholder ${unknown.map((name) => `{{${name}}}`).join(", ")}.`;
  return undefined;
}

/** "2026-05-14T09:30" (a datetime-local value, read as UTC) -> ISO 8601; anything else -> undefined. */
export function dueAtIso(local: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return undefined;
  const date = new Date(`${local}:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 16) !== local
    ? undefined
    : date.toISOString();
}
