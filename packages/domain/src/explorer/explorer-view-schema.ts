// The view every explorer reply states: the data set, year, activity level, convention profile and
// region level the server resolved from the query and its defaults.
import { z } from "zod";
import type { ReplyOf } from "./reply-type.ts";

export const explorerViewSchema = z
  .strictObject({
    dataset: z.string(),
    year: z.number().int(),
    level: z.string().describe('The activity level (e.g. "subclass", "division"; "activity" for uploads).'),
    profile: z.string().describe('The convention profile (e.g. "smartspec").'),
    geography: z
      .string()
      .describe('The region level used: the data set\'s own ("itl2", "own" for uploads) or a coarser one.'),
  })
  .meta({ id: "ExplorerView", description: "The view the reply was computed for, defaults resolved" });

export type ExplorerView = ReplyOf<typeof explorerViewSchema>;
