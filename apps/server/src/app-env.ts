// What createApp needs and what each request carries through the middleware to the routes.
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { CurrentSession, PlatformContext } from "@smartspec/services";
import type { Logger } from "./http/logger.ts";

export interface AppConfig {
  /** Origin of links in mail and of the Origin check, without a trailing slash. */
  readonly publicUrl: string;
  /** The built web UI (apps/web/dist). */
  readonly webRoot: string;
  /** Take the client address from X-Forwarded-For (only behind a reverse proxy you run). */
  readonly trustProxy: boolean;
  /** Error details (stacks) in the log. */
  readonly debug: boolean;
  /** Largest accepted request body in bytes; default 1 MiB. */
  readonly bodyLimitBytes?: number;
}

export interface AppDeps {
  /** The open database and clock the use cases run on. */
  readonly platform: PlatformContext;
  readonly config: AppConfig;
  readonly logger: Logger;
}

/** Per-request values set by the middleware in app.ts. */
export interface AppVariables {
  /** The signed-in session, or null. */
  session: CurrentSession | null;
  /** The cookie token of `session` (to end it at logout or re-login); null without a session. */
  sessionToken: string | null;
}

export interface AppEnv {
  Variables: AppVariables;
}

/** The Hono app type every route module registers on. */
export type App = OpenAPIHono<AppEnv>;

/** What route modules receive from createApp. */
export interface RouteDeps {
  readonly platform: PlatformContext;
  readonly config: AppConfig;
  /** The public URL is https: cookies get Secure. */
  readonly https: boolean;
}
