import type { ExplorerMethods } from "../api/explorer-types.ts";

/** Whether the engine's diagnostics carry a warning with `code` (e.g. "sign-rules-disagree"). */
export function hasWarning(methods: ExplorerMethods, code: string): boolean {
  return methods.diagnostics.warnings.some((warning) => warning.code === code);
}

const asText = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value, null, 2));

/** The "Methods" disclosure: profile, parameters, diagnostics and provenance, and the glossary link. */
export function MethodsDetails({ methods }: { methods: ExplorerMethods }) {
  const parameters = Object.entries(methods.parameters);
  return (
    <details className="methods">
      <summary>Methods</summary>
      <p>
        Profile: <strong>{methods.profile}</strong>. Terms are explained in the{" "}
        <a href={methods.glossary}>Glossary</a>.
      </p>
      {parameters.length > 0 && (
        <>
          <h3>Parameters</h3>
          <dl className="facts">
            {parameters.map(([name, value]) => (
              <div key={name} className="fact">
                <dt>{name}</dt>
                <dd>{asText(value)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <h3>Diagnostics</h3>
      {/* Long lines scroll sideways: a tab stop lets keyboard users scroll them too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (WCAG 2.1.1) */}
      <pre className="code-block" tabIndex={0}>
        {asText(methods.diagnostics)}
      </pre>
      <h3>Provenance</h3>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (WCAG 2.1.1) */}
      <pre className="code-block" tabIndex={0}>
        {asText(methods.provenance)}
      </pre>
    </details>
  );
}
