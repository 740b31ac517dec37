import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId } from "react";
import { api } from "../api/api.ts";
import { queryKeys, settingsQuery } from "../api/queries.ts";
import type { InstanceSettings } from "../api/types.ts";
import { ErrorAlert } from "../components/error-alert.tsx";

/**
 * The instance admin's "public open data" switch: whether /explore and GET /api/datasets work
 * without signing in. A workspace's own data is never public either way.
 */
export function OpenDataSetting() {
  const id = useId();
  const queryClient = useQueryClient();
  const settings = useQuery(settingsQuery);
  // The box flips at once (optimistic) and flips back if the server refuses, so it never lags a click.
  const update = useMutation({
    mutationFn: (publicOpenData: boolean) => api.updateSettings({ publicOpenData }),
    onMutate: (publicOpenData) => {
      const previous = queryClient.getQueryData<InstanceSettings>(queryKeys.settings);
      if (previous)
        queryClient.setQueryData<InstanceSettings>(queryKeys.settings, { ...previous, publicOpenData });
      return { previous };
    },
    onError: (_error, _value, context) => queryClient.setQueryData(queryKeys.settings, context?.previous),
    onSuccess: (saved) => queryClient.setQueryData(queryKeys.settings, saved),
  });
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Instance</h2>
      <p>These settings apply to every workspace on this smartspec server.</p>
      <ErrorAlert error={settings.error ?? update.error} />
      {settings.data && (
        <div className="checkbox-field">
          <input
            id={id}
            type="checkbox"
            checked={settings.data.publicOpenData}
            disabled={update.isPending}
            aria-describedby={`${id}-hint`}
            onChange={(event) => update.mutate(event.target.checked)}
          />
          <label htmlFor={id}>Public open data</label>
          <p id={`${id}-hint`} className="hint">
            Anyone can browse the bundled open data catalogue without signing in. Workspace data stays
            private.
          </p>
        </div>
      )}
    </section>
  );
}
