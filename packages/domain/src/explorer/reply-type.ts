// The TypeScript type of an explorer reply: its schema's output, read-only all the way down. A
// reply is shared, never edited: the server keeps one object per view and sends its cached text.
// The schemas mark their arrays `.readonly()` too, so the route typing of @hono/zod-openapi
// accepts the read-only values the use cases return.
import type { z } from "zod";

/** `T` with every property and array element read-only, recursively (primitives unchanged). */
export type DeepReadonly<T> = T extends readonly (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;

/** The read-only type a reply schema describes. Example: `ReplyOf<typeof explorerViewSchema>`. */
export type ReplyOf<Schema extends z.ZodType> = DeepReadonly<z.output<Schema>>;
