// The pitfalls of the article's library (docs/pool.md, "The article's pitfalls"), each with the lines of
// the quoted code it lives on, found by their text. Pure.
import { ARTICLE_LIBRARY } from './article-library.ts';

/** In the order their first line comes in the code. */
export const PITFALLS = [
  'globalFunc',
  'threads',
  'logging',
  'join',
  'falsy',
  'ordering',
  'emptyRace',
  'errors',
  'taskDone',
] as const;
export type Pitfall = (typeof PITFALLS)[number];

/** A line of the quote by its text, without its indentation; `nth`: only that match (from 0), else all. */
interface LineMatch {
  readonly text: string;
  readonly nth?: number;
}

const MATCHES: Readonly<Record<Pitfall, readonly LineMatch[]>> = {
  globalFunc: [
    { text: 'global wrapped_work_func' },
    { text: 'wrapped_work_func = lambda work_item: (work_item[0], work_func(work_item[1]))' },
    {
      text: 't = ThreadedWorker(work_queue, result_queue, work_func=wrapped_work_func, queue_timeout=per_sync_timeout)',
    },
  ],
  threads: [{ text: 'if not num_threads:' }, { text: 'num_threads = len(work_items)' }],
  logging: [
    { text: 'start_logging_with_thread_info()' },
    { text: 'stop_logging_with_thread_info()' },
    { text: 'logging.getLogger().handlers[0].setFormatter(formatter)' },
  ],
  // The join in do_threaded_work, not the one in ThreadedWorker's docstring example.
  join: [{ text: 'work_queue.join()', nth: 0 }],
  falsy: [{ text: 'if result:' }, { text: 'result_items.append(result)' }],
  ordering: [{ text: 'result_items = [work_item for index, work_item in result_items]' }],
  emptyRace: [
    { text: 'return not self.work_queue.empty()' },
    { text: 'work_item = self.work_queue.get(timeout=self.queue_timeout)' },
  ],
  // The bare except of ThreadedWorker.run, the first in the code.
  errors: [{ text: 'except:', nth: 0 }, { text: "logging.exception('Error in ThreadedWorker')" }],
  taskDone: [{ text: 'finally:' }, { text: 'self.work_queue.task_done()' }],
};

/** The quote's lines, without line ends. */
export const ARTICLE_LINES: readonly string[] = ARTICLE_LIBRARY.split('\n');

function linesOf(matches: readonly LineMatch[]): number[] {
  const found: number[] = [];
  for (const { text, nth } of matches) {
    const hits: number[] = [];
    ARTICLE_LINES.forEach((line, i) => {
      if (line.trim() === text) hits.push(i + 1);
    });
    found.push(...(nth === undefined ? hits : hits.slice(nth, nth + 1)));
  }
  return found.sort((a, b) => a - b);
}

/** Each pitfall's lines, 1-based, ascending. */
export const PITFALL_LINES: Readonly<Record<Pitfall, readonly number[]>> = {
  globalFunc: linesOf(MATCHES.globalFunc),
  threads: linesOf(MATCHES.threads),
  logging: linesOf(MATCHES.logging),
  join: linesOf(MATCHES.join),
  falsy: linesOf(MATCHES.falsy),
  ordering: linesOf(MATCHES.ordering),
  emptyRace: linesOf(MATCHES.emptyRace),
  errors: linesOf(MATCHES.errors),
  taskDone: linesOf(MATCHES.taskDone),
};

/** The pitfalls whose lines include `line` (1-based). */
export function pitfallsAt(line: number): Pitfall[] {
  return PITFALLS.filter((p) => PITFALL_LINES[p].includes(line));
}
