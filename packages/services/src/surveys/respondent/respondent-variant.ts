// Which split-ballot variant a respondent answers (issue 6): the domain's assignVariant over the
// live instrument's split ballot (its seed is frozen with the version at launch) and a key:
//   - identified and confidential personal links: the case id (the same variant on every device);
//   - anonymous surveys and open links: the resume key, random and never derived from the case, so
//     the variant kept on an anonymous response joins it to nothing.
// A variant stored with the response wins while it is still one of the instrument's, so a resumed
// form and the submit use the one the respondent first saw.
import { assignVariant, type SplitBallot } from "@smartspec/domain";
import { newToken } from "../../platform/tokens.ts";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The split ballot of a stored instrument version (a validated domain instrument), if it has one. */
export function splitBallotOf(instrumentJson: unknown): SplitBallot | undefined {
  if (!isObject(instrumentJson) || !isObject(instrumentJson.settings)) return undefined;
  const ballot = instrumentJson.settings.splitBallot;
  if (!isObject(ballot) || typeof ballot.seed !== "string" || !Array.isArray(ballot.variants))
    return undefined;
  const variants = ballot.variants.filter((v): v is string => typeof v === "string");
  return variants.length > 0 ? { seed: ballot.seed, variants } : undefined;
}

/**
 * The respondent's variant: `stored` when it is one of the split ballot's, else assigned from `key`
 * (null: a submit that never opened through the server and has no key; then from a fresh random
 * one); null when the instrument has no split ballot. Example: `respondentVariant(json, caseId, null)`.
 */
export function respondentVariant(
  instrumentJson: unknown,
  key: string | null,
  stored: string | null | undefined,
): string | null {
  const ballot = splitBallotOf(instrumentJson);
  if (ballot === undefined) return null;
  if (stored != null && ballot.variants.includes(stored)) return stored;
  return assignVariant(ballot, key ?? newToken());
}
