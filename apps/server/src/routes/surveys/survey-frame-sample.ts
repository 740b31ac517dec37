// {s}/frame and {s}/sample: upload a sampling frame (raw CSV or XLSX; 422 with every problem's line
// and column, nothing stored) and draw the sample from it (all, simple or stratified; seeded).

import { createRoute, z } from "@hono/zod-openapi";
import { frameImportedSchema, sampleDrawnSchema } from "@smartspec/domain";
import { drawSample, type SampleDesign, type SurveyContext, uploadFrame } from "@smartspec/services";
import type { App } from "../../app-env.ts";
import { ApiError } from "../../http/api-error.ts";
import { currentUser, requireSession } from "../../http/current-user.ts";
import { errors, jsonBody } from "../common-schema.ts";
import { fileBody, surveyFileLimit } from "./raw-file-body.ts";
import { memberRoute, problemsResponse, surveyParams, surveyPath, surveyReply } from "./survey-schema.ts";

/** Query names of the frame fields a stratum may be built from. */
const stratumColumns = { size_band: "sizeBand", region: "region", sic: "sicCode" } as const;

const frameQuery = z.object({
  name: z.string().max(200),
  stratifyBy: z
    .string()
    .max(100)
    .optional()
    .openapi({ description: "Comma-separated columns making each row's stratum: size_band, region, sic" }),
});

export const drawSampleSchema = z
  .strictObject({
    frameId: z.string().max(100),
    seed: z.string().max(200),
    design: z.union([
      z.strictObject({ kind: z.literal("all") }),
      z.strictObject({ kind: z.literal("simple"), size: z.number().int().positive() }),
      z.strictObject({
        kind: z.literal("stratified"),
        size: z.number().int().positive(),
        allocation: z.literal("proportional"),
      }),
      z.strictObject({
        kind: z.literal("stratified"),
        sizes: z.record(z.string(), z.number().int().nonnegative()),
      }),
    ]),
  })
  .openapi("DrawSample");

const frameRoute = createRoute({
  ...memberRoute,
  method: "post",
  path: `${surveyPath}/frame`,
  summary: "Upload a sampling frame as CSV or XLSX (owner or analyst; draft only)",
  middleware: [requireSession, surveyFileLimit] as const,
  request: { params: surveyParams, query: frameQuery },
  responses: {
    201: surveyReply("The frame stored", frameImportedSchema),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
    413: errors[413],
    415: errors[415],
    422: problemsResponse("{ error, problems: [{ line, column, message }], total }; nothing stored"),
  },
});

const sampleRoute = createRoute({
  ...memberRoute,
  method: "post",
  path: `${surveyPath}/sample`,
  summary: "Draw (or redraw before launch) the sample from a frame (owner or analyst)",
  middleware: [requireSession] as const,
  request: { params: surveyParams, body: jsonBody(drawSampleSchema) },
  responses: {
    201: surveyReply("The sample drawn", sampleDrawnSchema),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
    415: errors[415],
  },
});

function sampleDesign(design: z.infer<typeof drawSampleSchema>["design"]): SampleDesign {
  if (design.kind === "all") return { design: "all" };
  if (design.kind === "simple") return { design: "simple", size: design.size };
  if ("sizes" in design) return { design: "stratified", allocation: design.sizes };
  return { design: "stratified", size: design.size, allocation: "proportional" };
}

function stratifyBy(text: string | undefined) {
  if (text === undefined || text.trim() === "") return undefined;
  return text.split(",").map((part) => {
    const name = part.trim().toLowerCase();
    if (!Object.hasOwn(stratumColumns, name)) {
      const known = Object.keys(stratumColumns).join(", ");
      throw new ApiError(400, "validation", `stratifyBy: "${part.trim()}" is not one of ${known}`);
    }
    return stratumColumns[name as keyof typeof stratumColumns];
  });
}

export function registerFrameSampleRoutes(app: App, ctx: SurveyContext): void {
  app.openapi(frameRoute, async (c) => {
    const user = currentUser(c);
    const query = c.req.valid("query");
    const props = { userId: user.id, ...c.req.valid("param") };
    const strata = stratifyBy(query.stratifyBy);
    const { bytes, format } = await fileBody(c, "csv-or-xlsx");
    const result = await uploadFrame(ctx, {
      ...props,
      name: query.name,
      bytes,
      format,
      ...(strata ? { stratifyBy: strata } : {}),
    });
    if (!result.ok) {
      return c.json(
        {
          error: { code: "invalid-data", message: result.message },
          problems: result.problems,
          total: result.total,
        },
        422,
      );
    }
    const { ok: _ok, ...stored } = result;
    return c.json(stored, 201);
  });
  app.openapi(sampleRoute, async (c) => {
    const user = currentUser(c);
    const { frameId, seed, design } = c.req.valid("json");
    const drawn = await drawSample(ctx, {
      userId: user.id,
      ...c.req.valid("param"),
      frameId,
      seed,
      design: sampleDesign(design),
    });
    return c.json(drawn, 201);
  });
}
