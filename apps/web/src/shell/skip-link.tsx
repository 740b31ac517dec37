/** The first focusable element: jumps keyboard users past the header to the page content. */
export function SkipLink() {
  return (
    <a className="skip-link" href="#main">
      Skip to content
    </a>
  );
}
