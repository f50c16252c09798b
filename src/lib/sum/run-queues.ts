// The two ways the page hands chunks to workers and gets partials back. Both are queues: a worker takes
// the next chunk as soon as it finishes one, so uneven chunks or more workers than cores leave no core idle
// while work remains.
import type { Remote } from 'comlink';
import type { IntRange } from './kernels/split-range.ts';
import type { ChunkReport } from './compute-chunk.ts';
import { SharedRun } from './shared-run.ts';
import type { GilHandle } from './simulated-gil.ts';
import type { SumApi } from './sum-api.ts';

export interface QueueRun {
  readonly remotes: readonly Remote<SumApi>[];
  readonly low: number;
  readonly high: number;
  readonly chunks: readonly IntRange[];
  readonly gil: GilHandle | undefined;
  readonly signal: AbortSignal | undefined;
  /** Called once per chunk as its partial arrives; never after abort. */
  readonly record: (index: number, workerId: number, report: ChunkReport) => void;
  /** 'shared' with the GIL: a chunk's hold intervals, which come after all partials. */
  readonly recordHolds: (index: number, holds: readonly number[]) => void;
}

/**
 * 'message': the queue is on the page. Each worker gets one chunk per Comlink call and its partial comes
 * back in the reply (a structured clone of a BigInt). Costs a round trip per chunk, during which that worker
 * idles.
 */
export async function runMessageQueue(run: QueueRun): Promise<void> {
  let next = 0;
  const drive = async (remote: Remote<SumApi>, workerId: number) => {
    for (let index = next++; index < run.chunks.length; index = next++) {
      const { low, high } = run.chunks[index]!;
      const report = await remote.sumChunk({ low, high, workerId, gil: run.gil });
      if (run.signal?.aborted) return;
      run.record(index, workerId, report);
    }
  };
  await Promise.all(run.remotes.map((remote, i) => drive(remote, i + 1)));
}

/**
 * How often the page reads the completions logged meanwhile, ms: the progress a lab shows moves at this
 * pace. The page does not wake for every chunk: each wake-up takes the page's thread from a worker for a
 * moment, and with more workers than cores a run of 256 chunks woke it 256 times; now about 25 times a
 * second. It waits on the last completion's slot, so the run's end (and a cancel) wakes it at once.
 */
const PROGRESS_INTERVAL_MS = 40;

/**
 * 'shared': the queue is an Atomics.add counter in shared memory. One call starts each worker's loop; the
 * workers claim chunks, write partials into the buffer and log each completion with Atomics.notify; the page
 * reads the log every PROGRESS_INTERVAL_MS and at the last completion, waiting with Atomics.waitAsync. Only
 * the start message crosses per worker.
 */
export async function runSharedQueue(run: QueueRun): Promise<void> {
  const chunkCount = run.chunks.length;
  const memory = SharedRun.create(chunkCount, run.remotes.length);
  const calls = run.remotes.map((remote, i) =>
    remote.drainSharedQueue({
      buffer: memory.buffer,
      low: run.low,
      high: run.high,
      chunkCount,
      firstIndex: i,
      workerId: i + 1,
      gil: run.gil,
    }),
  );
  // A worker that throws rejects the run; finishing normally says nothing: completions come through memory.
  const failed = Promise.all(calls).then(() => new Promise<never>(() => {}));
  const lastPosition = chunkCount - 1;
  const onAbort = () => memory.wake(lastPosition);
  run.signal?.addEventListener('abort', onAbort, { once: true });
  const collect = async () => {
    for (let position = 0; position < chunkCount;) {
      for (
        let index = memory.completedAt(position);
        index !== undefined;
        index = memory.completedAt(position)
      ) {
        if (run.signal?.aborted) return;
        const { workerId, ...report } = memory.read(index);
        run.record(index, workerId, report);
        if (++position === chunkCount) return;
      }
      if (run.signal?.aborted) return;
      await memory.waitForCompletion(lastPosition, PROGRESS_INTERVAL_MS);
    }
  };
  try {
    await Promise.race([collect(), failed]);
  } finally {
    run.signal?.removeEventListener('abort', onAbort);
  }
  if (!run.gil || run.signal?.aborted) return;
  for (const reply of await Promise.all(calls)) {
    reply.summed.forEach((index, i) => run.recordHolds(index, reply.gilHolds[i] ?? []));
  }
}
