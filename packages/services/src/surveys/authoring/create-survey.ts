// Owners and analysts create a draft survey: its title, anonymity mode and open-link option.
import { randomBytes } from "node:crypto";
import { insertSurvey, withTransaction } from "@smartspec/storage";
import { PlatformError } from "../../platform/platform-error.ts";
import { memberWorkspace, requirePermission } from "../../platform/workspaces/member-workspace.ts";
import type { SurveyContext } from "../survey-context.ts";
import { type AnonymityMode, anonymityModes } from "../survey-mail-texts.ts";
import { type SurveyView, toSurveyView } from "../survey-views.ts";

export const openLinkOptions = ["off", "anonymous", "self-identified"] as const;

export interface CreateSurveyProps {
  readonly userId: string;
  readonly slug: string;
  readonly title: string;
  readonly anonymity: string;
  /** Default "off". A self-identified open link is refused in an anonymous survey. */
  readonly openLink?: string;
  /** Break-off threshold for P (methods doc 2.3, rule 2), declared before fieldwork; default 0.5. */
  readonly partialThreshold?: number;
  /** Days a personal link stays valid after its mail; default 60. */
  readonly invitationValidityDays?: number;
}

/**
 * Creates a draft survey. Throws `validation` naming the field, `not-found` / `forbidden` as the
 * workspace use cases do.
 * Example: `await createSurvey(ctx, { userId, slug: "north", title: "SME needs 2026", anonymity: "confidential" })`.
 */
export async function createSurvey(ctx: SurveyContext, props: CreateSurveyProps): Promise<SurveyView> {
  const title = props.title.trim();
  if (title.length === 0 || title.length > 200 || /\p{Cc}/u.test(title)) {
    throw new PlatformError("validation", "title: must be 1 to 200 characters without control characters", {
      field: "title",
    });
  }
  if (!(anonymityModes as readonly string[]).includes(props.anonymity)) {
    throw new PlatformError("validation", `anonymity: must be one of ${anonymityModes.join(", ")}`, {
      field: "anonymity",
    });
  }
  const link = props.openLink ?? "off";
  if (!(openLinkOptions as readonly string[]).includes(link)) {
    throw new PlatformError("validation", `openLink: must be one of ${openLinkOptions.join(", ")}`, {
      field: "openLink",
    });
  }
  if (props.anonymity === "anonymous" && link === "self-identified") {
    throw new PlatformError(
      "validation",
      "openLink: an anonymous survey cannot ask open-link respondents who they are",
      {
        field: "openLink",
      },
    );
  }
  const threshold = props.partialThreshold ?? 0.5;
  if (!(threshold > 0 && threshold <= 1)) {
    throw new PlatformError("validation", "partialThreshold: must be above 0 and at most 1", {
      field: "partialThreshold",
    });
  }
  const days = props.invitationValidityDays ?? 60;
  if (!Number.isInteger(days) || days < 1 || days > 366) {
    throw new PlatformError("validation", "invitationValidityDays: must be a whole number from 1 to 366", {
      field: "invitationValidityDays",
    });
  }
  return withTransaction(ctx.database, async (trx) => {
    const workspace = await memberWorkspace(trx, props.userId, props.slug);
    requirePermission(workspace, "write-data", "Only owners and analysts can create surveys");
    const survey = await insertSurvey(trx, {
      workspaceId: workspace.id,
      title,
      anonymity: props.anonymity as AnonymityMode,
      openLink: link,
      // 128 random bits: an open link is public, but must not be guessed from another survey's.
      openLinkKey: link === "off" ? null : randomBytes(16).toString("base64url"),
      partialThreshold: threshold,
      invitationValidityDays: days,
      createdBy: props.userId,
      createdAt: ctx.now(),
    });
    return toSurveyView(survey, ctx.publicUrl);
  });
}
