// Comparator for the bench: a workerpool worker offering the same loop, and the same warm-up.
import { worker } from 'workerpool';
import { sumRange } from '../../src/lib/sum/kernels/sum-range.ts';
import { warmUpSumRange } from '../../src/lib/sum/kernels/warm-up.ts';
import { PEER_WARM_UP } from './peer-run.ts';

worker({
  // Decimal text: the exact partial, whatever workerpool does with its replies.
  sumRange: (low: number, high: number) => sumRange(low, high).toString(),
  [PEER_WARM_UP]: () => warmUpSumRange().toString(),
});
