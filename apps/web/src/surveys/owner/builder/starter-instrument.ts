// The instrument a new survey's editor starts from: the survey's title and one empty page.
import type { Instrument } from "@smartspec/domain";

export function starterInstrument(title: string): Instrument {
  return { settings: { title }, pages: [{ name: "page1", elements: [] }] };
}
