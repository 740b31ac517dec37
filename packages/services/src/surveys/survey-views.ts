// The shapes survey use cases return: plain data, no hashes or tokens, ready to serialise.
import type { SurveyView as SurveyViewReply } from "@smartspec/domain";
import type { SurveyRecord } from "@smartspec/storage";
import { openLink } from "./survey-links.ts";
import type { AnonymityMode } from "./survey-mail-texts.ts";

/** The survey API reply (packages/domain/src/survey-api). */
export type SurveyView = SurveyViewReply;

export function toSurveyView(survey: SurveyRecord, publicUrl: string): SurveyView {
  return {
    id: survey.id,
    title: survey.title,
    status: survey.status as SurveyView["status"],
    anonymity: survey.anonymity as AnonymityMode,
    openLink: survey.openLink as SurveyView["openLink"],
    openLinkUrl:
      survey.openLinkKey && survey.openLink !== "off" ? openLink(publicUrl, survey.openLinkKey) : null,
    partialThreshold: survey.partialThreshold,
    invitationValidityDays: survey.invitationValidityDays,
    liveVersion: survey.liveVersion,
    createdAt: survey.createdAt,
    launchedAt: survey.launchedAt,
    closedAt: survey.closedAt,
  };
}
