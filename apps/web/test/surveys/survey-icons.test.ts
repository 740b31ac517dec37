// SurveyJS's icon bundle without style attributes (refused by the CSP): the icons survey-react-ui
// 3.0.0 really registers, and the rewriting on its own.
import { SvgRegistry } from "survey-core";
import "survey-react-ui";
import { describe, expect, it } from "vitest";
import {
  iconStyleRules,
  removeIconStyleAttributes,
  withoutStyleAttributes,
} from "../../src/surveys/respondent/survey-icons.ts";

describe("removeIconStyleAttributes", () => {
  it("leaves no style attribute in the icons survey-react-ui registers", () => {
    expect(Object.keys(SvgRegistry.icons).filter((id) => /\sstyle="/.test(SvgRegistry.icons[id]!))).toEqual([
      "timercircle",
    ]);
    let redraws = 0;
    SvgRegistry.onIconsChanged.add(() => redraws++);
    removeIconStyleAttributes(SvgRegistry);
    expect(Object.keys(SvgRegistry.icons).filter((id) => /\sstyle="/.test(SvgRegistry.icons[id]!))).toEqual(
      [],
    );
    expect(SvgRegistry.icons.timercircle).toContain(
      '<circle cx="80" cy="80" r="70" class="sd-timer-circle-background"',
    );
    expect(SvgRegistry.iconsRenderedHtml()).not.toMatch(/\sstyle=/);
    expect(redraws).toBe(1);
  });

  it("does nothing, and does not redraw, when no icon has a style", () => {
    const registered: string[] = [];
    let redraws = 0;
    removeIconStyleAttributes({
      icons: { plain: '<symbol id="icon-plain"><path d="M0 0"/></symbol>' },
      registerIconFromSymbol: (id) => registered.push(id),
      updateMarkup: () => redraws++,
    });
    expect([registered, redraws]).toEqual([[], 0]);
  });
});

describe("withoutStyleAttributes", () => {
  it("swaps a known style for its class", () => {
    const style =
      "stroke:var(--sd-timer-stroke-background-color);stroke-width:var(--sd-timer-stroke-background-width)";
    expect(withoutStyleAttributes("timercircle", `<circle r="70" style="${style}"/>`)).toBe(
      '<circle r="70" class="sd-timer-circle-background"/>',
    );
  });

  it("names the icon and the style it cannot place", () => {
    expect(() => withoutStyleAttributes("newicon", '<path style="fill:red"/>')).toThrow(
      'SurveyJS icon "newicon" has style="fill:red", which the CSP refuses: add it to iconStyleClasses',
    );
  });
});

describe("iconStyleRules", () => {
  it("writes one rule per class, a declaration a line", () => {
    expect(iconStyleRules()).toEqual([
      [
        ".sd-timer-circle-background {",
        "  stroke: var(--sd-timer-stroke-background-color);",
        "  stroke-width: var(--sd-timer-stroke-background-width);",
        "}",
      ].join("\n"),
    ]);
  });
});
