// A one-line progress bar on stderr, driven by the use cases' stage events. Only drawn when
// stderr is a terminal, so logs and pipes never get control characters.

export interface ProgressTarget {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

const width = 24;

export class ProgressBar {
  private done = 0;
  private shown = false;

  constructor(
    private readonly target: ProgressTarget,
    /** Stages expected in the whole run (grows if more arrive). */
    private total: number,
    private readonly label: string,
  ) {}

  stage(stage: string, phase: "start" | "end"): void {
    if (phase === "end") this.done++;
    if (this.done >= this.total) this.total = this.done + 1;
    const filled = Math.round((this.done / this.total) * width);
    const bar = `${"#".repeat(filled)}${"-".repeat(width - filled)}`;
    const text = `${this.label} [${bar}] ${Math.round((this.done / this.total) * 100)
      .toString()
      .padStart(3)}% ${stage}`;
    this.target.write(`\r${text.slice(0, (this.target.columns ?? 80) - 1)}\x1b[K`);
    this.shown = true;
  }

  /** Removes the bar, leaving the cursor at the start of an empty line. */
  clear(): void {
    if (this.shown) this.target.write("\r\x1b[K");
    this.shown = false;
  }
}
