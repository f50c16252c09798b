// Starts two workers and times round trips between them: postMessage, or Atomics.wait/notify.
// Both workers are terminated when the measurement ends or is cancelled.
import { median, quantile } from '../../../lib/math/stats.ts';
import type { PingPongMode, PingPongRequest, PingPongResult } from './ping-pong.ts';
import { sharedMemoryMissing, sharedMemorySupport } from '../../../lib/atomics/shared-memory.ts';
import { workerFailureMessage } from '../../../lib/workers/worker-failure.ts';

export interface LatencyResult {
  readonly mode: PingPongMode;
  readonly medianMicros: number;
  readonly p99Micros: number;
  readonly samples: number;
  /** Round trips per sample. */
  readonly block: number;
}

function startWorker(): Worker {
  return new Worker(new URL('./ping-pong.worker.ts', import.meta.url), { type: 'module', name: 'ping-pong' });
}

export async function measureLatency(
  mode: PingPongMode,
  options: { rounds?: number; block?: number; signal: AbortSignal },
): Promise<LatencyResult> {
  const rounds = options.rounds ?? 20_000;
  const block = options.block ?? 20;
  const support = sharedMemorySupport();
  if (mode === 'atomics' && !support.available)
    throw new Error(sharedMemoryMissing('Atomics.wait between workers', support.gap));
  options.signal.throwIfAborted();
  const ping = startWorker();
  const pong = startWorker();
  try {
    const result = await new Promise<PingPongResult>((resolve, reject) => {
      const onAbort = () => reject(new DOMException('The measurement was cancelled.', 'AbortError'));
      options.signal.addEventListener('abort', onAbort, { once: true });
      ping.onmessage = (event: MessageEvent<PingPongResult>) => {
        options.signal.removeEventListener('abort', onAbort);
        resolve(event.data);
      };
      // Either worker failing ends the measurement: without the pong, the ping would wait forever.
      for (const [worker, who] of [
        [ping, 'The ping worker'],
        [pong, 'The pong worker'],
      ] as const) {
        worker.onerror = (event) => {
          event.preventDefault();
          options.signal.removeEventListener('abort', onAbort);
          reject(new Error(workerFailureMessage(who, event)));
        };
      }
      if (mode === 'atomics') {
        const flag = new Int32Array(new SharedArrayBuffer(4));
        pong.postMessage({ role: 'pong', mode, flag } satisfies PingPongRequest);
        ping.postMessage({ role: 'ping', mode, rounds, block, flag } satisfies PingPongRequest);
      } else {
        const channel = new MessageChannel();
        pong.postMessage({ role: 'pong', mode, port: channel.port2 } satisfies PingPongRequest, [
          channel.port2,
        ]);
        ping.postMessage(
          { role: 'ping', mode, rounds, block, port: channel.port1 } satisfies PingPongRequest,
          [channel.port1],
        );
      }
    });
    const samples = result.microsPerRoundTrip;
    return {
      mode,
      medianMicros: median(samples),
      p99Micros: quantile(samples, 0.99),
      samples: samples.length,
      block,
    };
  } finally {
    ping.terminate();
    pong.terminate();
  }
}
