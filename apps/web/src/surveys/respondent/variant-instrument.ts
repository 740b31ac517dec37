// Split-ballot forms: the SurveyJS JSON of the frozen version names, on pages and questions, the
// variants they belong to; a respondent sees only those of their own variant (assigned by the
// server). Filtering the JSON before SurveyJS reads it keeps hidden questions out of the page
// entirely, so they are neither shown nor counted as required.
import { shownToVariant } from "@smartspec/domain";

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function variantsOf(item: JsonObject): readonly string[] | undefined {
  return Array.isArray(item.variants)
    ? item.variants.filter((v): v is string => typeof v === "string")
    : undefined;
}

function keepElements(elements: unknown, variant: string | undefined): unknown {
  if (!Array.isArray(elements)) return elements;
  return elements.filter((element) => !isObject(element) || shownToVariant(variantsOf(element), variant));
}

/**
 * A copy of `json` with the pages and elements not shown to `variant` removed (those without
 * `variants` are shown to everyone). Does not change `json`. A survey without pages (top-level
 * `elements`) is filtered the same way.
 */
export function instrumentForVariant(json: JsonObject, variant: string | null | undefined): JsonObject {
  const chosen = variant ?? undefined;
  const copy: JsonObject = { ...json };
  if (Array.isArray(json.pages)) {
    copy.pages = json.pages
      .filter((page) => !isObject(page) || shownToVariant(variantsOf(page), chosen))
      .map((page) => (isObject(page) ? { ...page, elements: keepElements(page.elements, chosen) } : page));
  }
  if (Array.isArray(json.elements)) copy.elements = keepElements(json.elements, chosen);
  return copy;
}
