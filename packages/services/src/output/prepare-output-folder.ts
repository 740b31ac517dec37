import { mkdirSync } from "node:fs";
import { inputMessages } from "../input/input-messages.ts";
import { describeSystemError } from "../input/read-byte-chunks.ts";

/** Creates `folder` (and its parents) when missing; throws `InputError` when it cannot be written. */
export function prepareOutputFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw inputMessages.unwritableOutput(
      folder,
      code === "EEXIST" || code === "ENOTDIR" ? "a file has that name" : describeSystemError(error),
    );
  }
}
