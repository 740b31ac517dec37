// Explorer requests fail with the platform's error codes (the server maps them to statuses); this
// turns the input layer's OptionError (a year or level the data set does not have) into one.
import { OptionError } from "../pipeline/option-error.ts";
import { PlatformError } from "../platform/platform-error.ts";

/** Runs `work`; an OptionError becomes a PlatformError "validation" with the same message. */
export async function asPlatformErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof OptionError) throw new PlatformError("validation", error.message, { cause: error });
    throw error;
  }
}

/** A `not-found` error for data set `id` (also used for uploads the caller may not see). */
export function datasetNotFound(id: string): PlatformError {
  return new PlatformError("not-found", `No data set "${id}" among those you can see`);
}
