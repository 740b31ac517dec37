// The survey as a workspace member may see it: membership, role and ownership checked in one place.
import type { Permission } from "@smartspec/domain";
import { findSurvey, type Queryable, type SurveyRecord } from "@smartspec/storage";
import { PlatformError } from "../platform/platform-error.ts";
import { isUuid } from "../platform/validate.ts";
import type { WorkspaceView } from "../platform/views.ts";
import { memberWorkspace, requirePermission } from "../platform/workspaces/member-workspace.ts";

export interface SurveyAccessProps {
  readonly userId: string;
  readonly slug: string;
  readonly surveyId: string;
}

/**
 * The workspace and survey, after checking the caller's role has `permission`. Throws `not-found`
 * for non-members and for a survey of another workspace (the same answer), `forbidden` for a role
 * without the permission.
 */
export async function surveyForMember(
  db: Queryable,
  props: SurveyAccessProps,
  permission: Permission,
): Promise<{ readonly workspace: WorkspaceView; readonly survey: SurveyRecord }> {
  const workspace = await memberWorkspace(db, props.userId, props.slug);
  requirePermission(workspace, permission, surveyPermissionMessages[permission]);
  const survey = isUuid(props.surveyId) ? await findSurvey(db, workspace.id, props.surveyId) : undefined;
  if (!survey) throw new PlatformError("not-found", `No survey "${props.surveyId}" in this workspace`);
  return { workspace, survey };
}

/** Throws `conflict` unless the survey is in `status`. */
export function requireSurveyStatus(survey: SurveyRecord, status: "draft" | "live", action: string): void {
  if (survey.status === status) return;
  throw new PlatformError(
    "conflict",
    `${action} needs a ${status} survey; "${survey.title}" is ${survey.status}`,
  );
}

const surveyPermissionMessages: Readonly<Record<Permission, string>> = {
  "manage-members": "Only owners can do this",
  "edit-settings": "Only owners can do this",
  "read-outbox": "Only owners can do this",
  "read-data": "Only members can read surveys",
  "write-data": "Only owners and analysts can run surveys",
};
