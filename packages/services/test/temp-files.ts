// Test helper: files written into a fresh folder under os.tmpdir(), removed after the suite.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll } from "vitest";

export function tempFolder(prefix: string): {
  dir: string;
  file: (name: string, content: string | Uint8Array) => string;
} {
  const dir = mkdtempSync(join(tmpdir(), `smartspec-${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    file: (name, content) => {
      const path = join(dir, name);
      const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
      writeFileSync(path, name.endsWith(".gz") ? gzipSync(bytes) : bytes);
      return path;
    },
  };
}
