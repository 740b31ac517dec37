/**
 * A mistake in how the command was called (unknown option, missing --out, bad --profile): the
 * CLI prints `message` and a hint to run `help`, and exits 2. Data problems are `InputError`s
 * from @smartspec/services (exit 1).
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(
    message: string,
    /** The command whose --help the hint points to ("" for the top level). */
    readonly command: string,
  ) {
    super(message);
  }
}
