// Words the survey pages share: anonymity modes and statuses as people read them.
import type { AnonymityMode, SurveyStatus, SurveyView } from "../../api/survey-types.ts";

/** Each anonymity mode: its name, and what it means for respondents and for the team. */
export const anonymityDescriptions: Readonly<Record<AnonymityMode, { label: string; meaning: string }>> = {
  identified: {
    label: "Identified",
    meaning:
      "Answers are stored with the organisation's name; everyone in the workspace can see who said what.",
  },
  confidential: {
    label: "Confidential",
    meaning:
      "Answers are stored apart from names; only owners can link an answer to an organisation. Others see answers without names.",
  },
  anonymous: {
    label: "Anonymous",
    meaning:
      "Nothing links an answer to an invitation, and dates are kept to the day. Reminders still skip those who answered.",
  },
};

export const statusLabels: Readonly<Record<SurveyStatus, string>> = {
  draft: "Draft",
  live: "Live (in fieldwork)",
  closed: "Closed",
};

/** Whether the survey has an open link ("anonymous" or "self-identified"; "off" when not). */
export function hasOpenLink(survey: Pick<SurveyView, "openLink">): boolean {
  return survey.openLink !== "off";
}

/**
 * A stratum as people read it: the one stratum of an unstratified frame ("all") or sample ("*",
 * also "") is "All organisations"; others ("small", "small | North East") as they are.
 */
export function stratumLabel(stratum: string): string {
  return stratum === "" || stratum === "*" || stratum === "all" ? "All organisations" : stratum;
}
