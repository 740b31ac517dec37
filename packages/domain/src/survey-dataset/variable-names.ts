// Variable names every package accepts: SPSS's rules are the strictest of SPSS, Stata and R, so a
// name is a letter, then letters, digits, `_` or `.`, at most 64 characters, not ending in `.` or
// `_`, not one of SPSS's reserved words, and unique ignoring case (SPSS folds case when matching).
// Instrument names already follow most of this; option values may start with a digit or hold `-`.

const maxLength = 64;
const reserved = new Set(["ALL", "AND", "BY", "EQ", "GE", "GT", "LE", "LT", "NE", "NOT", "OR", "TO", "WITH"]);

/** `raw` made SPSS-safe (not yet unique): `expectations.1-a` -> `expectations.1_a`, `2nd` -> `v2nd`. */
export function safeVariableName(raw: string): string {
  let name = raw.replace(/[^A-Za-z0-9_.]/g, "_");
  if (!/^[A-Za-z]/.test(name)) name = `v${name}`;
  name = name.slice(0, maxLength).replace(/[._]+$/, "");
  if (name === "") name = "v";
  return reserved.has(name.toUpperCase()) ? `${name}_v` : name;
}

/** Hands out unique names: a taken name gets `_2`, `_3` ... (the stem shortened to stay within 64). */
export class VariableNames {
  private readonly taken = new Set<string>();

  /** Reserves `raw` (made safe) or the first free numbered variant of it, and returns it. */
  allocate(raw: string): string {
    const base = safeVariableName(raw);
    let name = base;
    for (let n = 2; this.taken.has(name.toUpperCase()); n++) {
      const suffix = `_${n}`;
      name = `${base.slice(0, maxLength - suffix.length)}${suffix}`;
    }
    this.taken.add(name.toUpperCase());
    return name;
  }
}
