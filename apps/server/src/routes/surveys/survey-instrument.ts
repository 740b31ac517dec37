// {s}/instrument: save an instrument (our JSON, SurveyJS JSON or an XLSForm workbook) as the next
// version while the survey is a draft, and read it back in any of the three formats. A file that
// is not a valid instrument answers 422 with every problem's path and message.

import { createRoute, z } from "@hono/zod-openapi";
import { instrumentSavedSchema } from "@smartspec/domain";
import {
  exportInstrument,
  exportXlsFormInstrument,
  instrumentFormats,
  type SaveInstrumentResult,
  type SurveyContext,
  saveInstrument,
  saveXlsFormInstrument,
} from "@smartspec/services";
import type { Context } from "hono";
import type { App } from "../../app-env.ts";
import { currentUser, requireSession } from "../../http/current-user.ts";
import { errors, jsonBody } from "../common-schema.ts";
import { fileBody, surveyFileLimit } from "./raw-file-body.ts";
import {
  anyJson,
  memberRoute,
  problemsResponse,
  surveyParams,
  surveyPath,
  surveyReply,
  xlsxType,
} from "./survey-schema.ts";

export const saveInstrumentSchema = z
  .strictObject({ format: z.enum(instrumentFormats), instrument: z.record(z.string(), z.unknown()) })
  .openapi("SaveInstrument");

const saved = {
  200: surveyReply("The instrument version saved", instrumentSavedSchema),
  400: errors[400],
  401: errors[401],
  403: errors[403],
  404: errors[404],
  409: errors[409],
  413: errors[413],
  415: errors[415],
  422: problemsResponse("{ error, problems: [{ path, message }] }: not a valid instrument; nothing saved"),
} as const;

const putRoute = createRoute({
  ...memberRoute,
  method: "put",
  path: `${surveyPath}/instrument`,
  summary:
    "Save the instrument (smartspec or SurveyJS JSON) as the next version (owner or analyst; draft only)",
  middleware: [requireSession] as const,
  request: { params: surveyParams, body: jsonBody(saveInstrumentSchema) },
  responses: saved,
});

const postXlsxRoute = createRoute({
  ...memberRoute,
  method: "post",
  path: `${surveyPath}/instrument.xlsx`,
  summary: "Save the instrument from an XLSForm workbook (raw .xlsx body)",
  middleware: [requireSession, surveyFileLimit] as const,
  request: { params: surveyParams },
  responses: saved,
});

const getRoute = createRoute({
  ...memberRoute,
  method: "get",
  path: `${surveyPath}/instrument`,
  summary: "The newest instrument version as smartspec (default) or SurveyJS JSON (any member)",
  middleware: [requireSession] as const,
  request: { params: surveyParams, query: z.object({ format: z.enum(instrumentFormats).optional() }) },
  responses: { 200: anyJson("The instrument JSON"), 400: errors[400], 401: errors[401], 404: errors[404] },
});

const getXlsxRoute = createRoute({
  ...memberRoute,
  method: "get",
  path: `${surveyPath}/instrument.xlsx`,
  summary: "The newest instrument version as an XLSForm workbook (any member)",
  middleware: [requireSession] as const,
  request: { params: surveyParams },
  responses: {
    200: { description: "XLSForm workbook", content: { [xlsxType]: { schema: z.any() } } },
    401: errors[401],
    404: errors[404],
  },
});

function reply(c: Context, result: SaveInstrumentResult) {
  if (!result.ok) {
    const message = `The instrument has ${result.problems.length} problem(s); nothing was saved.`;
    return c.json({ error: { code: "invalid-instrument", message }, problems: result.problems }, 422);
  }
  const { ok: _ok, ...view } = result;
  return c.json(view, 200);
}

export function registerInstrumentRoutes(app: App, ctx: SurveyContext): void {
  app.openapi(putRoute, async (c) => {
    const user = currentUser(c);
    const { format, instrument } = c.req.valid("json");
    return reply(
      c,
      await saveInstrument(ctx, { userId: user.id, ...c.req.valid("param"), format, instrument }),
    );
  });
  app.openapi(postXlsxRoute, async (c) => {
    const user = currentUser(c);
    const props = { userId: user.id, ...c.req.valid("param") };
    const { bytes } = await fileBody(c, "xlsx");
    return reply(c, await saveXlsFormInstrument(ctx, { ...props, bytes }));
  });
  app.openapi(getRoute, async (c) => {
    const user = currentUser(c);
    const format = c.req.valid("query").format ?? "smartspec";
    return c.json(await exportInstrument(ctx, { userId: user.id, ...c.req.valid("param"), format }), 200);
  });
  app.openapi(getXlsxRoute, async (c) => {
    const user = currentUser(c);
    const bytes = await exportXlsFormInstrument(ctx, { userId: user.id, ...c.req.valid("param") });
    return c.body(bytes.slice().buffer as ArrayBuffer, 200, {
      "content-type": xlsxType,
      "content-disposition": 'attachment; filename="instrument.xlsx"',
    });
  });
}
