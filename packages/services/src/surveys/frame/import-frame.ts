// Imports a sampling frame from rows the importer has already parsed (each with its row number):
// checks every row, finds duplicates (frame/find-duplicates.ts), assigns strata, stores the units.
import type { FrameImported } from "@smartspec/domain";
import { emailSchema } from "@smartspec/domain";
import { insertFrame, lockSurvey, type NewFrameUnit, withTransaction } from "@smartspec/storage";
import { PlatformError } from "../../platform/platform-error.ts";
import { requireSurveyStatus, type SurveyAccessProps, surveyForMember } from "../survey-access.ts";
import type { SurveyContext } from "../survey-context.ts";
import { findDuplicates } from "./find-duplicates.ts";
import { normaliseEmail, normaliseOrganisationName, normalisePostcode } from "./normalise-contact.ts";

export interface FrameRow {
  /** The row's number in the source file (header = 1), used in every message. */
  readonly rowNumber: number;
  readonly organisationName: string;
  readonly email?: string | null;
  readonly sicCode?: string | null;
  readonly sizeBand?: string | null;
  readonly region?: string | null;
  readonly postcode?: string | null;
  /** An explicit stratum; otherwise built from `stratifyBy`. */
  readonly stratum?: string | null;
  /** unknown (default) | eligible (a trading firm in scope) | ceased (ceased trading). */
  readonly eligibility?: string | null;
  readonly extra?: Readonly<Record<string, unknown>>;
}

export const frameStratumFields = ["sizeBand", "region", "sicCode"] as const;
export type FrameStratumField = (typeof frameStratumFields)[number];

export interface ImportFrameProps extends SurveyAccessProps {
  readonly name: string;
  readonly rows: readonly FrameRow[];
  /** Fields whose values, joined by " | ", make the stratum of rows without one. Default none: one stratum "all". */
  readonly stratifyBy?: readonly FrameStratumField[];
  /** Keep duplicate rows in the frame (they are reported either way). Default false: dropped. */
  readonly keepDuplicates?: boolean;
}

export type ImportFrameResult = FrameImported;

export const maxFrameRows = 200_000;
const eligibilities = ["unknown", "eligible", "ceased"] as const;

/**
 * Stores the frame of a draft survey. Throws `validation` listing (up to 10) row problems as
 * "row 7, email: ...", `conflict` once the survey is live.
 */
export async function importFrame(ctx: SurveyContext, props: ImportFrameProps): Promise<ImportFrameResult> {
  const name = props.name.trim();
  if (name.length === 0 || name.length > 200) {
    throw new PlatformError("validation", "name: must be 1 to 200 characters", { field: "name" });
  }
  if (props.rows.length === 0 || props.rows.length > maxFrameRows) {
    throw new PlatformError("validation", `rows: a frame needs 1 to ${maxFrameRows} rows`, { field: "rows" });
  }
  const units = props.rows.map((row) => toUnit(row, props.stratifyBy ?? []));
  const problems = units.flatMap((u) => (typeof u === "string" ? [u] : []));
  if (problems.length > 0) {
    const shown = problems.slice(0, 10).join("; ");
    const more = problems.length > 10 ? ` (and ${problems.length - 10} more)` : "";
    throw new PlatformError("validation", `rows: ${shown}${more}`, { field: "rows", cause: problems });
  }
  const checked = units as NewFrameUnit[];
  const duplicates = findDuplicates(
    checked.map((u) => ({
      rowNumber: u.rowNumber,
      normalisedEmail: u.normalisedEmail,
      normalisedName: u.normalisedName,
      postcode: u.postcode,
      region: u.region,
    })),
  );
  const dropped = new Set(props.keepDuplicates ? [] : duplicates.map((d) => d.rowNumber));
  const kept = checked.filter((u) => !dropped.has(u.rowNumber));
  return withTransaction(ctx.database, async (trx) => {
    const { survey } = await surveyForMember(trx, props, "write-data");
    requireSurveyStatus((await lockSurvey(trx, survey.id)) ?? survey, "draft", "Importing a frame");
    const frameId = await insertFrame(trx, { surveyId: survey.id, name, createdAt: ctx.now() }, kept);
    const counts = new Map<string, number>();
    for (const u of kept) counts.set(u.stratum, (counts.get(u.stratum) ?? 0) + 1);
    const strata = [...counts]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([stratum, n]) => ({ stratum, units: n }));
    ctx.log("survey.frame.imported", {
      surveyId: survey.id,
      units: kept.length,
      duplicates: duplicates.length,
    });
    return { frameId, units: kept.length, duplicates, strata };
  });
}

/** The unit, or a problem message naming the row and field. */
function toUnit(row: FrameRow, stratifyBy: readonly FrameStratumField[]): NewFrameUnit | string {
  const at = `row ${row.rowNumber}`;
  if (!Number.isInteger(row.rowNumber) || row.rowNumber < 1)
    return `${at}: rowNumber must be a positive whole number`;
  const organisationName = (row.organisationName ?? "").trim();
  if (organisationName === "" || organisationName.length > 300) {
    return `${at}, organisationName: must be 1 to 300 characters`;
  }
  const email = normaliseEmail(row.email);
  if (email !== null && !emailSchema.safeParse(email).success)
    return `${at}, email: "${row.email}" is not an email address`;
  const eligibility = row.eligibility?.trim() || "unknown";
  if (!(eligibilities as readonly string[]).includes(eligibility)) {
    return `${at}, eligibility: must be one of ${eligibilities.join(", ")}`;
  }
  const text = (value: string | null | undefined) => value?.trim() || null;
  const fields = { sizeBand: text(row.sizeBand), region: text(row.region), sicCode: text(row.sicCode) };
  const stratum =
    text(row.stratum) ??
    (stratifyBy.length === 0 ? "all" : stratifyBy.map((f) => fields[f] ?? "(missing)").join(" | "));
  return {
    rowNumber: row.rowNumber,
    organisationName,
    email,
    sicCode: fields.sicCode,
    sizeBand: fields.sizeBand,
    region: fields.region,
    postcode: normalisePostcode(row.postcode),
    stratum,
    eligibility,
    extra: { ...(row.extra ?? {}) },
    normalisedEmail: email,
    normalisedName: normaliseOrganisationName(organisationName),
  };
}
