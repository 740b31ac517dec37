// The instrument builder's two calls: the newest version as smartspec JSON (the model the builder
// edits) and saving an edited instrument as the next version (PUT format "smartspec"). A refused
// save keeps the server's problems (422, by path) or its message (409 once fieldwork has started).
import type { Instrument } from "@smartspec/domain";
import { queryOptions } from "@tanstack/react-query";
import { createApiClient } from "./api-client.ts";
import { surveyPath } from "./survey-endpoints.ts";
import { surveyKeys } from "./survey-queries.ts";
import type { InstrumentSaved } from "./survey-types.ts";
import { type SurveyUploadResult, sendSurveyBody } from "./survey-upload.ts";

// Reads only: its own client instance needs no CSRF token.
const client = createApiClient();

/** GET {s}/instrument?format=smartspec for one version (cached for good: versions never change). */
export const smartspecInstrumentQuery = (slug: string, surveyId: string, version: number) =>
  queryOptions({
    queryKey: [...surveyKeys.instrumentJson(slug, surveyId, version), "smartspec"],
    queryFn: () => client.get<Instrument>(`${surveyPath(slug, surveyId)}/instrument?format=smartspec`),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** PUT {s}/instrument {format: "smartspec", instrument}; never throws. */
export function saveSmartspecInstrument(
  slug: string,
  surveyId: string,
  instrument: Instrument,
): Promise<SurveyUploadResult<InstrumentSaved>> {
  return sendSurveyBody<InstrumentSaved>(
    "PUT",
    `${surveyPath(slug, surveyId)}/instrument`,
    JSON.stringify({ format: "smartspec", instrument }),
    "application/json",
  );
}
