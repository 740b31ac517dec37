// Absolute paths the e2e harness needs, resolved from this file so tests run from any cwd.
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
export const serverStartScript = join(repoRoot, "apps", "server", "bin", "start.mjs");
export const cliBin = join(repoRoot, "apps", "cli", "bin", "smartspec.mjs");
export const screenshotDir = join(repoRoot, "e2e", "screenshots");
