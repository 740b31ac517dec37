// Duplicate units in a frame: the same normalised email, or the same normalised organisation name
// in the same postcode (or, when either has no postcode, the same region). The first row of each
// group is kept as the original; each later row is reported against it.

export interface DuplicateCandidate {
  readonly rowNumber: number;
  readonly normalisedEmail: string | null;
  readonly normalisedName: string;
  readonly postcode: string | null;
  readonly region: string | null;
}

export const duplicateReasons = ["email", "name-postcode", "name-region"] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

export interface DuplicateUnit {
  readonly rowNumber: number;
  /** The earlier row it repeats. */
  readonly duplicateOf: number;
  readonly reason: DuplicateReason;
}

/**
 * Every row that repeats an earlier one, in input order. A row matching on email is reported as
 * `email` even if the name matches too. Rows with an empty normalised name never match on name.
 * Example: rows 2 "Acme Ltd" NE1 4ST and 5 "ACME Limited" ne14st -> [{ rowNumber: 5, duplicateOf: 2, reason: "name-postcode" }].
 */
export function findDuplicates(rows: readonly DuplicateCandidate[]): DuplicateUnit[] {
  const byEmail = new Map<string, number>();
  const byNamePostcode = new Map<string, number>();
  const byNameRegion = new Map<string, number>();
  // Postcode of each kept row, to tell whether a name + region match should count.
  const postcodeOf = new Map<number, string | null>();
  const duplicates: DuplicateUnit[] = [];
  for (const row of rows) {
    const emailKey = row.normalisedEmail;
    const postcodeKey =
      row.normalisedName && row.postcode ? `${row.normalisedName}\u0000${row.postcode}` : null;
    const region = row.region?.trim().toLowerCase() || null;
    const regionKey = row.normalisedName && region ? `${row.normalisedName}\u0000${region}` : null;
    const emailMatch = emailKey ? byEmail.get(emailKey) : undefined;
    const postcodeMatch = postcodeKey ? byNamePostcode.get(postcodeKey) : undefined;
    // Region decides only when a postcode is missing on one side of the pair.
    const regionMatch = regionKey ? byNameRegion.get(regionKey) : undefined;
    const regionApplies = regionMatch !== undefined && (!row.postcode || !postcodeOf.get(regionMatch));
    if (emailMatch !== undefined)
      duplicates.push({ rowNumber: row.rowNumber, duplicateOf: emailMatch, reason: "email" });
    else if (postcodeMatch !== undefined)
      duplicates.push({ rowNumber: row.rowNumber, duplicateOf: postcodeMatch, reason: "name-postcode" });
    else if (regionApplies)
      duplicates.push({ rowNumber: row.rowNumber, duplicateOf: regionMatch, reason: "name-region" });
    else {
      if (emailKey) byEmail.set(emailKey, row.rowNumber);
      if (postcodeKey) byNamePostcode.set(postcodeKey, row.rowNumber);
      if (regionKey && !byNameRegion.has(regionKey)) byNameRegion.set(regionKey, row.rowNumber);
      postcodeOf.set(row.rowNumber, row.postcode);
    }
  }
  return duplicates;
}
