// The base path of the survey routes, shared by the endpoint functions and the results page's links.

/** `/api/workspaces/{slug}/surveys`, or a survey's own path when `surveyId` is given. */
export function surveyPath(slug: string, surveyId?: string): string {
  const list = `/api/workspaces/${encodeURIComponent(slug)}/surveys`;
  return surveyId === undefined ? list : `${list}/${encodeURIComponent(surveyId)}`;
}
