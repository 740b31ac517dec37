// /api/explorer: the evidence explorer. Access (public open data or workspace members) is decided
// in the use cases; the routes pass the caller and the query.
import {
  activityMap,
  activitySpace,
  compareRegions,
  compareXlsx,
  explorerRegions,
  listExplorerDatasets,
  mapXlsx,
  opportunitiesXlsx,
  profileXlsx,
  regionOpportunities,
  regionProfile,
  spaceXlsx,
} from "@smartspec/services";
import type { Context } from "hono";
import type { App, AppEnv, RouteDeps } from "../../app-env.ts";
import { jsonReply } from "../../http/json-reply.ts";
import {
  compareRoute,
  compareXlsxRoute,
  listExplorerDatasetsRoute,
  mapRoute,
  mapXlsxRoute,
  opportunitiesRoute,
  opportunitiesXlsxRoute,
  profileRoute,
  profileXlsxRoute,
  regionsRoute,
  spaceRoute,
  spaceXlsxRoute,
} from "./schema.ts";

const userOf = (c: Context<AppEnv>) => c.get("session")?.user.id ?? null;
/** "A,B,,C" -> ["A", "B", "C"]: the compare routes' region list. */
const regionList = (regions: string) => regions.split(",").filter((r) => r !== "");
const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function xlsx(c: Context<AppEnv>, file: { bytes: Uint8Array; fileName: string }) {
  return c.body(file.bytes.slice().buffer as ArrayBuffer, 200, {
    "content-type": xlsxType,
    "content-disposition": `attachment; filename="${file.fileName}"`,
  });
}

export function registerExplorerRoutes(app: App, { platform }: RouteDeps): void {
  app.openapi(listExplorerDatasetsRoute, async (c) =>
    c.json(await listExplorerDatasets(platform, { userId: userOf(c) }), 200),
  );
  app.openapi(regionsRoute, async (c) => {
    const q = { userId: userOf(c), ...c.req.valid("param"), ...c.req.valid("query") };
    return c.json(await explorerRegions(platform, q), 200);
  });
  app.openapi(profileRoute, async (c) => {
    const q = { userId: userOf(c), ...c.req.valid("param"), ...c.req.valid("query") };
    return jsonReply(c, await regionProfile(platform, q)) as never;
  });
  app.openapi(opportunitiesRoute, async (c) => {
    const q = { userId: userOf(c), ...c.req.valid("param"), ...c.req.valid("query") };
    return jsonReply(c, await regionOpportunities(platform, q)) as never;
  });
  app.openapi(profileXlsxRoute, async (c) => {
    const q = { userId: userOf(c), ...c.req.valid("param"), ...c.req.valid("query") };
    return xlsx(c, await profileXlsx(platform, q));
  });
  app.openapi(opportunitiesXlsxRoute, async (c) => {
    const q = { userId: userOf(c), ...c.req.valid("param"), ...c.req.valid("query") };
    return xlsx(c, await opportunitiesXlsx(platform, q));
  });
  app.openapi(mapRoute, async (c) => {
    const q = { userId: userOf(c), ...c.req.valid("param"), ...c.req.valid("query") };
    return jsonReply(c, await activityMap(platform, q)) as never;
  });
  app.openapi(spaceRoute, async (c) => {
    const q = { userId: userOf(c), ...c.req.valid("param"), ...c.req.valid("query") };
    return jsonReply(c, await activitySpace(platform, q)) as never;
  });
  app.openapi(mapXlsxRoute, async (c) => {
    const q = { userId: userOf(c), ...c.req.valid("param"), ...c.req.valid("query") };
    return xlsx(c, await mapXlsx(platform, q));
  });
  app.openapi(spaceXlsxRoute, async (c) => {
    const q = { userId: userOf(c), ...c.req.valid("param"), ...c.req.valid("query") };
    return xlsx(c, await spaceXlsx(platform, q));
  });
  app.openapi(compareRoute, async (c) => {
    const { regions, ...rest } = c.req.valid("query");
    const q = { userId: userOf(c), ...c.req.valid("param"), ...rest, regions: regionList(regions) };
    return jsonReply(c, await compareRegions(platform, q)) as never;
  });
  app.openapi(compareXlsxRoute, async (c) => {
    const { regions, ...rest } = c.req.valid("query");
    const q = { userId: userOf(c), ...c.req.valid("param"), ...rest, regions: regionList(regions) };
    return xlsx(c, await compareXlsx(platform, q));
  });
}
