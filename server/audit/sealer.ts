/**
 * The background sealer: seals the audit events written since its last pass (`seal-chain.ts`),
 * once a second, one pass at a time. Several instances may run it; the per-organisation lock lets
 * one seal while the others skip. Stopping waits for the pass in progress and seals once more, so
 * an orderly shutdown leaves nothing unsealed.
 */
import type { Db } from "../db/client.js";
import { sealAuditChains } from "./seal-chain.js";

export interface AuditSealer {
  stop(): Promise<void>;
}

export function startAuditSealer(db: Db, options: { intervalMs?: number; onError: (error: unknown) => void }): AuditSealer {
  const intervalMs = options.intervalMs ?? 1_000;
  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<void> = Promise.resolve();
  let isStopped = false;

  const run = (): Promise<void> =>
    sealAuditChains(db).then(
      () => undefined,
      (error: unknown) => options.onError(error),
    );
  const schedule = () => {
    timer = setTimeout(() => {
      pass = run().then(() => {
        if (!isStopped) schedule();
      });
    }, intervalMs);
    timer.unref();
  };
  schedule();

  return {
    async stop() {
      isStopped = true;
      clearTimeout(timer);
      await pass;
      await run();
    },
  };
}
