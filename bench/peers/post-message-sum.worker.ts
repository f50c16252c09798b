// Comparator for the bench: the article's split with no library at all. Each message is a chunk
// { low, high }; the reply is its exact partial (a BigInt, which structured clone carries).
import { sumRange } from '../../src/lib/sum/kernels/sum-range.ts';

self.onmessage = (event: MessageEvent<{ low: number; high: number }>) => {
  self.postMessage(sumRange(event.data.low, event.data.high));
};
