// Builds the browser UI into apps/web/dist, which apps/server serves on the same origin as the API.
// `npm run dev -w @smartspec/web` proxies the API to a server already running on port 3000
// (SMARTSPEC_API_URL to change it).
import react from "@vitejs/plugin-react";
import { defineConfig, type ProxyOptions } from "vite";

const apiServer = process.env.SMARTSPEC_API_URL ?? "http://localhost:3000";

// The server refuses state-changing requests whose Origin is not its own, so the dev proxy
// presents the API's origin instead of the dev server's.
const toApi: ProxyOptions = {
  target: apiServer,
  configure: (proxy) => {
    proxy.on("proxyReq", (request) => {
      if (request.getHeader("origin")) request.setHeader("origin", new URL(apiServer).origin);
    });
  },
};

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true },
  server: { proxy: { "/api": toApi, "/healthz": toApi } },
});
