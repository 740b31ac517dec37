// The second pass, run only when the first found duplicated cells: the first pass remembers
// cells as bits, so it knows a cell repeats but not where it first appeared. Reading the source
// again (codes are already interned, so this is only splitting and look-ups) finds the first
// line of each, and reports every repeat in line order: "... already appears on line 2".
import { CellKeySet } from "./checks/cell-key-set.ts";
import type { ImportPass } from "./import-pass.ts";

/** Reports each duplicated cell of `pass`'s source with the line of its first appearance. */
export async function reportDuplicates(pass: ImportPass): Promise<void> {
  const mapping = pass.mapping!;
  const { columns, valueColumns, layout } = mapping;
  const seen = new CellKeySet();
  const firstLines = pass.duplicateKeys;
  const withTime = layout === "wide-periods" || columns.time !== undefined;
  const visit = (r: number, a: number, t: number, line: number, column: string | undefined) => {
    const key = `${r},${a},${t}`;
    if (seen.add(r, a, t)) {
      if (firstLines.get(key) === -1) firstLines.set(key, line);
      return;
    }
    const parts: [string, string][] = [
      ["region", pass.region.codes[r]!],
      ["activity", pass.activity.codes[a]!],
    ];
    if (withTime) parts.push(["time", pass.time.codes[t]!]);
    pass.report(pass.messages.duplicateCell(line, column, parts, firstLines.get(key)));
  };
  const id = (column: typeof pass.region, fields: readonly string[], index: number | undefined) =>
    index === undefined ? 0 : (column.lookup(fields[index] ?? "") ?? -1);
  for await (const batch of pass.source.rows()) {
    for (const { fields, line } of batch) {
      if (line <= pass.headerLine) continue;
      if (fields.length < pass.width && pass.source.format !== "xlsx") continue;
      if (fields.slice(pass.width).some((f) => f.trim() !== "")) continue;
      const r = id(pass.region, fields, columns.region);
      if (layout === "long") {
        const a = id(pass.activity, fields, columns.activity);
        const t = id(pass.time, fields, columns.time);
        if (r >= 0 && a >= 0 && t >= 0) visit(r, a, t, line, undefined);
        continue;
      }
      const periods = layout === "wide-periods";
      const rowId = periods
        ? id(pass.activity, fields, columns.activity)
        : id(pass.time, fields, columns.time);
      if (r < 0 || rowId < 0) continue;
      valueColumns.forEach((column, j) => {
        const headerId = pass.headerIds[j]!;
        if (headerId < 0) return;
        if (periods) visit(r, rowId, headerId, line, pass.labels[column]);
        else visit(r, headerId, rowId, line, pass.labels[column]);
      });
    }
  }
}
