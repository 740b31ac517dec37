// A sampling frame uploaded as a CSV or XLSX file: the caller's role is checked first, then the
// file is read and checked (readFrameFile); only a file without problems is stored (importFrame).

import { type FrameStratumField, type ImportFrameResult, importFrame } from "../frame/import-frame.ts";
import { type SurveyAccessProps, surveyForMember } from "../survey-access.ts";
import type { SurveyContext } from "../survey-context.ts";
import { type FrameFileProblem, readFrameFile } from "./read-frame-file.ts";

export interface UploadFrameProps extends SurveyAccessProps {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly format: "csv" | "xlsx";
  readonly stratifyBy?: readonly FrameStratumField[];
}

export type UploadFrameResult =
  | ({ readonly ok: true } & ImportFrameResult)
  | {
      readonly ok: false;
      readonly message: string;
      readonly problems: readonly FrameFileProblem[];
      readonly total: number;
    };

/**
 * Stores the frame file of a draft survey, or resolves to every problem with its line and column
 * (nothing stored). Throws `not-found` / `forbidden` / `conflict` as importFrame does.
 */
export async function uploadFrame(ctx: SurveyContext, props: UploadFrameProps): Promise<UploadFrameResult> {
  await surveyForMember(ctx.database.db, props, "write-data");
  const label = props.name.trim() || "frame";
  const read = await readFrameFile(props.bytes, props.format, label);
  if (!read.ok) {
    return {
      ok: false,
      message: `${label} has ${read.total} problem(s); nothing was stored.`,
      problems: read.problems,
      total: read.total,
    };
  }
  const stored = await importFrame(ctx, {
    userId: props.userId,
    slug: props.slug,
    surveyId: props.surveyId,
    name: props.name,
    rows: read.rows,
    ...(props.stratifyBy ? { stratifyBy: props.stratifyBy } : {}),
  });
  return { ok: true, ...stored };
}
