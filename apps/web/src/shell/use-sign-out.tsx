import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { api } from "../api/api.ts";
import { queryKeys } from "../api/queries.ts";

/**
 * Signs out: ends the session on the server, takes the fresh anonymous session (new CSRF token),
 * goes to /login, then drops every other cached answer (they belonged to the person who left).
 * In that order: dropping them first would make the page still on screen refetch them and fail.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: api.signOut,
    onSuccess: async () => {
      queryClient.setQueryData(queryKeys.session, await api.session());
      await navigate({ to: "/login" });
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session[0] });
    },
  });
}
