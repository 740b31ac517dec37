// The HTTP application: one Hono app with the JSON API under /api, /healthz, the OpenAPI document,
// and the built web UI for every other GET. Built by createApp so tests drive it in-process with
// app.request(...) and main.ts serves the same app on a socket.
//
// A request passes, in order: request log -> security headers -> body limit (1 MiB, 413) ->
// [/api] session from cookie -> [/api] CSRF check on POST/PUT/PATCH/DELETE (not /api/respond,
// whose JSON-only bodies and path credentials stand in for it) -> route (schema
// validation -> authorization in the use case -> use case -> JSON) -> error handler.
import { OpenAPIHono } from "@hono/zod-openapi";
import { sessionFromToken } from "@smartspec/services";
import { bodyLimit } from "hono/body-limit";
import serverPackage from "../package.json" with { type: "json" };
import type { App, AppDeps, AppEnv } from "./app-env.ts";
import { ApiError } from "./http/api-error.ts";
import { readCsrfCookie, readSessionCookie } from "./http/cookies.ts";
import { csrfProtection } from "./http/csrf.ts";
import { errorHandler, notFound } from "./http/error-handler.ts";
import { maskTokens } from "./http/logger.ts";
import { translatePlatformError } from "./http/platform-errors.ts";
import { securityHeaders } from "./http/security-headers.ts";
import { staticFiles } from "./http/static-files.ts";
import { validationMessage } from "./http/validation-hook.ts";
import { registerBoundaryRoutes } from "./routes/boundaries/boundaries.ts";
import { registerDatasetRoutes } from "./routes/datasets/datasets.ts";
import { registerExplorerRoutes } from "./routes/explorer/explorer.ts";
import { registerHealthRoutes } from "./routes/health/health.ts";
import { registerInvitationRoutes } from "./routes/invitations/invitations.ts";
import { registerMemberRoutes } from "./routes/members/members.ts";
import { registerOutboxRoutes } from "./routes/outbox/outbox.ts";
import { registerPasswordResetRoutes } from "./routes/password-resets/password-resets.ts";
import { registerRespondRoutes, respondPathPattern } from "./routes/respond/respond.ts";
import { registerSessionRoutes } from "./routes/session/session.ts";
import { registerSettingsRoutes } from "./routes/settings/settings.ts";
import { serverSurveyContext } from "./routes/surveys/survey-context.ts";
import { registerSurveyRoutes, surveyFilePathPattern } from "./routes/surveys/surveys.ts";
import { registerUploadRoutes, uploadPathPattern } from "./routes/uploads/uploads.ts";
import { registerWorkspaceRoutes } from "./routes/workspaces/workspaces.ts";

export const defaultBodyLimitBytes = 1024 * 1024;

/**
 * The smartspec HTTP app over an open platform (database + clock).
 *
 * @example const app = createApp({ platform, config, logger }); await app.request("/healthz")
 */
export function createApp(deps: AppDeps): App {
  const { config, logger, platform } = deps;
  const https = config.publicUrl.startsWith("https:");
  const app: App = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw new ApiError(400, "validation", validationMessage(result.target, result.error.issues));
      }
    },
  });

  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    const ms = Math.round((performance.now() - started) * 10) / 10;
    logger.info({ method: c.req.method, path: maskTokens(c.req.path), status: c.res.status, ms }, "request");
  });
  app.use(securityHeaders({ https }));
  const maxBodyBytes = config.bodyLimitBytes ?? defaultBodyLimitBytes;
  const tooLarge = () => {
    throw new ApiError(413, "payload-too-large", "The request body is larger than 1 MiB.");
  };
  const globalBodyLimit = bodyLimit({ maxSize: maxBodyBytes, onError: tooLarge });
  // Uploads, sampling frames and XLSForm workbooks have their own, larger limits (their routes).
  const ownLimit = (path: string) => uploadPathPattern.test(path) || surveyFilePathPattern.test(path);
  app.use((c, next) => {
    if (
      c.req.method === "GET" ||
      c.req.method === "HEAD" ||
      (c.req.method === "POST" && ownLimit(c.req.path))
    )
      return next();
    // A Content-Length without Transfer-Encoding decides at once, as in hono's bodyLimit, but
    // before it builds a web Request to look for the body: that Request (undici + web streams)
    // was about a tenth of the server's CPU per survey submission (docs/benchmarks.md).
    const length = c.req.header("content-length");
    if (length !== undefined && c.req.header("transfer-encoding") === undefined) {
      return Number.parseInt(length, 10) > maxBodyBytes ? tooLarge() : next();
    }
    return globalBodyLimit(c, next);
  });
  app.use("/api/*", async (c, next) => {
    const token = readSessionCookie(c);
    const session = token === undefined ? null : await sessionFromToken(platform, { token });
    c.set("session", session);
    c.set("sessionToken", session === null ? null : (token ?? null));
    return next();
  });
  const csrf = csrfProtection({
    publicOrigin: new URL(config.publicUrl).origin,
    expectedToken: (c) =>
      (c.get("session") as AppEnv["Variables"]["session"])?.csrfToken ?? readCsrfCookie(c),
  });
  // Respondent routes carry their credential in the path and take JSON bodies only (routes/respond).
  app.use("/api/*", (c, next) => (respondPathPattern.test(c.req.path) ? next() : csrf(c, next)));

  const routeDeps = { platform, config, https };
  registerHealthRoutes(app, { platform });
  registerSessionRoutes(app, routeDeps);
  registerPasswordResetRoutes(app, routeDeps);
  registerWorkspaceRoutes(app, routeDeps);
  registerMemberRoutes(app, routeDeps);
  registerInvitationRoutes(app, routeDeps);
  registerOutboxRoutes(app, routeDeps);
  registerSettingsRoutes(app, routeDeps);
  registerDatasetRoutes(app, routeDeps);
  registerExplorerRoutes(app, routeDeps);
  registerBoundaryRoutes(app);
  registerUploadRoutes(app, routeDeps);
  const surveys = serverSurveyContext(platform, logger);
  registerSurveyRoutes(app, surveys);
  registerRespondRoutes(app, surveys);

  app.openAPIRegistry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: "smartspec_session",
  });
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "smartspec API",
      version: serverPackage.version,
      description:
        "JSON API of smartspec. State-changing requests need the X-CSRF-Token header (from GET /api/session). " +
        'Errors are { "error": { "code", "message" } }.',
    },
  });

  const serveUi = staticFiles(config.webRoot);
  app.get("*", (c) => {
    if (c.req.path === "/api" || c.req.path.startsWith("/api/")) return notFound(c);
    return serveUi(c);
  });
  app.notFound(notFound);
  app.onError(errorHandler({ logger, debug: config.debug, translate: translatePlatformError }));
  return app;
}
