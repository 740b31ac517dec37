// {s}/results: per-question estimates with intervals, the weighting used and the response rate
// (RR1 with e), with the nonresponse caveat when RR1 is under 20 %. {s}/data-pack: the same
// responses as a zip (CSV, XLSX, SPSS .sav, an R script reproducing the estimates). {s}/report.pdf:
// the report - response rate as AAPOR asks, weighting, caveat, a chart with intervals per question.
// ?weighting=post-stratify:size | post-stratify:section | rake:size,section (&year=2016..2022)
// calibrates the design weights to GB business counts, for the results and both downloads alike.
// {s}/representativeness: respondents vs sample vs frame vs population by size band and SIC
// section, response by stratum.
// {s}/crosstab?row=QUESTION&by=size_band|region|sic_section|stratum|QUESTION: one question's
// proportions per group with intervals and the Rao-Scott test, under the same ?weighting.
import { createRoute, z } from "@hono/zod-openapi";
import { representativenessSchema, surveyCrosstabSchema, surveyResultsReplySchema } from "@smartspec/domain";
import {
  type SurveyContext,
  sicLevels,
  surveyCrosstab,
  surveyDataPack,
  surveyReportPdf,
  surveyRepresentativeness,
  surveyResults,
  weightingChoices,
} from "@smartspec/services";
import type { App } from "../../app-env.ts";
import { currentUser, requireSession } from "../../http/current-user.ts";
import { errors } from "../common-schema.ts";
import { memberRoute, surveyParams, surveyPath, surveyReply } from "./survey-schema.ts";

const populationQuery = {
  year: z.coerce
    .number()
    .int()
    .optional()
    .openapi({ description: "UK Business Counts year (default the latest)" }),
  sicLevel: z.enum(sicLevels).optional(),
};

/** The reader's weighting: the results, the crosstab, the report PDF and the data pack take it alike. */
const weightingQuery = {
  weighting: z.enum(weightingChoices).optional().openapi({
    description: "design (default), or design weights post-stratified / raked to GB business counts",
  }),
  ...populationQuery,
};

const resultsRoute = createRoute({
  ...memberRoute,
  method: "get",
  path: `${surveyPath}/results`,
  summary: "Weighted results per question (any member); no respondent or case is named",
  middleware: [requireSession] as const,
  request: {
    params: surveyParams,
    query: z.object(weightingQuery),
  },
  responses: {
    200: surveyReply("Estimates per question", surveyResultsReplySchema),
    400: errors[400],
    401: errors[401],
    404: errors[404],
  },
});

const crosstabRoute = createRoute({
  ...memberRoute,
  method: "get",
  path: `${surveyPath}/crosstab`,
  summary:
    "One question by a frame variable or another question: weighted proportions with intervals per group and the Rao-Scott test (any member)",
  middleware: [requireSession] as const,
  request: {
    params: surveyParams,
    query: z.object({
      row: z.string().min(1).max(200).openapi({ description: "a single-choice, rating or Likert question" }),
      by: z.string().min(1).max(200).openapi({
        description:
          "size_band, region, sic_section, stratum, or another single-choice, rating or Likert question",
      }),
      ...weightingQuery,
    }),
  },
  responses: {
    200: surveyReply("The cross-tab", surveyCrosstabSchema),
    400: errors[400],
    401: errors[401],
    404: errors[404],
  },
});

const representativenessRoute = createRoute({
  ...memberRoute,
  method: "get",
  path: `${surveyPath}/representativeness`,
  summary:
    "Respondents vs sample vs frame vs GB business counts by size band and SIC section, with chi-square tests (any member)",
  middleware: [requireSession] as const,
  request: { params: surveyParams, query: z.object(populationQuery) },
  responses: {
    200: surveyReply("Who answered", representativenessSchema),
    400: errors[400],
    401: errors[401],
    404: errors[404],
    409: errors[409],
  },
});

const dataPackRoute = createRoute({
  ...memberRoute,
  method: "get",
  path: `${surveyPath}/data-pack`,
  summary:
    "The data pack under the chosen weighting: codes and labels CSV, XLSX, SPSS .sav, the report's estimates and an R script reproducing them, zipped (any member)",
  middleware: [requireSession] as const,
  request: { params: surveyParams, query: z.object(weightingQuery) },
  responses: {
    200: { description: "zip", content: { "application/zip": { schema: z.any() } } },
    400: errors[400],
    401: errors[401],
    404: errors[404],
    409: errors[409],
  },
});

const reportPdfRoute = createRoute({
  ...memberRoute,
  method: "get",
  path: `${surveyPath}/report.pdf`,
  summary:
    "The survey report as PDF under the chosen weighting: response rate (RR1 first), weighting, charts with 95% intervals (any member)",
  middleware: [requireSession] as const,
  request: { params: surveyParams, query: z.object(weightingQuery) },
  responses: {
    200: { description: "PDF", content: { "application/pdf": { schema: z.any() } } },
    400: errors[400],
    401: errors[401],
    404: errors[404],
    409: errors[409],
  },
});

export function registerResultsRoutes(app: App, ctx: SurveyContext): void {
  app.openapi(dataPackRoute, async (c) => {
    const user = currentUser(c);
    const query = definedOnly(c.req.valid("query"));
    const pack = await surveyDataPack(ctx, { userId: user.id, ...c.req.valid("param"), ...query });
    return c.body(pack.bytes.slice().buffer as ArrayBuffer, 200, {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="${pack.fileName}"`,
      "cache-control": "no-store",
    });
  });
  app.openapi(reportPdfRoute, async (c) => {
    const user = currentUser(c);
    const query = definedOnly(c.req.valid("query"));
    const report = await surveyReportPdf(ctx, { userId: user.id, ...c.req.valid("param"), ...query });
    return c.body(report.bytes.slice().buffer as ArrayBuffer, 200, {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${report.fileName}"`,
      "cache-control": "no-store",
    });
  });
  app.openapi(resultsRoute, async (c) => {
    const user = currentUser(c);
    const query = definedOnly(c.req.valid("query"));
    return c.json(await surveyResults(ctx, { userId: user.id, ...c.req.valid("param"), ...query }), 200);
  });
  app.openapi(crosstabRoute, async (c) => {
    const user = currentUser(c);
    const query = definedOnly(c.req.valid("query"));
    return c.json(await surveyCrosstab(ctx, { userId: user.id, ...c.req.valid("param"), ...query }), 200);
  });
  app.openapi(representativenessRoute, async (c) => {
    const user = currentUser(c);
    const query = definedOnly(c.req.valid("query"));
    return c.json(
      await surveyRepresentativeness(ctx, { userId: user.id, ...c.req.valid("param"), ...query }),
      200,
    );
  });
}

/** The query without its absent keys (the use cases' props are optional, not undefined). */
function definedOnly<T extends object>(query: T): T {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as T;
}
