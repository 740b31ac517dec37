// The route tree (issue 4, "UI"). Guards live in beforeLoad/loader, so a page never renders for
// someone who may not see it: no session -> /login?redirect=..., not a member -> "Page not found"
// (never "forbidden": a workspace's existence does not leak). Role checks inside a workspace
// (owner-only pages) are in the pages, which show "Not allowed".
import type { QueryClient } from "@tanstack/react-query";
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  notFound,
  Outlet,
  redirect,
} from "@tanstack/react-router";
import type { ReactNode } from "react";
import { ApiError } from "./api/api-error.ts";
import { sessionQuery, settingsQuery, workspaceQuery } from "./api/queries.ts";
import { homePath, safeRedirectPath } from "./auth/guards.ts";
import { ComparePage } from "./explorer/compare-page.tsx";
import { DatasetPage } from "./explorer/dataset-page.tsx";
import { MapPage } from "./explorer/map-page.tsx";
import { OpportunitiesPage } from "./explorer/opportunities-page.tsx";
import { ProfilePage } from "./explorer/profile-page.tsx";
import { SpacePage } from "./explorer/space-page.tsx";
import { GlossaryPage } from "./glossary/glossary-page.tsx";
import { DirectoryPage } from "./pages/directory-page.tsx";
import { ErrorPage } from "./pages/error-page.tsx";
import { EvidencePage } from "./pages/evidence-page.tsx";
import { ExplorePage } from "./pages/explore-page.tsx";
import { InvitationPage } from "./pages/invitation-page.tsx";
import { LoginPage } from "./pages/login-page.tsx";
import { MembersPage } from "./pages/members-page.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";
import { OutboxPage } from "./pages/outbox-page.tsx";
import { ResetConfirmPage } from "./pages/reset-confirm-page.tsx";
import { ResetRequestPage } from "./pages/reset-request-page.tsx";
import { SettingsPage } from "./pages/settings-page.tsx";
import { SurveysPage } from "./pages/surveys-page.tsx";
import { FocusOnNavigation } from "./shell/focus-on-navigation.tsx";
import { PublicLayout } from "./shell/public-layout.tsx";
import { WorkspaceLayout } from "./shell/workspace-layout.tsx";
import { CodingSection } from "./surveys/owner/coding/coding-section.tsx";
import { FieldworkSection } from "./surveys/owner/fieldwork-section.tsx";
import { FrameSection } from "./surveys/owner/frame-section.tsx";
import { InstrumentSection } from "./surveys/owner/instrument-section.tsx";
import { ResultsSection } from "./surveys/owner/results-section.tsx";
import { SurveyLayout } from "./surveys/owner/survey-layout.tsx";
import { OpenSurveyPage, PersonalSurveyPage } from "./surveys/respondent/respond-page.tsx";
import { UnsubscribePage } from "./surveys/respondent/unsubscribe-page.tsx";

interface RouterContext {
  readonly queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: () => (
    <>
      <FocusOnNavigation />
      <Outlet />
    </>
  ),
  notFoundComponent: NotFoundPage,
  errorComponent: ({ error }) => <ErrorPage error={error} />,
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  beforeLoad: async ({ context: { queryClient } }) => {
    const session = await queryClient.ensureQueryData(sessionQuery);
    const publicOpenData = session.user
      ? true
      : (await queryClient.ensureQueryData(settingsQuery)).publicOpenData;
    throw redirect({ to: homePath(session, publicOpenData), replace: true });
  },
});

const publicRoute = createRoute({ getParentRoute: () => rootRoute, id: "public", component: PublicLayout });
const publicPage = (path: string, component: () => ReactNode) =>
  createRoute({ getParentRoute: () => publicRoute, path, component });

const loginRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: "login",
  beforeLoad: async ({ context: { queryClient }, search }) => {
    const session = await queryClient.ensureQueryData(sessionQuery);
    const target = safeRedirectPath((search as { redirect?: unknown }).redirect) ?? "/";
    if (session.user) throw redirect({ to: target, replace: true });
  },
  component: LoginPage,
});

const workspaceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "w/$slug",
  beforeLoad: async ({ context: { queryClient }, location }) => {
    const session = await queryClient.ensureQueryData(sessionQuery);
    if (!session.user) throw redirect({ to: "/login", search: { redirect: location.href } });
  },
  loader: async ({ context: { queryClient }, params, location }) => {
    try {
      await queryClient.ensureQueryData(workspaceQuery(params.slug));
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) throw notFound();
      if (error instanceof ApiError && error.status === 401) {
        queryClient.removeQueries({ queryKey: sessionQuery.queryKey });
        throw redirect({ to: "/login", search: { redirect: location.href } });
      }
      throw error;
    }
  },
  component: WorkspaceLayout,
  notFoundComponent: NotFoundPage,
});
const workspacePage = (path: string, component: () => ReactNode) =>
  createRoute({ getParentRoute: () => workspaceRoute, path, component });

const workspaceIndexRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "/",
  beforeLoad: ({ params }) => {
    throw redirect({ to: "/w/$slug/evidence", params, replace: true });
  },
});

// A survey (issue 6): its sections as child pages, the bare path opening the first.
const surveyRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: "surveys/$surveyId",
  component: SurveyLayout,
});
const surveySection = (path: string, component: () => ReactNode) =>
  createRoute({ getParentRoute: () => surveyRoute, path, component });
const surveyIndexRoute = createRoute({
  getParentRoute: () => surveyRoute,
  path: "/",
  beforeLoad: ({ params }) => {
    throw redirect({ to: "/w/$slug/surveys/$surveyId/instrument", params, replace: true });
  },
});

// Respondents (issue 6): no session, no app chrome; the token or key in the path is the credential.
const respondentPage = (path: string, component: () => ReactNode) =>
  createRoute({ getParentRoute: () => rootRoute, path, component });

const routeTree = rootRoute.addChildren([
  respondentPage("s/open/$key", OpenSurveyPage),
  respondentPage("s/$token", PersonalSurveyPage),
  respondentPage("s/$token/unsubscribe", UnsubscribePage),
  indexRoute,
  publicRoute.addChildren([
    loginRoute,
    publicPage("reset-password", ResetRequestPage),
    publicPage("reset-password/$token", ResetConfirmPage),
    publicPage("invitations/$token", InvitationPage),
    publicPage("explore", ExplorePage),
    publicPage("glossary", GlossaryPage),
    // The explorer (issue 5): public for bundled open data, members only for uploads (the API
    // answers 404 otherwise); every choice is in the search params, so pages can be shared.
    publicPage("explore/$dataset", DatasetPage),
    publicPage("explore/$dataset/regions/$region", ProfilePage),
    publicPage("explore/$dataset/regions/$region/opportunities", OpportunitiesPage),
    publicPage("explore/$dataset/map", MapPage),
    publicPage("explore/$dataset/space", SpacePage),
    publicPage("explore/$dataset/compare", ComparePage),
  ]),
  workspaceRoute.addChildren([
    workspaceIndexRoute,
    workspacePage("evidence", EvidencePage),
    workspacePage("surveys", SurveysPage),
    surveyRoute.addChildren([
      surveyIndexRoute,
      surveySection("instrument", InstrumentSection),
      surveySection("frame", FrameSection),
      surveySection("fieldwork", FieldworkSection),
      surveySection("results", ResultsSection),
      surveySection("coding", CodingSection),
    ]),
    workspacePage("directory", DirectoryPage),
    workspacePage("members", MembersPage),
    workspacePage("settings", SettingsPage),
    workspacePage("outbox", OutboxPage),
  ]),
]);

/** The app's router; the query client is shared with the pages through the router context. */
export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    notFoundMode: "root",
    defaultPreload: "intent",
    // The query cache decides freshness; the router always asks it (ensureQueryData is cheap).
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}
