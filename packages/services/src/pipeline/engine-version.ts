import { readFileSync } from "node:fs";

let cached: string | undefined;

/**
 * The version of @smartspec/analytics, the engine whose numbers a run writes (read from its
 * package.json next to its source; "unknown" if that cannot be found).
 */
export function engineVersion(): string {
  if (cached !== undefined) return cached;
  try {
    const entry = import.meta.resolve("@smartspec/analytics");
    const manifest = JSON.parse(readFileSync(new URL("../package.json", entry), "utf8")) as {
      version?: string;
    };
    cached = manifest.version ?? "unknown";
  } catch {
    cached = "unknown";
  }
  return cached;
}
