// The option lists of `smartspec survey likert | crosstab` ("q4_1,q4_2", "1=Never,2=Rarely") and
// the order groups are shown in: by their leading number when every group starts with one (size
// bands "1-49" < "50-249" < "250+"), otherwise by code point, so output never depends on a locale.
import { UsageError } from "../usage-error.ts";

/** "a, b,c" -> ["a", "b", "c"]; throws UsageError on an empty entry or a repeat. */
export function listOption(command: string, name: string, text: string): string[] {
  const items = text.split(",").map((item) => item.trim());
  const empty = items.indexOf("");
  if (empty >= 0) throw new UsageError(`--${name} has an empty entry (got "${text}")`, command);
  const repeated = items.find((item, i) => items.indexOf(item) !== i);
  if (repeated !== undefined) throw new UsageError(`--${name} lists "${repeated}" twice`, command);
  return items;
}

/** "1=Never,2=Rarely" -> [["1", "Never"], ["2", "Rarely"]] in the order given. */
export function labelsOption(command: string, name: string, text: string): [string, string][] {
  return listOption(command, name, text).map((entry) => {
    const at = entry.indexOf("=");
    const code = entry.slice(0, at).trim();
    const label = entry.slice(at + 1).trim();
    if (at < 0 || code === "" || label === "") {
      throw new UsageError(`--${name} entries are CODE=LABEL, e.g. "1=Never" (got "${entry}")`, command);
    }
    return [code, label];
  });
}

const leadingNumber = /^-?\d+(\.\d+)?/;

/** `levels` sorted for display (a new array). Example: ["250+", "1-49", "50-249"] -> ["1-49", "50-249", "250+"]. */
export function displayOrder(levels: readonly string[]): string[] {
  const numbers = levels.map((level) => leadingNumber.exec(level)?.[0]);
  if (numbers.every((n) => n !== undefined)) {
    return levels
      .map((level, i) => [level, Number(numbers[i])] as const)
      .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([level]) => level);
  }
  return [...levels].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
