// The survey on screen, for the sections under /w/:slug/surveys/:surveyId.
import { canWriteData } from "@smartspec/domain";
import { useParams } from "@tanstack/react-router";
import { useWorkspace } from "../../shell/workspace-context.tsx";

export interface SurveyPageContext {
  readonly slug: string;
  readonly surveyId: string;
  /** Analysts and owners change surveys; viewers read. */
  readonly canWrite: boolean;
}

export function useSurveyParams(): SurveyPageContext {
  const workspace = useWorkspace();
  const { surveyId } = useParams({ strict: false }) as { surveyId: string };
  return { slug: workspace.slug, surveyId, canWrite: canWriteData(workspace.role) };
}
