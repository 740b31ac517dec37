// Typed functions for each API route in the platform contract (issue 4). Thin on purpose: paths,
// bodies and result types; the client does headers, CSRF and errors.
import type { ApiClient } from "./api-client.ts";
import type {
  DatasetSummary,
  InstanceSettings,
  InvitationPreview,
  MemberList,
  OutboxMail,
  Role,
  Session,
  WorkspaceSummary,
} from "./types.ts";

const segment = encodeURIComponent;

/** The API as functions. Example: `const api = createEndpoints(createApiClient()); await api.session()`. */
export function createEndpoints(client: ApiClient) {
  const workspacePath = (slug: string) => `/api/workspaces/${segment(slug)}`;
  return {
    session: () => client.get<Session>("/api/session"),
    signIn: (email: string, password: string) =>
      client.send<Session>("POST", "/api/session", { email, password }),
    signOut: () => client.send<void>("DELETE", "/api/session"),

    requestPasswordReset: (email: string) => client.send<void>("POST", "/api/password-resets", { email }),
    confirmPasswordReset: (token: string, password: string) =>
      client.send<void>("POST", "/api/password-resets/confirm", { token, password }),

    workspaces: () => client.get<WorkspaceSummary[]>("/api/workspaces"),
    createWorkspace: (name: string, slug: string) =>
      client.send<WorkspaceSummary>("POST", "/api/workspaces", { name, slug }),
    workspace: (slug: string) => client.get<WorkspaceSummary>(workspacePath(slug)),
    renameWorkspace: (slug: string, name: string) =>
      client.send<WorkspaceSummary>("PATCH", workspacePath(slug), { name }),

    members: (slug: string) => client.get<MemberList>(`${workspacePath(slug)}/members`),
    invite: (slug: string, email: string, role: Role) =>
      client.send<unknown>("POST", `${workspacePath(slug)}/invitations`, { email, role }),
    changeRole: (slug: string, userId: string, role: Role) =>
      client.send<unknown>("PATCH", `${workspacePath(slug)}/members/${segment(userId)}`, { role }),
    removeMember: (slug: string, userId: string) =>
      client.send<void>("DELETE", `${workspacePath(slug)}/members/${segment(userId)}`),

    invitation: (token: string) => client.get<InvitationPreview>(`/api/invitations/${segment(token)}`),
    acceptInvitation: (token: string, account: { name?: string; password?: string }) =>
      client.send<Session>("POST", `/api/invitations/${segment(token)}/accept`, account),

    outbox: (slug: string) => client.get<OutboxMail[]>(`${workspacePath(slug)}/outbox`),

    settings: () => client.get<InstanceSettings>("/api/settings"),
    updateSettings: (settings: Pick<InstanceSettings, "publicOpenData">) =>
      client.send<InstanceSettings>("PATCH", "/api/settings", settings),

    datasets: () => client.get<DatasetSummary[]>("/api/datasets"),
  };
}

export type Endpoints = ReturnType<typeof createEndpoints>;
