// The forms users write SIC 2007 codes in, mapped to the form of the bundled classification:
// sections `C`, divisions `29`, groups `30.3`, classes `30.30` (ONS notation) and subclasses as the
// unpunctuated 5-digit Nomis codes `30300` / `93191` (what BRES and Business Counts publish).

const patterns: readonly (readonly [RegExp, (m: RegExpMatchArray) => string])[] = [
  [/^([A-Ua-u])$/, (m) => m[1]!.toUpperCase()],
  [/^(\d)$/, (m) => `0${m[1]}`], // a division whose leading zero a spreadsheet dropped
  [/^(\d\d)$/, (m) => m[1]!],
  [/^(\d\d)\.?(\d)$/, (m) => `${m[1]}.${m[2]}`],
  [/^(\d\d)\.?(\d\d)$/, (m) => `${m[1]}.${m[2]}`],
  [/^(\d\d)\.?(\d\d)(?:\/|\.)?(\d)$/, (m) => `${m[1]}${m[2]}${m[3]}`],
];

/**
 * The canonical SIC 2007 code for what a user wrote, or undefined when the text is not a SIC code
 * form. Accepts surrounding blanks, a lower-case section letter, the Nomis label form
 * (`29 : Manufacture of motor vehicles...`), and punctuated or unpunctuated digits. It checks the
 * form only: whether the code exists is the classification index's job.
 * Examples: `30.30` and `3030` -> `30.30`; `30300`, `30.30/0` -> `30300`; `93.19/1` -> `93191`;
 * ` 29 ` -> `29`; `c` -> `C`; `303` -> `30.3`; `30-30` -> undefined.
 */
export function normaliseSicCode(text: string): string | undefined {
  let code = text.trim();
  const label = code.indexOf(" : ");
  if (label > 0) code = code.slice(0, label).trim();
  for (const [pattern, canonical] of patterns) {
    const match = code.match(pattern);
    if (match !== null) return canonical(match);
  }
  return undefined;
}
