// Open-text coding (issue 6): the coding routes' result types (the domain's, packages/domain/src/
// survey-api/coding-schema.ts), their paths as functions, and the query keys and options the coding
// page uses. The client adds the session cookie and CSRF header.
import type {
  AgreementView,
  AnswerAdjudicated,
  CodebookView,
  CodesRevealed,
  CodeView,
  CodingFieldView,
  CodingProgressView,
  CodingResultsView,
  CodingSheetView,
} from "@smartspec/domain";
import { queryOptions } from "@tanstack/react-query";
import { type ApiClient, createApiClient } from "./api-client.ts";
import { surveyPath } from "./survey-endpoints.ts";

export type {
  AgreementView,
  AnswerAdjudicated,
  CodebookView,
  CoderView,
  CodeShare,
  CodesRevealed,
  CodeView,
  CodingFieldView,
  CodingProgressView,
  CodingResultsView,
  CodingSheetView,
} from "@smartspec/domain";

const segment = encodeURIComponent;

/** `{s}/coding`, or one field's path. Example: `codingPath("ne", "s1", "needs")`. */
export function codingPath(slug: string, surveyId: string, field?: string): string {
  const base = `${surveyPath(slug, surveyId)}/coding`;
  return field === undefined ? base : `${base}/${segment(field)}`;
}

/** The coding routes as functions. */
export function createCodingEndpoints(client: ApiClient) {
  return {
    fields: (slug: string, id: string) => client.get<CodingFieldView[]>(codingPath(slug, id)),
    codebook: (slug: string, id: string, field: string) =>
      client.get<CodebookView>(codingPath(slug, id, field)),
    addCode: (slug: string, id: string, field: string, code: { label: string; parentId: string | null }) =>
      client.send<CodeView>("POST", `${codingPath(slug, id, field)}/codes`, code),
    renameCode: (slug: string, id: string, field: string, codeId: string, label: string) =>
      client.send<CodeView>("PATCH", `${codingPath(slug, id, field)}/codes/${segment(codeId)}`, { label }),
    sheet: (slug: string, id: string, field: string) =>
      client.get<CodingSheetView>(`${codingPath(slug, id, field)}/answers`),
    code: (slug: string, id: string, field: string, responseId: string, codeIds: readonly string[]) =>
      client.send<CodingProgressView>(
        "PUT",
        `${codingPath(slug, id, field)}/answers/${segment(responseId)}`,
        {
          codeIds,
        },
      ),
    finish: (slug: string, id: string, field: string) =>
      client.send<CodingProgressView>("POST", `${codingPath(slug, id, field)}/finish`),
    reveal: (slug: string, id: string, field: string) =>
      client.send<CodesRevealed>("POST", `${codingPath(slug, id, field)}/reveal`),
    agreement: (slug: string, id: string, field: string) =>
      client.get<AgreementView>(`${codingPath(slug, id, field)}/agreement`),
    adjudicate: (slug: string, id: string, field: string, responseId: string, codeIds: readonly string[]) =>
      client.send<AnswerAdjudicated>("PUT", `${codingPath(slug, id, field)}/final/${segment(responseId)}`, {
        codeIds,
      }),
    results: (slug: string, id: string, field: string) =>
      client.get<CodingResultsView>(`${codingPath(slug, id, field)}/results`),
  };
}

export const codingApi = createCodingEndpoints(createApiClient());

/** Every coding query of a survey starts with this key, so one invalidation refreshes them all. */
export const codingKey = (slug: string, id: string) => ["workspace", slug, "surveys", id, "coding"];

export const codingFieldsQuery = (slug: string, id: string) =>
  queryOptions({ queryKey: codingKey(slug, id), queryFn: () => codingApi.fields(slug, id) });
export const codebookQuery = (slug: string, id: string, field: string) =>
  queryOptions({
    queryKey: [...codingKey(slug, id), field],
    queryFn: () => codingApi.codebook(slug, id, field),
  });
export const codingSheetQuery = (slug: string, id: string, field: string) =>
  queryOptions({
    queryKey: [...codingKey(slug, id), field, "sheet"],
    queryFn: () => codingApi.sheet(slug, id, field),
  });
export const agreementQuery = (slug: string, id: string, field: string) =>
  queryOptions({
    queryKey: [...codingKey(slug, id), field, "agreement"],
    queryFn: () => codingApi.agreement(slug, id, field),
  });
export const codingResultsQuery = (slug: string, id: string, field: string) =>
  queryOptions({
    queryKey: [...codingKey(slug, id), field, "results"],
    queryFn: () => codingApi.results(slug, id, field),
  });
