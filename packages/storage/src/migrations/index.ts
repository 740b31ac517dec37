// Every migration, in order. Names sort as they must run; a new migration is one new line here.
import type { Migration } from "kysely/migration";
import * as platform from "./0001-platform.ts";
import * as workspaceDatasets from "./0002-workspace-datasets.ts";
import * as surveys from "./0003-surveys.ts";
import * as surveyCoding from "./0004-survey-coding.ts";
import * as surveyVariants from "./0005-survey-variants.ts";
import * as anonymousBatches from "./0006-anonymous-batches.ts";

export const migrations: Readonly<Record<string, Migration>> = {
  "0001-platform": platform,
  "0002-workspace-datasets": workspaceDatasets,
  "0003-surveys": surveys,
  "0004-survey-coding": surveyCoding,
  "0005-survey-variants": surveyVariants,
  "0006-anonymous-batches": anonymousBatches,
};
