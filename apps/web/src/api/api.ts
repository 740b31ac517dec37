// The browser's one API instance, shared by the router (guards, loaders) and the pages.
import { createApiClient } from "./api-client.ts";
import { createEndpoints } from "./endpoints.ts";

export const api = createEndpoints(createApiClient());
