/** Told when each stage of a use case starts and ends (progress bars, `--timings`). */
export type StageListener = (stage: string, phase: "start" | "end") => void;

/** Runs `work` as `stage`, telling `listener` (if any) before and after. */
export function inStage<T>(listener: StageListener | undefined, stage: string, work: () => T): T {
  listener?.(stage, "start");
  const result = work();
  listener?.(stage, "end");
  return result;
}

/** `inStage` for async work. */
export async function inStageAsync<T>(
  listener: StageListener | undefined,
  stage: string,
  work: () => Promise<T>,
): Promise<T> {
  listener?.(stage, "start");
  const result = await work();
  listener?.(stage, "end");
  return result;
}
