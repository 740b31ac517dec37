// Runs `deliverOutbox` every few seconds until stopped (the server starts it when SMTP_URL is set).
import type { PlatformContext } from "../platform-context.ts";
import { type DeliverOutboxProps, type DeliveryReport, deliverOutbox } from "./deliver-outbox.ts";

export interface OutboxDeliveryLoop {
  /** Waits for the round in progress, then stops. */
  stop(): Promise<void>;
}

export interface OutboxDeliveryLoopProps extends DeliverOutboxProps {
  /** Pause between rounds; default 2,000 ms. A full batch is followed at once by the next round. */
  readonly intervalMs?: number;
  /** Called with each round's counts, or with the error of a round that failed (e.g. database down). */
  readonly onRound?: (report: DeliveryReport | Error) => void;
}

/**
 * Starts delivering in the background. Rounds never overlap; a failing round is reported and the
 * loop carries on.
 * Example: `const loop = startOutboxDelivery(ctx, { transport, from }); ...; await loop.stop();`
 */
export function startOutboxDelivery(
  ctx: PlatformContext,
  props: OutboxDeliveryLoopProps,
): OutboxDeliveryLoop {
  const intervalMs = props.intervalMs ?? 2000;
  const batchSize = props.batchSize ?? 20;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();

  const run = async (): Promise<void> => {
    let full = false;
    try {
      const report = await deliverOutbox(ctx, { ...props, batchSize });
      full = report.sent + report.retrying + report.failed >= batchSize;
      props.onRound?.(report);
    } catch (error) {
      props.onRound?.(error instanceof Error ? error : new Error(String(error)));
    }
    if (!stopped) timer = setTimeout(() => (round = run()), full ? 0 : intervalMs);
  };
  round = run();
  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await round;
    },
  };
}
