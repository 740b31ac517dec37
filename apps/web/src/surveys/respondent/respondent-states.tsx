// The pages a respondent sees instead of the form: thanks, already answered, declined, and a link
// that does not work. Each is a page of its own with an h1 and a title, as screen readers expect.
import { PageTitle } from "../../components/page-title.tsx";

export function ThankYou({ title }: { title: string }) {
  return (
    <>
      <PageTitle page="Thank you" />
      <h1>Thank you</h1>
      <p className="lead" role="status">
        Your answers to “{title}” are stored. You can close this page.
      </p>
    </>
  );
}

export function AlreadyCompleted({ title }: { title: string }) {
  return (
    <>
      <PageTitle page="Already completed" />
      <h1>You have already completed this survey</h1>
      <p className="lead">
        Your answers to “{title}” were stored earlier, so there is nothing more to do. Thank you for taking
        part.
      </p>
    </>
  );
}

export function Declined() {
  return (
    <>
      <PageTitle page="You will not be asked again" />
      <h1>You will not be asked again</h1>
      <p className="lead" role="status">
        We have noted that you do not want to take part. You will get no reminders about this survey.
      </p>
    </>
  );
}

/** An unknown, expired or closed link: the server's sentence, and what the person can do. */
export function InvalidLink({ message }: { message: string }) {
  return (
    <>
      <PageTitle page="Link not valid" />
      <h1>This survey link does not work</h1>
      <p className="lead">{message}</p>
      <p>
        Survey links are personal and stop working when the survey closes or the link expires. If you think
        this is a mistake, reply to the email that brought you here and ask for a new link.
      </p>
    </>
  );
}
