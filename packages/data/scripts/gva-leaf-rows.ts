// Which rows of an ONS regional GVA table form one consistent, non-overlapping industry level.
// The tables stack Total, broad aggregates (A-E, G-T), sections (C (10-33)), sub-sections
// (CK-CL (28-30)) and divisions or division groups (45, 50-51). A row is kept when no other row
// covers a strictly smaller set of divisions inside it (a leaf); `L (68)` = `68` + `68IMP` covers
// the same divisions as `68`, so a row with a bracketed range loses to a plain row of equal range.
// 68IMP (owner-occupiers' imputed rent) is dropped: it is not market output of an industry.

/** The SIC divisions a GVA industry code covers, as [first, last]; undefined for aggregates. */
function divisionRange(code: string): readonly [number, number] | undefined {
  const bracket = code.match(/\((\d+)(?:-(\d+))?\)$/);
  const plain = code.match(/^(\d+)(?:-(\d+))?$/);
  const match = bracket ?? plain;
  if (match === null) return undefined;
  const first = Number(match[1]);
  return [first, match[2] === undefined ? first : Number(match[2])];
}

/** The leaf codes among a table's industry codes (see the file comment). */
export function gvaLeafCodes(codes: readonly string[]): ReadonlySet<string> {
  const ranged = [...new Set(codes)].flatMap((code) => {
    const range = divisionRange(code);
    return range === undefined || code === "68IMP" ? [] : [{ code, range, bracketed: code.includes("(") }];
  });
  const leaves = ranged.filter(
    (outer) =>
      !ranged.some(
        (inner) =>
          inner !== outer &&
          inner.range[0] >= outer.range[0] &&
          inner.range[1] <= outer.range[1] &&
          (inner.range[0] !== outer.range[0] ||
            inner.range[1] !== outer.range[1] ||
            (outer.bracketed && !inner.bracketed)),
      ),
  );
  return new Set(leaves.map((leaf) => leaf.code));
}

/** The code written to the long file: the bracketed division range dropped (`CK (28)` -> `CK`). */
export function gvaIndustryCode(code: string): string {
  return code.replace(/ \(.*\)$/, "");
}
