// The hidden --timings flag: per-stage wall time and memory, printed as one JSON line on stderr
// at exit (the benchmarks read it). Stages that repeat (one per period) are added up.

interface StageRecord {
  ms: number;
  rssMiB: number;
  heapMiB: number;
  count: number;
}

const mebibyte = 1024 * 1024;

export class StageTimings {
  private readonly stages = new Map<string, StageRecord>();
  private readonly started = new Map<string, number>();
  private readonly origin = performance.now();

  stage(stage: string, phase: "start" | "end"): void {
    const now = performance.now();
    if (phase === "start") {
      this.started.set(stage, now);
      return;
    }
    const memory = process.memoryUsage();
    const record = this.stages.get(stage) ?? { ms: 0, rssMiB: 0, heapMiB: 0, count: 0 };
    record.ms += now - (this.started.get(stage) ?? now);
    record.rssMiB = Math.max(record.rssMiB, memory.rss / mebibyte);
    record.heapMiB = Math.max(record.heapMiB, memory.heapUsed / mebibyte);
    record.count++;
    this.stages.set(stage, record);
  }

  /** `{"timings":{"stages":[...],"runMs":..,"processMs":..,"maxRssMiB":..}}` */
  report(): string {
    const round = (x: number) => Math.round(x * 10) / 10;
    const stages = [...this.stages].map(([stage, r]) => ({
      stage,
      ms: round(r.ms),
      rssMiB: round(r.rssMiB),
      heapMiB: round(r.heapMiB),
      count: r.count,
    }));
    return JSON.stringify({
      timings: {
        stages,
        runMs: round(performance.now() - this.origin),
        processMs: round(performance.now()),
        maxRssMiB: round((process.resourceUsage().maxRSS * 1024) / mebibyte),
      },
    });
  }
}
