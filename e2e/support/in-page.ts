// Small probes run inside the page. The type check of this repository has no DOM library (the
// packages must not use browser globals), so they reach the document through the element
// (`ownerDocument`) or as expression strings instead of naming `document`.
import type { Locator, Page } from "playwright-core";

/** The little of the DOM the probes touch, declared here for want of the DOM library. */
interface ProbedElement {
  readonly ownerDocument: {
    readonly activeElement: unknown;
    readonly defaultView: {
      getComputedStyle(element: unknown): { outlineStyle: string; outlineWidth: string; boxShadow: string };
    };
  };
}

/** True when `locator`'s element has keyboard focus. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element: ProbedElement) => element === element.ownerDocument.activeElement);
}

/** The computed outline style, width and box shadow of an element (its focus ring when focused). */
export function focusRing(locator: Locator): Promise<{ outline: string; width: string; shadow: string }> {
  return locator.evaluate((element: ProbedElement) => {
    const style = element.ownerDocument.defaultView.getComputedStyle(element);
    return { outline: style.outlineStyle, width: style.outlineWidth, shadow: style.boxShadow };
  });
}

/** The page's full width in CSS pixels: wider than the viewport means sideways scrolling. */
export async function scrollWidth(page: Page): Promise<number> {
  return (await page.evaluate("document.documentElement.scrollWidth")) as number;
}

/** What script on the page can read of the cookies (HttpOnly ones are absent). */
export async function scriptVisibleCookies(page: Page): Promise<string> {
  return (await page.evaluate("document.cookie")) as string;
}
