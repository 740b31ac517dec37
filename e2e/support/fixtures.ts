// Typed fixtures for browser journeys (after formbricks' playwright fixtures): one Chromium and
// one product per test file (a server start is the slow part), a fresh browser context per test
// so cookies never leak between journeys.
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { test as base, beforeAll, vi } from "vitest";
import { type RunningApp, startApp } from "./app.ts";
import { ensureChromium, launchChromium } from "./chromium.ts";
import { screenshotDir } from "./repo-paths.ts";

export interface DialogLog {
  /** Messages of every alert/confirm/prompt a page of this test opened (each dismissed). */
  readonly messages: string[];
}

// A file's first test also pays for its file fixtures: the instance template (once per run: the
// CLI, a first server start, perhaps a build of apps/web) and a server start. Steps inside a
// journey time out after 10 s (page.setDefaultTimeout), so a broken journey still fails fast.
vi.setConfig({ testTimeout: 180_000 });

// Installing Chromium with apt can take minutes: done in a hook with its own time limit, so no
// test's timeout has to allow for it.
beforeAll(() => ensureChromium(), 600_000);

export const test = base
  // biome-ignore lint/correctness/noEmptyPattern: Vitest reads fixture dependencies from this pattern.
  .extend("browser", { scope: "file" }, async ({}, { onCleanup }) => {
    const browser = await launchChromium();
    onCleanup(() => browser.close());
    return browser;
  })
  // biome-ignore lint/correctness/noEmptyPattern: as above.
  .extend("app", { scope: "file" }, async ({}, { onCleanup }) => {
    const app: RunningApp = await startApp({ smtp: true });
    onCleanup(() => app.stop());
    return app;
  })
  // biome-ignore lint/correctness/noEmptyPattern: as above.
  .extend("outboxApp", { scope: "file" }, async ({}, { onCleanup }) => {
    const app: RunningApp = await startApp({ smtp: false });
    onCleanup(() => app.stop());
    return app;
  })
  .extend("dialogs", (): DialogLog => ({ messages: [] }))
  .extend("context", async ({ browser, dialogs }, { onCleanup }): Promise<BrowserContext> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.on("dialog", (dialog) => {
      dialogs.messages.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    onCleanup(() => context.close());
    return context;
  })
  .extend("page", async ({ context, task }, { onCleanup }): Promise<Page> => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    onCleanup(async () => {
      // Cleanup runs after the test's result is known and before its context closes: the page
      // as it was when a journey broke is the first thing to look at.
      const file = join(screenshotDir, `failed-${task.name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}.png`);
      // A pass removes the picture an earlier failing run of this test left behind.
      if (task.result?.state !== "fail") return rm(file, { force: true });
      await mkdir(screenshotDir, { recursive: true });
      await page.screenshot({ path: file, fullPage: true }).catch(() => {});
    });
    return page;
  });

export { expect } from "vitest";
