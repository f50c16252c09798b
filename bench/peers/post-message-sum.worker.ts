// Comparator for the bench: the article's split with no library at all. Each message is a chunk
// { low, high }, or PEER_WARM_UP; the reply is its exact partial (a BigInt, which structured clone carries).
import { sumRange } from '../../src/lib/sum/kernels/sum-range.ts';
import { warmUpSumRange } from '../../src/lib/sum/kernels/warm-up.ts';
import { PEER_WARM_UP } from './peer-run.ts';

self.onmessage = (event: MessageEvent<{ low: number; high: number } | typeof PEER_WARM_UP>) => {
  const job = event.data;
  self.postMessage(job === PEER_WARM_UP ? warmUpSumRange() : sumRange(job.low, job.high));
};
