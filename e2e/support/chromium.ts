// Debian's Chromium driven by playwright-core (playwright's own browser download cannot reach
// the network here). Installed with apt-get when missing, once per machine behind a lock.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { withFileLock } from "./file-lock.ts";

export const chromiumPath = "/usr/bin/chromium";

// Without the background-networking flags Chromium keeps dialling Google's hosts, which this
// machine's closed network refuses. Playwright adds --headless and a fresh --user-data-dir itself.
const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// Asynchronous so the Vitest worker stays responsive during an install of several minutes.
function aptGet(args: string[]): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("apt-get", args, {
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-20_000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", (error) => resolve({ ok: false, output: `${output}${error.message}` }));
    child.on("close", (code) => resolve({ ok: code === 0, output }));
  });
}

/**
 * Makes sure /usr/bin/chromium exists: runs `apt-get install -y chromium`, and when that fails
 * `apt-get update` then the install again. Throws a message naming the last apt output when the
 * browser still cannot be installed (for example not root, or no package registry).
 */
export async function ensureChromium(): Promise<string> {
  if (existsSync(chromiumPath)) return chromiumPath;
  await withFileLock("smartspec-e2e-chromium", async () => {
    if (existsSync(chromiumPath)) return;
    let install = await aptGet(["install", "-y", "chromium"]);
    if (!install.ok) {
      await aptGet(["update"]);
      install = await aptGet(["install", "-y", "chromium"]);
    }
    if (!install.ok || !existsSync(chromiumPath)) {
      const tail = install.output.trim().split("\n").slice(-5).join("\n");
      const what = install.ok ? `installed chromium but ${chromiumPath} is still missing` : "failed";
      throw new Error(
        `The e2e tests need Chromium at ${chromiumPath} and 'apt-get install -y chromium' ${what} ` +
          `(run it as root on Debian):\n${tail}`,
      );
    }
  });
  return chromiumPath;
}

/** Launches headless Debian Chromium with the flags this machine needs; close it when done. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = await ensureChromium();
  return chromium.launch({ executablePath, headless: true, args: chromiumFlags });
}
