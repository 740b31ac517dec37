import { type Role, roles } from "@smartspec/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../api/api.ts";
import { queryKeys } from "../api/queries.ts";
import type { Member } from "../api/types.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { roleLabel } from "../lib/format.ts";

interface MemberRowProps {
  readonly member: Member;
  readonly slug: string;
  /** Show the owner's controls: role select and removal (with a confirming second click). */
  readonly manage: boolean;
}

/** One member of the list. A refused change (409 `last-owner`) shows its reason in the row. */
export function MemberRow({ member, slug, manage }: MemberRowProps) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.members(slug) }),
      // The caller may have changed their own role: the shell's role and links come from these.
      queryClient.invalidateQueries({ queryKey: queryKeys.workspace(slug) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.session }),
    ]);
  const changeRole = useMutation({
    mutationFn: (role: Role) => api.changeRole(slug, member.userId, role),
    onSettled: refresh,
  });
  const remove = useMutation({ mutationFn: () => api.removeMember(slug, member.userId), onSettled: refresh });
  const who = member.name || member.email;
  return (
    <tr>
      <td>
        {member.name}
        <div className="cell-note">{member.email}</div>
      </td>
      <td>
        {manage ? (
          <select
            aria-label={`Access for ${who}`}
            value={member.role}
            disabled={changeRole.isPending}
            onChange={(event) => changeRole.mutate(event.target.value as Role)}
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {roleLabel(role)}
              </option>
            ))}
          </select>
        ) : (
          roleLabel(member.role)
        )}
        <ErrorAlert error={changeRole.error} />
      </td>
      {manage && (
        <td>
          {confirming ? (
            <span className="row-actions">
              <button
                type="button"
                className="button-danger"
                onClick={() => remove.mutate()}
                disabled={remove.isPending}
              >
                Confirm removal of {who}
              </button>
              <button type="button" className="button-quiet" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </span>
          ) : (
            <button
              type="button"
              className="button-quiet"
              aria-label={`Remove ${who}`}
              onClick={() => setConfirming(true)}
            >
              Remove
            </button>
          )}
          <ErrorAlert error={remove.error} />
        </td>
      )}
    </tr>
  );
}
