import { PageTitle } from "./page-title.tsx";

interface EmptyStateProps {
  /** The area's name, used as heading and page title ("Evidence"). */
  readonly title: string;
  /** One sentence: what this area is for. */
  readonly sentence: string;
  /** What will come here, one short line each. */
  readonly coming: readonly string[];
}

/** An area that holds nothing yet: its heading, one sentence, and what will come. */
export function EmptyState({ title, sentence, coming }: EmptyStateProps) {
  return (
    <>
      <PageTitle page={title} />
      <h1>{title}</h1>
      <section className="empty-state" aria-labelledby="empty-state-heading">
        <h2 id="empty-state-heading">Nothing here yet</h2>
        <p>{sentence}</p>
        <h3>What will come</h3>
        <ul>
          {coming.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
