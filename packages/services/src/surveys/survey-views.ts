// The shapes survey use cases return: plain data, no hashes or tokens, ready to serialise.
import type { SurveyRecord } from "@smartspec/storage";
import { openLink } from "./survey-links.ts";
import type { AnonymityMode } from "./survey-mail-texts.ts";

export interface SurveyView {
  readonly id: string;
  readonly title: string;
  readonly status: "draft" | "live" | "closed";
  readonly anonymity: AnonymityMode;
  readonly openLink: "off" | "anonymous" | "self-identified";
  /** The open link's URL while open links are on. */
  readonly openLinkUrl: string | null;
  readonly partialThreshold: number;
  readonly invitationValidityDays: number;
  readonly liveVersion: number | null;
  readonly createdAt: Date;
  readonly launchedAt: Date | null;
  readonly closedAt: Date | null;
}

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
