// The summation lab's inputs and their URL names (README "URL parameters" lists the same).
import { enumParam, intParam, optionalNumberParam, type CrossCheck } from '../../lib/url-state/index.ts';

/** Most workers one run may start: 2 x a large desktop's cores, enough to show oversubscription. */
export const MAX_WORKERS = 64;
export const MAX_CHUNKS_PER_WORKER = 1000;

export const sumParams = {
  low: intParam(-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 0),
  high: intParam(-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 1_000_000),
  workers: intParam(1, MAX_WORKERS, 2),
  chunks: intParam(1, MAX_CHUNKS_PER_WORKER, 4),
  transport: enumParam(['message', 'shared'] as const, 'message'),
  /** Simulated GIL switch interval, ms; absent means no GIL. CPython's default is 5. */
  gil: optionalNumberParam(0.1, 1000),
  where: enumParam(['workers', 'main'] as const, 'workers'),
};

export type SumParams = typeof sumParams;

export const lowNotAboveHigh: CrossCheck<SumParams> = (values) =>
  values.low > values.high
    ? [
        {
          kind: 'conflict',
          param: 'low',
          received: String(values.low),
          reason: { code: 'not-above', other: 'high' },
        },
      ]
    : [];
