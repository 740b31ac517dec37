// {s}/coding: open-text coding (survey-methods.md §9). The codable fields; per field a codebook
// (codes in two levels, versioned edits), the caller's own coding sheet (blind: never another
// coder's codes), coding an answer, finishing, an owner's reveal, agreement (Cohen's kappa per code
// and overall, disagreements), adjudication, and the final codes' frequencies (JSON and CSV).
import { createRoute, z } from "@hono/zod-openapi";
import {
  agreementViewSchema,
  answerAdjudicatedSchema,
  codebookViewSchema,
  codesRevealedSchema,
  codeViewSchema,
  codingFieldListSchema,
  codingProgressViewSchema,
  codingResultsViewSchema,
  codingSheetViewSchema,
} from "@smartspec/domain";
import {
  addCode,
  adjudicateAnswer,
  codeAnswer,
  codingAgreementReport,
  codingCodebook,
  codingResults,
  codingResultsCsv,
  codingSheet,
  editCode,
  finishCoding,
  listCodingFields,
  revealCodes,
  type SurveyContext,
} from "@smartspec/services";
import type { App } from "../../app-env.ts";
import { currentUser, requireSession } from "../../http/current-user.ts";
import { errors, jsonBody } from "../common-schema.ts";
import { memberRoute, surveyParams, surveyPath, surveyReply } from "./survey-schema.ts";

const fieldParams = surveyParams.extend({
  field: z
    .string()
    .max(200)
    .openapi({
      param: { name: "field", in: "path" },
      example: "needs",
      description: "question name or <name>-Comment",
    }),
});
const codeParams = fieldParams.extend({
  codeId: z
    .string()
    .max(100)
    .openapi({ param: { name: "codeId", in: "path" } }),
});
const answerParams = fieldParams.extend({
  responseId: z
    .string()
    .max(100)
    .openapi({ param: { name: "responseId", in: "path" } }),
});

export const newCodeSchema = z
  .strictObject({
    label: z.string().max(200),
    description: z.string().max(2000).optional(),
    parentId: z.string().max(100).nullable().optional(),
  })
  .openapi("NewCode");
export const codeChangeSchema = z
  .strictObject({
    label: z.string().max(200).optional(),
    description: z.string().max(2000).optional(),
    parentId: z.string().max(100).nullable().optional(),
  })
  .openapi("CodeChange");
export const codeIdsSchema = z
  .strictObject({ codeIds: z.array(z.string().max(100)).max(200) })
  .openapi("CodeIds");

const codingPath = `${surveyPath}/coding/{field}`;
const readErrors = { 401: errors[401], 404: errors[404], 409: errors[409] } as const;
const writeErrors = {
  400: errors[400],
  401: errors[401],
  403: errors[403],
  404: errors[404],
  409: errors[409],
} as const;

const get = <P extends z.ZodObject, R extends z.ZodType>(
  path: string,
  summary: string,
  params: P,
  result: R,
) =>
  createRoute({
    ...memberRoute,
    method: "get",
    path,
    summary,
    middleware: [requireSession] as const,
    request: { params },
    responses: { 200: surveyReply(summary, result), ...readErrors, 403: errors[403] },
  });

const fieldsRoute = get(
  `${surveyPath}/coding`,
  "Codable text fields with their coding progress (any member)",
  surveyParams,
  codingFieldListSchema,
);
const codebookRoute = get(
  codingPath,
  "A field's codebook: codes with versions, coders' progress (any member)",
  fieldParams,
  codebookViewSchema,
);
const sheetRoute = get(
  `${codingPath}/answers`,
  "The caller's coding sheet: each answer with the caller's own codes only (owners, analysts)",
  fieldParams,
  codingSheetViewSchema,
);
const agreementRoute = get(
  `${codingPath}/agreement`,
  "Cohen's kappa per code and overall, percent agreement, disagreements (any member, once revealed)",
  fieldParams,
  agreementViewSchema,
);
const resultsRoute = get(
  `${codingPath}/results`,
  "Final codes' frequencies: % of answers with Wilson intervals, % of mentions (any member, once revealed)",
  fieldParams,
  codingResultsViewSchema,
);
const resultsCsvRoute = createRoute({
  ...memberRoute,
  method: "get",
  path: `${codingPath}/results.csv`,
  summary: "The final codes' frequencies as CSV (any member, once revealed)",
  middleware: [requireSession] as const,
  request: { params: fieldParams },
  responses: {
    200: { description: "CSV", content: { "text/csv": { schema: z.string() } } },
    ...readErrors,
    403: errors[403],
  },
});

const addCodeRoute = createRoute({
  ...memberRoute,
  method: "post",
  path: `${codingPath}/codes`,
  summary: "Add a code to the field's codebook (owners, analysts)",
  middleware: [requireSession] as const,
  request: { params: fieldParams, body: jsonBody(newCodeSchema) },
  responses: { 201: surveyReply("The new code", codeViewSchema), ...writeErrors, 415: errors[415] },
});
const editCodeRoute = createRoute({
  ...memberRoute,
  method: "patch",
  path: `${codingPath}/codes/{codeId}`,
  summary: "Rename, describe or move a code: a new version; its codings are kept (owners, analysts)",
  middleware: [requireSession] as const,
  request: { params: codeParams, body: jsonBody(codeChangeSchema) },
  responses: { 200: surveyReply("The code's new version", codeViewSchema), ...writeErrors, 415: errors[415] },
});
const codeAnswerRoute = createRoute({
  ...memberRoute,
  method: "put",
  path: `${codingPath}/answers/{responseId}`,
  summary: "The caller's codes for one answer; the first two members to code are coders 1 and 2",
  middleware: [requireSession] as const,
  request: { params: answerParams, body: jsonBody(codeIdsSchema) },
  responses: {
    200: surveyReply("The caller's progress", codingProgressViewSchema),
    ...writeErrors,
    415: errors[415],
  },
});
const finishRoute = createRoute({
  ...memberRoute,
  method: "post",
  path: `${codingPath}/finish`,
  summary: "The caller has coded every answer: done (coders)",
  middleware: [requireSession] as const,
  request: { params: fieldParams },
  responses: { 200: surveyReply("The caller's progress", codingProgressViewSchema), ...writeErrors },
});
const revealRoute = createRoute({
  ...memberRoute,
  method: "post",
  path: `${codingPath}/reveal`,
  summary: "Show the coders each other's codes before both have finished; closes coding (owners)",
  middleware: [requireSession] as const,
  request: { params: fieldParams },
  responses: { 200: surveyReply("Codes revealed", codesRevealedSchema), ...writeErrors },
});
const adjudicateRoute = createRoute({
  ...memberRoute,
  method: "put",
  path: `${codingPath}/final/{responseId}`,
  summary: "An answer's adjudicated final codes; [] withdraws it (owners, analysts, once revealed)",
  middleware: [requireSession] as const,
  request: { params: answerParams, body: jsonBody(codeIdsSchema) },
  responses: {
    200: surveyReply("The final codes", answerAdjudicatedSchema),
    ...writeErrors,
    415: errors[415],
  },
});

export function registerCodingRoutes(app: App, ctx: SurveyContext): void {
  app.openapi(fieldsRoute, async (c) =>
    c.json(await listCodingFields(ctx, { userId: currentUser(c).id, ...c.req.valid("param") }), 200),
  );
  app.openapi(codebookRoute, async (c) =>
    c.json(await codingCodebook(ctx, { userId: currentUser(c).id, ...c.req.valid("param") }), 200),
  );
  app.openapi(sheetRoute, async (c) =>
    c.json(await codingSheet(ctx, { userId: currentUser(c).id, ...c.req.valid("param") }), 200),
  );
  app.openapi(agreementRoute, async (c) =>
    c.json(await codingAgreementReport(ctx, { userId: currentUser(c).id, ...c.req.valid("param") }), 200),
  );
  app.openapi(resultsRoute, async (c) =>
    c.json(await codingResults(ctx, { userId: currentUser(c).id, ...c.req.valid("param") }), 200),
  );
  app.openapi(resultsCsvRoute, async (c) => {
    const csv = await codingResultsCsv(ctx, { userId: currentUser(c).id, ...c.req.valid("param") });
    return c.body(csv.text, 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${csv.fileName.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
      "cache-control": "no-store",
    });
  });
  app.openapi(addCodeRoute, async (c) => {
    const body = c.req.valid("json");
    const code = await addCode(ctx, {
      userId: currentUser(c).id,
      ...c.req.valid("param"),
      ...definedOnly(body),
    });
    return c.json(code, 201);
  });
  app.openapi(editCodeRoute, async (c) => {
    const body = c.req.valid("json");
    return c.json(
      await editCode(ctx, { userId: currentUser(c).id, ...c.req.valid("param"), ...definedOnly(body) }),
      200,
    );
  });
  app.openapi(codeAnswerRoute, async (c) => {
    const { codeIds } = c.req.valid("json");
    return c.json(
      await codeAnswer(ctx, { userId: currentUser(c).id, ...c.req.valid("param"), codeIds }),
      200,
    );
  });
  app.openapi(finishRoute, async (c) =>
    c.json(await finishCoding(ctx, { userId: currentUser(c).id, ...c.req.valid("param") }), 200),
  );
  app.openapi(revealRoute, async (c) =>
    c.json(await revealCodes(ctx, { userId: currentUser(c).id, ...c.req.valid("param") }), 200),
  );
  app.openapi(adjudicateRoute, async (c) => {
    const { codeIds } = c.req.valid("json");
    return c.json(
      await adjudicateAnswer(ctx, { userId: currentUser(c).id, ...c.req.valid("param"), codeIds }),
      200,
    );
  });
}

/** The body without its absent keys (the use cases' props are optional, not undefined). */
function definedOnly<T extends object>(body: T): T {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as T;
}
