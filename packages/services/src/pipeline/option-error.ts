/**
 * A choice the engine cannot honour (e.g. a method the chosen profile's tool does not offer). The
 * CLI shows it as a usage error (exit 2): the data are fine, the options are not.
 */
export class OptionError extends Error {
  override readonly name = "OptionError";
}
