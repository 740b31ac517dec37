// Open-text coding (issue 6): the coding routes' result types, their paths as functions, and the
// query keys and options the coding page uses. The client adds the session cookie and CSRF header.
import { queryOptions } from "@tanstack/react-query";
import { type ApiClient, createApiClient } from "./api-client.ts";
import { surveyPath } from "./survey-endpoints.ts";

export interface CoderView {
  readonly userId: string;
  readonly name: string;
  readonly slot: number;
  readonly coded: number;
  readonly finished: boolean;
}

export interface CodingFieldView {
  readonly field: string;
  readonly title: string;
  readonly kind: "text" | "other";
  readonly answers: number;
  readonly codes: number;
  readonly coders: readonly CoderView[];
  readonly revealed: boolean;
}

export interface CodeView {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly parentId: string | null;
  readonly version: number;
}

export interface CodebookView {
  readonly field: string;
  readonly title: string;
  readonly kind: "text" | "other";
  readonly answers: number;
  readonly codes: readonly (CodeView & { readonly history: readonly { version: number; label: string }[] })[];
  readonly coders: readonly CoderView[];
  readonly revealed: boolean;
  readonly yourSlot: number | null;
}

export interface CodingSheetView {
  readonly field: string;
  readonly yourSlot: number | null;
  readonly finished: boolean;
  readonly answers: readonly {
    readonly responseId: string;
    readonly text: string;
    readonly codeIds: string[];
  }[];
}

export interface AgreementView {
  readonly overall: {
    readonly basis: "single-code" | "pooled-presence";
    readonly kappa: number | null;
    readonly percentAgreement: number | null;
    readonly answers: number;
  };
  readonly codes: readonly {
    readonly codeId: string;
    readonly label: string;
    readonly kappa: number | null;
    readonly percentAgreement: number | null;
  }[];
  readonly disagreements: readonly {
    readonly responseId: string;
    readonly text: string;
    readonly first: readonly string[];
    readonly second: readonly string[];
    readonly final: readonly string[] | null;
  }[];
}

export interface CodeShare {
  readonly answers: number;
  readonly proportion: number;
  readonly lower: number;
  readonly upper: number;
}

export interface CodingResultsView {
  readonly answers: number;
  readonly pending: number;
  readonly codedAnswers: number;
  readonly mentions: number;
  readonly level: number;
  readonly codes: readonly (CodeShare & {
    readonly codeId: string;
    readonly label: string;
    readonly parentId: string | null;
    readonly mentionShare: number;
    readonly theme: CodeShare | null;
  })[];
}

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
      client.send<unknown>("PUT", `${codingPath(slug, id, field)}/answers/${segment(responseId)}`, {
        codeIds,
      }),
    finish: (slug: string, id: string, field: string) =>
      client.send<unknown>("POST", `${codingPath(slug, id, field)}/finish`),
    reveal: (slug: string, id: string, field: string) =>
      client.send<unknown>("POST", `${codingPath(slug, id, field)}/reveal`),
    agreement: (slug: string, id: string, field: string) =>
      client.get<AgreementView>(`${codingPath(slug, id, field)}/agreement`),
    adjudicate: (slug: string, id: string, field: string, responseId: string, codeIds: readonly string[]) =>
      client.send<unknown>("PUT", `${codingPath(slug, id, field)}/final/${segment(responseId)}`, { codeIds }),
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
