// Two do_threaded_work calls at once on one pool, as two parts of a program would make them: call A runs
// the article's process_url over some URLs, call B a different function (url_length) over others. What
// each call got back, and the log lines their tasks wrote, feed the replay of two of the article's
// pitfalls (two-calls-replay.ts): the global wrapped_work_func, and the logging helpers' root logger.
import { createPool, type Outcome, type PoolEvent } from '../../../lib/pool/index.ts';

/** The article's process_url: returns its URL, after a little work (a busy wait: it needs no shared memory). */
export function processUrl(url: string): string {
  const until = performance.now() + 15;
  while (performance.now() < until) {
    // the work of fetching a page, simulated
  }
  console.log(`process_url(${url})`);
  return url;
}

/** Another call's function over URLs: each URL's length. */
export function urlLength(url: string): number {
  const until = performance.now() + 25;
  while (performance.now() < until) {
    // a slower piece of work than process_url's
  }
  console.log(`url_length(${url})`);
  return url.length;
}

/** Call A's and call B's URLs: B has more, so the calls end at different times. */
export const CALL_A_URLS = Array.from({ length: 8 }, (_, i) => `https://example.com/a/${i + 1}`);
export const CALL_B_URLS = Array.from({ length: 12 }, (_, i) => `https://example.org/pages/b-${i + 1}`);

/** Workers the two calls share. */
export const TWO_CALLS_WORKERS = 2;

export interface TaskLogLine {
  /** Which call's task wrote it. */
  readonly call: 'a' | 'b';
  /** ms, the page's performance.now(), when the task wrote it. */
  readonly t: number;
  /** The worker the pool tagged the line with. */
  readonly workerId: number;
}

export interface TwoCallsRun {
  readonly a: readonly Outcome<string, unknown>[];
  readonly b: readonly Outcome<string, unknown>[];
  /** ms (performance.now()) when each call's last item ended: when its do_threaded_work would return. */
  readonly aEndMs: number;
  readonly bEndMs: number;
  readonly logs: readonly TaskLogLine[];
}

async function collect(outcomes: AsyncIterable<Outcome<string, unknown>>) {
  const all: Outcome<string, unknown>[] = [];
  for await (const outcome of outcomes) all.push(outcome);
  return all;
}

/** The last end among outcomes (ms, performance.now()). */
function lastEnd(outcomes: readonly Outcome<string, unknown>[]): number {
  return Math.max(...outcomes.map((o) => o.endMs ?? Number.NEGATIVE_INFINITY));
}

/** Runs both calls at once on one pool of TWO_CALLS_WORKERS; aborting cancels both and resolves. */
export async function runTwoCalls(signal: AbortSignal): Promise<TwoCallsRun> {
  const logs: TaskLogLine[] = [];
  const onEvent = (event: PoolEvent) => {
    if (event.type !== 'log') return;
    const call = event.message.startsWith('process_url') ? 'a' : 'b';
    logs.push({ call, t: event.t, workerId: event.workerId });
  };
  const pool = createPool({ size: TWO_CALLS_WORKERS, onEvent });
  try {
    const [a, b] = await Promise.all([
      collect(pool.map(CALL_A_URLS, processUrl, { signal, batchSize: 1 })),
      collect(pool.map(CALL_B_URLS, urlLength, { signal, batchSize: 1 })),
    ]);
    return { a, b, aEndMs: lastEnd(a), bEndMs: lastEnd(b), logs };
  } finally {
    await pool.terminate();
  }
}
