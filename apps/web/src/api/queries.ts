// Query keys and options for TanStack Query, so the router's loaders and the pages share one cache.
import { QueryClient, queryOptions } from "@tanstack/react-query";
import { api } from "./api.ts";
import { shouldRetry } from "./api-error.ts";

export const queryKeys = {
  session: ["session"],
  settings: ["settings"],
  datasets: ["datasets"],
  workspace: (slug: string) => ["workspace", slug],
  members: (slug: string) => ["workspace", slug, "members"],
  outbox: (slug: string) => ["workspace", slug, "outbox"],
  invitation: (token: string) => ["invitation", token],
} as const;

export const sessionQuery = queryOptions({
  queryKey: queryKeys.session,
  queryFn: api.session,
  staleTime: 30_000,
});
export const settingsQuery = queryOptions({ queryKey: queryKeys.settings, queryFn: api.settings });
export const datasetsQuery = queryOptions({ queryKey: queryKeys.datasets, queryFn: api.datasets });

export const workspaceQuery = (slug: string) =>
  queryOptions({ queryKey: queryKeys.workspace(slug), queryFn: () => api.workspace(slug) });
export const membersQuery = (slug: string) =>
  queryOptions({ queryKey: queryKeys.members(slug), queryFn: () => api.members(slug) });
export const outboxQuery = (slug: string) =>
  queryOptions({ queryKey: queryKeys.outbox(slug), queryFn: () => api.outbox(slug) });
export const invitationQuery = (token: string) =>
  queryOptions({ queryKey: queryKeys.invitation(token), queryFn: () => api.invitation(token), retry: false });

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
