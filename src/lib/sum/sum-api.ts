// The whole contract between the page and a summation worker: the object sum.worker.ts exposes through
// Comlink. Realm-neutral (no DOM, no worker globals): the page imports only its type.
import { chunkAt } from './kernels/split-range.ts';
import { warmUpSumRange } from './kernels/warm-up.ts';
import { computeChunk, type ChunkReport } from './compute-chunk.ts';
import { SharedRun } from './shared-run.ts';
import { SimulatedGil, type GilHandle } from './simulated-gil.ts';

export interface ChunkJob {
  readonly low: number;
  readonly high: number;
  /** 1-based; the GIL's owner id too. */
  readonly workerId: number;
  readonly gil?: GilHandle | undefined;
}

export interface SharedQueueJob {
  /** A SharedRun's buffer: the queue, the partials and the completion log. */
  readonly buffer: SharedArrayBuffer;
  /** The whole run's range and chunk count: each claimed index is turned into bounds here. */
  readonly low: number;
  readonly high: number;
  readonly chunkCount: number;
  /** This worker's preassigned first chunk (its index among the workers). */
  readonly firstIndex: number;
  readonly workerId: number;
  readonly gil?: GilHandle | undefined;
}

export interface SharedQueueReply {
  /** Indexes of the chunks this worker summed, in its order. */
  readonly summed: number[];
  /** GIL only: `gilHolds[i]` belongs to chunk `summed[i]` (see ChunkReport.gilHolds). */
  readonly gilHolds: (readonly number[])[];
}

export const sumApi = {
  /**
   * Answers once the worker has started and its loop is compiled, so the page starts its clock after both:
   * without the untimed warm-up (kernels/warm-up.ts), a fresh worker's first chunks, and its first chunk
   * past 2^30, run in V8's slower tiers, which blurs the speedup (each extra worker pays it again).
   */
  ready(): true {
    warmUpSumRange();
    return true;
  },

  /** 'message' transport: one chunk; its exact partial goes back by structured clone (BigInt clones). */
  sumChunk(job: ChunkJob): ChunkReport {
    const gil = job.gil ? new SimulatedGil(job.gil, job.workerId) : undefined;
    return computeChunk(job.low, job.high, gil);
  },

  /**
   * 'shared' transport: takes chunks from the queue in shared memory until it is empty, publishing each
   * partial there: the partials and completions travel through memory only. The reply, once the queue is
   * empty, carries what does not fit fixed slots: the GIL hold intervals of each chunk this worker summed.
   */
  drainSharedQueue(job: SharedQueueJob): SharedQueueReply {
    const run = SharedRun.attach(job.buffer, job.chunkCount);
    const gil = job.gil ? new SimulatedGil(job.gil, job.workerId) : undefined;
    const reply: SharedQueueReply = { summed: [], gilHolds: [] };
    for (let index = job.firstIndex; index < job.chunkCount; index = run.claim()) {
      const { low, high } = chunkAt(job.low, job.high, job.chunkCount, index);
      const report = computeChunk(low, high, gil);
      run.publish(index, job.workerId, report);
      reply.summed.push(index);
      if (report.gilHolds) reply.gilHolds.push(report.gilHolds);
    }
    return reply;
  },
};

export type SumApi = typeof sumApi;
