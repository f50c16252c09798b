// Comparator for the bench: a workerpool worker offering the same loop.
import { worker } from 'workerpool';
import { sumRange } from '../../src/lib/sum/kernels/sum-range.ts';

worker({
  // Decimal text: the exact partial, whatever workerpool does with its replies.
  sumRange: (low: number, high: number) => sumRange(low, high).toString(),
});
