// node:util parseArgs with the CLI's own wording for mistakes (a UsageError, exit 2).
import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "./usage-error.ts";

export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

/** Parsed options by name: strings for options with values, booleans for flags. */
export type ParsedOptions = Record<string, string | boolean | undefined>;

function describe(error: Error & { code?: string }): string {
  const name = /'(-[^' ]+)/.exec(error.message)?.[1];
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `unknown option ${name ?? ""}`.trim();
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    if (/ambiguous/.test(error.message)) {
      return `option ${name ?? ""} needs a value (for one starting with "-", write ${name ?? ""}=VALUE)`;
    }
    return /argument missing/.test(error.message)
      ? `option ${name ?? ""} needs a value`
      : `option ${name ?? ""} takes no value`;
  }
  if (error.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
    const value = /'([^']*)'/.exec(error.message)?.[1];
    return `unexpected argument "${value ?? ""}"`;
  }
  return error.message;
}

/** Parses `args` against `options`; throws UsageError naming the bad option. */
export function parseOptions(command: string, args: readonly string[], options: OptionSpec): ParsedOptions {
  try {
    const { values } = parseArgs({ args: [...args], options, strict: true, allowPositionals: false });
    return values as ParsedOptions;
  } catch (error) {
    throw new UsageError(describe(error as Error & { code?: string }), command);
  }
}

/** The string value of an option, or undefined. */
export function stringOption(values: ParsedOptions, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

/** A required string option; throws UsageError when it is missing or empty. */
export function requiredOption(command: string, values: ParsedOptions, name: string): string {
  const value = stringOption(values, name);
  if (value === undefined || value === "") throw new UsageError(`missing --${name}`, command);
  return value;
}

/** One of `allowed`, or undefined when not given; throws UsageError otherwise. */
export function choiceOption<T extends string>(
  command: string,
  values: ParsedOptions,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const value = stringOption(values, name);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(", ")} (got "${value}")`, command);
  }
  return value as T;
}

/** A positive finite number, or undefined when not given; throws UsageError otherwise. */
export function positiveNumberOption(
  command: string,
  values: ParsedOptions,
  name: string,
): number | undefined {
  const value = stringOption(values, name);
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number) || number <= 0) {
    throw new UsageError(`--${name} must be a positive number (got "${value}")`, command);
  }
  return number;
}

/** A positive integer, or undefined when not given; throws UsageError otherwise. */
export function positiveIntegerOption(
  command: string,
  values: ParsedOptions,
  name: string,
): number | undefined {
  const number = positiveNumberOption(command, values, name);
  if (number !== undefined && !Number.isInteger(number)) {
    throw new UsageError(`--${name} must be a whole number (got "${stringOption(values, name)}")`, command);
  }
  return number;
}

/**
 * The arguments after a command's one action word (`admin create ...`, `mail bounce ...`), or
 * undefined when the command's help was asked for instead. `usage` is the action's synopsis
 * (`create --email E --password P`), quoted when the action is missing.
 */
export function argsAfterAction(
  command: string,
  action: string,
  usage: string,
  args: readonly string[],
): readonly string[] | undefined {
  const [given, ...rest] = args;
  if (given === "--help" || given === "-h") return undefined;
  if (given === undefined) throw new UsageError(`missing action: smartspec ${command} ${usage}`, command);
  if (given !== action)
    throw new UsageError(`unknown ${command} action "${given}"; the one there is: ${action}`, command);
  return rest;
}
