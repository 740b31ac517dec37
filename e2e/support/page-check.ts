// What every journey step does to the page it reached: a screenshot for a person to look at,
// an axe accessibility scan, and the page-title convention ("<Page> - smartspec").
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { screenshotDir } from "./repo-paths.ts";

/** Impacts that fail a journey; "minor" and "moderate" findings are reported by axe but tolerated. */
const failingImpacts = new Set(["serious", "critical"]);

// The rules of our commitment, WCAG 2.0-2.2 levels A and AA (each version's tags listed, as axe
// tags a rule with one of them only).
// Legacy mode runs axe in the page itself; the default mode finishes every scan in a new blank
// page (for cross-origin iframes, which the UI has none of). Measured on the sign-in page on this
// 2-core machine: 0.58 s a scan instead of 1.2 s.
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/**
 * Saves `e2e/screenshots/<journey>-<step>.png` (full page), then fails when axe finds a
 * violation of impact serious or critical (each listed with its rule, help text and elements)
 * or when the title does not end in " - smartspec".
 * Example: `await checkPage(page, "sign-in", "01-login-form")`.
 */
export async function checkPage(page: Page, journey: string, step: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${journey}-${step}.png`), fullPage: true });
  const results = await new AxeBuilder({ page }).withTags(wcagTags).setLegacyMode(true).analyze();
  const failing = results.violations
    .filter((violation) => failingImpacts.has(violation.impact ?? ""))
    .map((violation) => {
      const targets = violation.nodes.map((node) => node.target.join(" ")).join(", ");
      return `${violation.id} (${violation.impact}): ${violation.help} at ${targets}`;
    });
  if (failing.length > 0) {
    throw new Error(`axe on ${journey}-${step} (${page.url()}) found:\n- ${failing.join("\n- ")}`);
  }
  expect(await page.title(), `title of ${page.url()}`).toMatch(/^\S.* - smartspec$/);
}
