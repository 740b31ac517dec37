import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { surveyApi, surveyKeys } from "../../api/survey-queries.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { StatusMessage } from "../../components/status-message.tsx";
import { TextField } from "../../components/text-field.tsx";
import { formatTimestamp } from "../../lib/format.ts";
import { MailTemplateFields } from "./mail-template-fields.tsx";
import { dueAtIso, reminderTemplate, templateProblem } from "./mail-templates.ts";

/** Schedules a reminder wave: sent at the due time to cases that have not answered or declined. */
export function ReminderForm({ slug, surveyId }: { slug: string; surveyId: string }) {
  const id = useId();
  const queryClient = useQueryClient();
  const [wave, setWave] = useState("1");
  const [due, setDue] = useState("");
  const [template, setTemplate] = useState(reminderTemplate);
  const [problem, setProblem] = useState<string | undefined>();
  const schedule = useMutation({
    mutationFn: (values: { wave: number; dueAt: string }) =>
      surveyApi.scheduleReminder(slug, surveyId, values.wave, values.dueAt, template),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: surveyKeys.dashboard(slug, surveyId) }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const waveNumber = /^\d+$/.test(wave.trim()) ? Number(wave) : Number.NaN;
    const dueAt = dueAtIso(due);
    const found = !(waveNumber >= 1 && waveNumber <= 20)
      ? "The wave is a whole number from 1 to 20."
      : dueAt === undefined
        ? "Enter the date and time the reminder goes out."
        : templateProblem(template);
    setProblem(found);
    if (found === undefined && dueAt !== undefined) schedule.mutate({ wave: waveNumber, dueAt });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-heading`} className="survey-upload">
      <h3 id={`${id}-heading`}>Reminders</h3>
      <p>
        Each wave goes only to organisations that have neither answered nor declined. Scheduling a wave again
        before it goes out changes it.
      </p>
      <ErrorAlert error={problem ?? schedule.error} />
      {schedule.data && (
        <StatusMessage>
          Reminder wave {schedule.data.wave} scheduled for {formatTimestamp(schedule.data.dueAt)}.
        </StatusMessage>
      )}
      <TextField
        label="Wave"
        inputMode="numeric"
        value={wave}
        onChange={(event) => setWave(event.target.value)}
      />
      <TextField
        label="Send at (UTC)"
        type="datetime-local"
        value={due}
        onChange={(event) => setDue(event.target.value)}
      />
      <MailTemplateFields subject={template.subject} text={template.text} onChange={setTemplate} />
      <button type="submit" className="button-primary" disabled={schedule.isPending}>
        Schedule reminder
      </button>
    </form>
  );
}
