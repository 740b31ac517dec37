// Composition root of the `smartspec` command line: picks the command, wires the progress bar
// and --timings to the use cases' stage events, and turns every failure into a message and an
// exit code (2: usage, 1: data or anything else). A stack trace only with SMARTSPEC_DEBUG=1.
import { InputError, OptionError } from "@smartspec/services";
import cliPackage from "../package.json" with { type: "json" };
import type { CliContext } from "./cli-context.ts";
import { commands } from "./command-table.ts";
import { ProgressBar, type ProgressTarget } from "./progress-bar.ts";
import { StageTimings } from "./stage-timings.ts";
import { UsageError } from "./usage-error.ts";

function topLevelHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Usage: smartspec <command> [options]

Specialisation, relatedness and economic-complexity analytics for regions.

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Options:
  -h, --help      show this help (or a command's: smartspec <command> --help)
  --version       print the version

Exit codes: 0 done, 1 data error (the message names file, line and column), 2 usage error.
`;
}

export interface MainIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The terminal the progress bar draws on, when stderr is one. */
  readonly progress?: ProgressTarget;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

function usageFailure(io: MainIo, error: UsageError): number {
  const helpCommand = error.command === "" ? "smartspec --help" : `smartspec ${error.command} --help`;
  io.stderr(`smartspec${error.command === "" ? "" : ` ${error.command}`}: ${error.message}\n`);
  io.stderr(`Run "${helpCommand}" for usage.\n`);
  return 2;
}

/** Runs the CLI on `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: readonly string[], io: MainIo): Promise<number> {
  const timingsWanted = argv.includes("--timings");
  const args = argv.filter((a) => a !== "--timings");
  const [name, ...rest] = args;
  const timings = timingsWanted ? new StageTimings() : undefined;
  let progress: ProgressBar | undefined;
  try {
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      const topic = name === "help" ? commands.find((c) => c.name === rest[0]) : undefined;
      io.stdout(topic ? `${(await topic.load()).help}\n` : topLevelHelp());
      return 0;
    }
    if (name === "--version" || name === "-v") {
      io.stdout(`${cliPackage.version}\n`);
      return 0;
    }
    const entry = commands.find((c) => c.name === name);
    if (entry === undefined) {
      throw new UsageError(name.startsWith("-") ? `unknown option ${name}` : `unknown command "${name}"`, "");
    }
    const command = await entry.load();
    const wantsHelp = rest.includes("--help") || rest.includes("-h");
    if (io.progress?.isTTY && !wantsHelp) progress = new ProgressBar(io.progress, 12, `smartspec ${name}`);
    const listeners = [timings, progress].filter((l) => l !== undefined);
    const context: CliContext = {
      stdout: (text) => {
        progress?.clear();
        io.stdout(text);
      },
      stderr: (text) => {
        progress?.clear();
        io.stderr(text);
      },
      onStage:
        listeners.length === 0
          ? undefined
          : (stage, phase) => {
              for (const listener of listeners) listener.stage(stage, phase);
            },
      cwd: io.cwd,
      env: io.env,
    };
    return await command.run(rest, context);
  } catch (error) {
    progress?.clear();
    if (error instanceof UsageError) return usageFailure(io, error);
    if (error instanceof OptionError) return usageFailure(io, new UsageError(error.message, name ?? ""));
    if (error instanceof InputError) {
      io.stderr(`smartspec: ${error.message}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`smartspec: unexpected error: ${message}\n`);
    if (io.env.SMARTSPEC_DEBUG === "1" && error instanceof Error && error.stack)
      io.stderr(`${error.stack}\n`);
    else io.stderr("Set SMARTSPEC_DEBUG=1 to see where it happened.\n");
    return 1;
  } finally {
    progress?.clear();
    if (timings) io.stderr(`${timings.report()}\n`);
  }
}
