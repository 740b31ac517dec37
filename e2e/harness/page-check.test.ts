// The journey gate itself must be able to fail: a page with a known serious axe violation is
// refused, a clean page passes, and the screenshot lands where the brief says.
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { test } from "../support/fixtures.ts";
import { checkPage } from "../support/page-check.ts";
import { screenshotDir } from "../support/repo-paths.ts";

const clean = `<!doctype html><html lang="en"><head><title>Clean - smartspec</title></head>
<body><main><h1>Clean</h1><p>Readable text.</p></main></body></html>`;
// axe rule "image-alt" (impact critical): an <img> with no alt text.
const broken = `<!doctype html><html lang="en"><head><title>Broken - smartspec</title></head>
<body><main><h1>Broken</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>`;
// Title without the " - smartspec" suffix the UI contract asks for.
const untitled = `<!doctype html><html lang="en"><head><title>Broken</title></head>
<body><main><h1>Untitled</h1></main></body></html>`;

describe("checkPage", () => {
  let server: Server;
  let origin = "";
  beforeAll(async () => {
    const pages: Record<string, string> = { "/clean": clean, "/broken": broken, "/untitled": untitled };
    server = createServer((request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(pages[request.url ?? ""] ?? "");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test("passes a clean page and saves its screenshot", async ({ page }) => {
    const file = join(screenshotDir, "harness-clean.png");
    await rm(file, { force: true });
    await page.goto(`${origin}/clean`);
    await checkPage(page, "harness", "clean");
    expect(existsSync(file)).toBe(true);
  });

  test("fails a page with a critical violation, naming the rule", async ({ page }) => {
    await page.goto(`${origin}/broken`);
    await expect(checkPage(page, "harness", "broken")).rejects.toThrow(/image-alt \(critical\)/);
  });

  test("fails a page whose title does not follow '<Page> - smartspec'", async ({ page }) => {
    await page.goto(`${origin}/untitled`);
    await expect(checkPage(page, "harness", "untitled")).rejects.toThrow(/title of/);
  });
});
