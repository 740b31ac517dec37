// The text of every mail the platform sends. Plain text, the link alone on its own line so mail
// clients make it clickable and nothing sticks to it.

export interface MailText {
  readonly subject: string;
  readonly text: string;
}

/**
 * The password-reset mail. Example link: `http://localhost:3000/reset-password/<token>`.
 */
export function passwordResetMail(link: string): MailText {
  return {
    subject: "Reset your smartspec password",
    text: [
      "Someone asked to reset the password of your smartspec account.",
      "",
      "To choose a new password, open this link within one hour:",
      "",
      link,
      "",
      "The link works once. If you did not ask for this, ignore this mail: your password stays as it is.",
      "",
    ].join("\n"),
  };
}

/** The invitation mail: who invites, into which workspace, with which role. */
export function invitationMail(args: {
  readonly link: string;
  readonly workspaceName: string;
  readonly inviterName: string;
  readonly role: string;
}): MailText {
  return {
    subject: `You are invited to ${oneLine(args.workspaceName)} on smartspec`,
    text: [
      `${oneLine(args.inviterName)} invites you to join the workspace "${oneLine(args.workspaceName)}" on smartspec as ${args.role}.`,
      "",
      "To accept, open this link within 7 days:",
      "",
      args.link,
      "",
      "If you did not expect this invitation, ignore this mail.",
      "",
    ].join("\n"),
  };
}

// Names are validated free of control characters already; this keeps a subject one line regardless.
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
