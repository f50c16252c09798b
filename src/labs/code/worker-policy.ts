// Whether pool workers run under the worker policy (docs/code-lab.md) on this host: a host that sends no
// headers (GitHub Pages, say) serves worker scripts without it, and then learner code could reach the
// network. Measured once per page on a run's pool: a worker under the policy may not start a worker.
import { createPool } from '../../lib/pool/index.ts';

/** Runs in a pool worker: true when starting a worker is refused there (worker-src 'none'). */
function nestedWorkerRefused(waitMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (refused: boolean) => {
      if (settled) return;
      settled = true;
      resolve(refused);
    };
    self.addEventListener('securitypolicyviolation', () => settle(true), { once: true });
    try {
      const nested = new Worker(self.location.href, { type: 'module' });
      nested.onerror = () => settle(true);
      setTimeout(() => {
        nested.terminate();
        settle(false);
      }, waitMs);
    } catch {
      settle(true);
    }
  });
}

let measured: Promise<boolean | undefined> | undefined;

/**
 * Resolves true when this host gives workers the policy, on a one-worker pool of its own (a worker start,
 * once per page); false when it does not, or when the probe could not run (a worker that does not start is
 * no evidence of the policy). An aborted probe resolves undefined and is asked again next time.
 */
export function workerPolicyInForce(signal: AbortSignal): Promise<boolean | undefined> {
  const probe = (measured ??= (async () => {
    const pool = createPool({ size: 1 });
    try {
      return await pool.run(nestedWorkerRefused, 1000, { signal });
    } catch {
      if (signal.aborted) {
        measured = undefined;
        return undefined;
      }
      return false;
    } finally {
      await pool.terminate();
    }
  })());
  return probe;
}
