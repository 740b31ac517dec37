import type { ReactNode } from "react";

/** A polite confirmation ("Invitation sent"), announced without interrupting (role="status"). */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="status">
      {children}
    </div>
  );
}
