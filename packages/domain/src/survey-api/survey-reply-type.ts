// The TypeScript types of a survey reply. Unlike the explorer's, survey replies carry dates: the
// use cases return `Date`s, JSON carries ISO 8601 strings. A schema's output is what the use case
// returns (`SurveyReplyOf`), its input what the browser reads (`SurveyJsonOf`); `isoDateTime`
// converts between the two when a test parses a reply.
import { z } from "zod";

/** `T` read-only all the way down; dates (and other class instances the replies hold) unchanged. */
export type DeepReadonlyReply<T> = T extends Date
  ? T
  : T extends readonly (infer Item)[]
    ? readonly DeepReadonlyReply<Item>[]
    : T extends object
      ? { readonly [Key in keyof T]: DeepReadonlyReply<T[Key]> }
      : T;

/** What a survey use case returns. Example: `SurveyReplyOf<typeof surveyViewSchema>`. */
export type SurveyReplyOf<Schema extends z.ZodType> = DeepReadonlyReply<z.output<Schema>>;

/** The same reply as JSON: dates as ISO 8601 strings. */
export type SurveyJsonOf<Schema extends z.ZodType> = DeepReadonlyReply<z.input<Schema>>;

/** A timestamp: a `Date` in the use case, an ISO 8601 string (UTC, "Z") on the wire. */
export const isoDateTime = z.codec(z.iso.datetime(), z.date(), {
  decode: (text) => new Date(text),
  encode: (date) => date.toISOString(),
});
