// SurveyJS's icons without style attributes. survey-react-ui writes every registered icon into the
// page as markup (the innerHTML of a hidden <svg>); one of them, "timercircle", carries a
// style="..." attribute, which the CSP (style-src 'self') refuses with a console error. Each such
// attribute becomes a class whose rule survey-theme.css holds (written by the same script).

/** An icon's style attribute (as SurveyJS writes it) -> the class that replaces it. */
export const iconStyleClasses: Readonly<Record<string, string>> = {
  "stroke:var(--sd-timer-stroke-background-color);stroke-width:var(--sd-timer-stroke-background-width)":
    "sd-timer-circle-background",
};

/** The registry survey-core exports as SvgRegistry, as far as it is used here. */
export interface IconRegistry {
  readonly icons: Readonly<Record<string, string>>;
  registerIconFromSymbol(iconId: string, iconSymbolSvg: string): void;
  updateMarkup(): void;
}

/**
 * `markup` with each style="..." replaced by its class from `iconStyleClasses`; throws, naming the
 * icon, for a style that has no class yet (a new survey-core with a new styled icon).
 * Example: `withoutStyleAttributes("x", '<circle style="a:b"/>')` throws; with a known style it
 * gives `<circle class="..."/>`.
 */
export function withoutStyleAttributes(iconId: string, markup: string): string {
  return markup.replace(/\sstyle="([^"]*)"/g, (_, style: string) => {
    const className = iconStyleClasses[style];
    if (className === undefined) {
      throw new Error(
        `SurveyJS icon "${iconId}" has style="${style}", which the CSP refuses: add it to iconStyleClasses`,
      );
    }
    return ` class="${className}"`;
  });
}

/** Rewrites the registered icons that have style attributes, then redraws the icon bundle. */
export function removeIconStyleAttributes(registry: IconRegistry): void {
  const styled = Object.entries(registry.icons).filter(([, markup]) => /\sstyle="/.test(markup));
  for (const [iconId, markup] of styled) {
    registry.registerIconFromSymbol(iconId, withoutStyleAttributes(iconId, markup));
  }
  if (styled.length > 0) registry.updateMarkup();
}

/** The CSS rules of `iconStyleClasses`: ".sd-timer-circle-background { stroke: ...; ... }". */
export function iconStyleRules(): string[] {
  return Object.entries(iconStyleClasses).map(([style, className]) => {
    const declarations = style
      .split(";")
      .filter((declaration) => declaration.trim() !== "")
      .map((declaration) => {
        const colon = declaration.indexOf(":");
        return `  ${declaration.slice(0, colon).trim()}: ${declaration.slice(colon + 1).trim()};`;
      });
    return [`.${className} {`, ...declarations, "}"].join("\n");
  });
}
