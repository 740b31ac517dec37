// Takes the README's screenshots (docs/images/*.png) from the real product: starts the server on a
// fresh data directory (bundled data only), opens each page in Debian's Chromium at 1280 x 800 and
// saves what a visitor sees first (the viewport, not the whole page).
// Run: npx tsx scripts/readme-screenshots.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root, startServer } from "../bench/support/http-load.ts";
import { launchChromium } from "../e2e/support/chromium.ts";

/** `element`: screenshot just that element (a chart) instead of the viewport. */
const shots: { file: string; path: string; ready: string; element?: string }[] = [
  {
    file: "explorer-profile.png",
    path: "/explore/uk-bres-itl2/regions/UKK1?year=2021&level=subclass",
    ready: 'table[aria-label="Top specialisations"], table',
  },
  {
    file: "explorer-opportunities.png",
    path: "/explore/uk-bres-itl2/regions/UKK1/opportunities?year=2021&level=subclass",
    ready: "circle[data-activity]",
    element: ".chart-frame",
  },
  {
    file: "explorer-map.png",
    path: "/explore/uk-bres-itl2/map?year=2021&level=subclass&activity=30300",
    ready: "svg path",
    element: ".map-layout",
  },
  {
    file: "explorer-space.png",
    path: "/explore/uk-bres-itl2/space?year=2021&level=subclass&region=UKK1",
    ready: "circle[data-activity]",
    element: ".chart-frame",
  },
];

const dataDir = mkdtempSync(join(tmpdir(), "smartspec-screens-"));
const server = await startServer({
  SMARTSPEC_DATA_DIR: dataDir,
  DATABASE_URL: "",
  SMARTSPEC_SKIP_WEB_BUILD: "",
});
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  for (const shot of shots) {
    await page.goto(`http://127.0.0.1:${server.port}${shot.path}`);
    await page.locator(shot.ready).first().waitFor({ timeout: 120_000 });
    await page.waitForTimeout(500);
    const path = join(root, "docs", "images", shot.file);
    if (shot.element) await page.locator(shot.element).first().screenshot({ path });
    else await page.screenshot({ path });
    console.log(`docs/images/${shot.file}`);
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
