import type { StageListener } from "@smartspec/services";

/** What a command may touch of the outside world; main.ts builds it once. */
export interface CliContext {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Stage events for the progress bar and --timings (undefined when neither is on). */
  readonly onStage: StageListener | undefined;
  readonly cwd: string;
  /** The process environment (admin reads SMARTSPEC_DATA_DIR / DATABASE_URL like the server). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** One command of the CLI (command-table.ts lists them with their summaries). */
export interface CliCommand {
  readonly name: string;
  readonly help: string;
  /** Runs the command; returns the exit code. Throws UsageError / InputError for the caller to report. */
  run(args: readonly string[], context: CliContext): Promise<number>;
}
