// The header row: trailing empty names dropped (a trailing delimiter, or cells Excel padded),
// then every name checked: no empty names between others, no name twice (ignoring case and
// spaces), no name longer than a code may be.
import { maxCodeLength } from "../checks/field-checks.ts";
import type { ImportMessages } from "../problems/import-messages.ts";
import type { ImportProblem } from "../problems/import-problem.ts";

export interface CheckedHeader {
  /** Names as written, trailing empty ones dropped. */
  readonly names: readonly string[];
  /** How messages name each column: its name, or `column N` when it has none. */
  readonly labels: readonly string[];
  readonly problems: readonly ImportProblem[];
}

/** Checks the header `fields` found on `line`. Example: `["a", "b", ""]` gives names ["a", "b"]. */
export function checkHeader(
  fields: readonly string[],
  line: number,
  messages: ImportMessages,
): CheckedHeader {
  let width = fields.length;
  while (width > 0 && fields[width - 1]!.trim() === "") width--;
  const names = fields.slice(0, width);
  const problems: ImportProblem[] = [];
  const firstByName = new Map<string, number>();
  names.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (key === "") {
      problems.push(messages.emptyHeader(line, i + 1));
      return;
    }
    if (name.length > maxCodeLength)
      problems.push(messages.tooLong(line, `column ${i + 1}`, name, maxCodeLength));
    const first = firstByName.get(key);
    if (first === undefined) firstByName.set(key, i);
    else problems.push(messages.duplicateHeader(line, name, i + 1, first + 1));
  });
  const labels = names.map((name, i) =>
    name.trim() === "" || name.length > maxCodeLength ? `column ${i + 1}` : name,
  );
  return { names, labels, problems };
}
