import { useId, useState } from "react";
import type { OutboxMail } from "../api/types.ts";
import { formatTimestamp, mailStatusLabel } from "../lib/format.ts";
import { MailText } from "./mail-text.tsx";

/**
 * One outbox mail as a table row: its subject is a button (aria-expanded) that shows the mail's
 * text in a full-width row below, so the text has room on a phone.
 */
export function MailRow({ mail }: { mail: OutboxMail }) {
  const [open, setOpen] = useState(false);
  const textId = useId();
  return (
    <>
      <tr>
        <td>
          <button
            type="button"
            className="disclosure"
            aria-expanded={open}
            aria-controls={textId}
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true" className="disclosure-icon">
              {open ? "▾" : "▸"}
            </span>
            {mail.subject}
          </button>
          <div className="cell-note">
            To {mail.to}, {formatTimestamp(mail.createdAt)}
          </div>
        </td>
        <td>
          {mailStatusLabel(mail.status)}
          {mail.sentAt && <div className="cell-note">{formatTimestamp(mail.sentAt)}</div>}
        </td>
      </tr>
      <tr id={textId} hidden={!open} className="mail-text-row">
        <td colSpan={2}>{open && <MailText text={mail.text} />}</td>
      </tr>
    </>
  );
}
