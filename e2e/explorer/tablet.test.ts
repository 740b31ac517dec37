// The explorer on a tablet (issue 5: "usable on a laptop and a tablet"): profile, opportunities,
// map, activity space and compare at 1024 x 768 (landscape) and 768 x 1024 (portrait), each in a
// new browser context of that size. On every page nothing scrolls sideways (neither the page nor
// a table in its scroll box), every chart fits its container, and the page is saved as a
// screenshot and scanned by axe.
import type { Page } from "playwright-core";
import { expect, test } from "../support/fixtures.ts";
import { checkPage } from "../support/page-check.ts";

const dataset = "uk-bres-itl2";
const view = "year=2021&level=subclass";

interface ExplorerStop {
  readonly name: string;
  readonly path: string;
  /** What shows that the page has drawn its data. */
  readonly ready: string;
}

const stops: readonly ExplorerStop[] = [
  {
    name: "profile",
    path: `/explore/${dataset}/regions/UKK1?${view}`,
    ready: 'svg[aria-label="Change over years"]',
  },
  {
    name: "opportunities",
    path: `/explore/${dataset}/regions/UKK1/opportunities?${view}`,
    ready: 'svg[aria-label="Opportunity chart"] circle[data-activity]',
  },
  {
    name: "map",
    path: `/explore/${dataset}/map?${view}&activity=30300`,
    ready: 'svg[aria-label="Map"] path[data-region]',
  },
  {
    name: "space",
    path: `/explore/${dataset}/space?${view}&region=UKK1`,
    ready: 'svg[aria-label="Activity space"] circle[data-present="true"]',
  },
  {
    name: "compare",
    path: `/explore/${dataset}/compare?${view}&regions=UKK1,UKC1,UKI3`,
    ready: 'table:has(caption:text-is("Comparison")) tbody tr',
  },
];

/** The page's width in CSS pixels and the viewport's (sideways scrolling when the first is larger). */
async function widths(page: Page): Promise<{ scroll: number; inner: number }> {
  return (await page.evaluate(
    "({ scroll: document.scrollingElement.scrollWidth, inner: window.innerWidth })",
  )) as { scroll: number; inner: number };
}

/** Tables wider than their scroll box (readable only by scrolling them sideways), by caption. */
async function scrollingTables(page: Page): Promise<string[]> {
  return (await page.evaluate(`Array.from(document.querySelectorAll(".table-scroll")).flatMap((box) =>
    box.scrollWidth > box.clientWidth
      ? [(box.querySelector("caption")?.textContent ?? "?") + ": " + box.scrollWidth + " > " + box.clientWidth]
      : [])`)) as string[];
}

/** Every chart (Plot SVGs and the map) that sticks out of its parent, by its label and overhang. */
async function overflowingCharts(page: Page): Promise<string[]> {
  return (await page.evaluate(`Array.from(document.querySelectorAll("svg.plot, svg.map")).flatMap((svg) => {
    const box = svg.getBoundingClientRect();
    const frame = svg.parentElement.getBoundingClientRect();
    const left = frame.left - box.left;
    const right = box.right - frame.right;
    return left > 0.5 || right > 0.5 || box.width < 1
      ? [svg.getAttribute("aria-label") + ": " + box.left + "-" + box.right + " in " + frame.left + "-" + frame.right]
      : [];
  })`)) as string[];
}

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
]) {
  const size = `${viewport.width}x${viewport.height}`;
  test(`the explorer's views fit a ${size} tablet`, async ({ app, browser }) => {
    const context = await browser.newContext({ viewport });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      let step = 1;
      for (const stop of stops) {
        // The first page of a file may wait for the server warming its views: a longer limit.
        await page.goto(`${app.url}${stop.path}`, { timeout: 60_000 });
        await page.locator(stop.ready).first().waitFor({ timeout: 90_000 });
        expect(await widths(page), `${stop.name} at ${size}`).toMatchObject({ inner: viewport.width });
        const { scroll, inner } = await widths(page);
        expect(scroll, `${stop.name} at ${size} scrolls sideways`).toBeLessThanOrEqual(inner);
        expect(await overflowingCharts(page), `${stop.name} at ${size}`).toEqual([]);
        expect(await scrollingTables(page), `${stop.name} at ${size}`).toEqual([]);
        await checkPage(page, `explorer-tablet-${size}`, `${String(step++).padStart(2, "0")}-${stop.name}`);
      }
    } finally {
      await context.close();
    }
  });
}
