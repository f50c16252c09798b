import { expect, test } from 'vitest';
import { pitfallFindings, pythonList } from './article-findings.ts';
import { ARTICLE_LINES, PITFALL_LINES, PITFALLS, pitfallsAt } from './article-pitfalls.ts';
import type { SeedReplay } from './engine/seed-replay.ts';
import type { TwoCallsReplay } from './engine/two-calls-replay.ts';

const replay: SeedReplay = {
  preserveOrdering: true,
  returned: 180,
  falsy: 17,
  vanishedErrors: 20,
  hung: 0,
  outOfOrder: 93,
  defaultThreads: 200,
  firstIndices: [4, 0, 9, 2, 7, 1, 3],
};

const twoCalls: TwoCallsReplay = {
  aItems: 8,
  bItems: 12,
  crossed: 0,
  failed: 0,
  aShouldGet: ['https://example.com/a/1', 'https://example.com/a/2'],
  aWouldGet: [23, 23],
  firstEnded: 'a',
  untagged: 5,
  otherLines: 12,
  tagged: 20,
  lines: 20,
};

test('every pitfall points at lines of the quoted code that say what it is about', () => {
  const text = (p: (typeof PITFALLS)[number]) =>
    PITFALL_LINES[p].map((line) => ARTICLE_LINES[line - 1]!.trim());
  expect(text('globalFunc')[0]).toBe('global wrapped_work_func');
  expect(text('globalFunc')).toHaveLength(3);
  expect(text('threads')).toEqual(['if not num_threads:', 'num_threads = len(work_items)']);
  // Both helpers' rewrites of the root handler, and the two calls in do_threaded_work.
  expect(text('logging').filter((line) => line.includes('handlers[0]'))).toHaveLength(2);
  expect(text('logging')).toHaveLength(4);
  // do_threaded_work's join, not the docstring example's.
  expect(PITFALL_LINES.join).toHaveLength(1);
  expect(PITFALL_LINES.join[0]).toBeLessThan(PITFALL_LINES.ordering[0]!);
  expect(text('falsy')).toEqual(['if result:', 'result_items.append(result)']);
  // ThreadedWorker.run's bare except, right before its logging.exception.
  expect(PITFALL_LINES.errors[1]! - PITFALL_LINES.errors[0]!).toBe(1);
  expect(text('taskDone')).toEqual(['finally:', 'self.work_queue.task_done()']);
  // In code order, every pitfall found.
  const firsts = PITFALLS.map((p) => PITFALL_LINES[p][0]!);
  expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  expect(pitfallsAt(PITFALL_LINES.falsy[0]!)).toEqual(['falsy']);
  expect(pitfallsAt(1)).toEqual([]);
});

test('without runs nothing is claimed; with them, the findings quote the replayed figures', () => {
  const none = pitfallFindings({ replay: undefined, workers: 0, twoCalls: undefined }, 'en');
  expect(Object.values(none).every((finding) => finding === undefined)).toBe(true);
  const found = pitfallFindings({ replay, workers: 4, twoCalls }, 'en');
  expect(found.threads).toBe(
    'It would start 200 threads, one per item; this pool ran at most 4 workers at once.',
  );
  expect(found.falsy).toContain('17 results were falsy: kept only because');
  expect(found.ordering).toBe(
    '93 results would come before the result of an item earlier in the input; the list would begin with items 4, 0, 9, 2, 7, 1.',
  );
  expect(found.errors).toBe(
    '20 items raised: their exceptions would be logged, and the items gone from the list.',
  );
  expect(found.join).toBe('No item hung in this run, so join() would have returned.');
  expect(found.globalFunc).toContain(
    "A’s caller would have got [23, 23] (url_length of its URLs) instead of ['https://example.com/a/1', 'https://example.com/a/2']",
  );
  expect(found.globalFunc).toContain(
    'call A’s 8 outcomes came from process_url and call B’s 12 from url_length, 0 from',
  );
  expect(found.globalFunc).not.toContain('failed');
  const withFailed = pitfallFindings({ replay, workers: 4, twoCalls: { ...twoCalls, failed: 2 } }, 'en');
  expect(withFailed.globalFunc).toContain(
    '0 from the other call’s function (2 failed, with no value to tell).',
  );
  const zhFailed = pitfallFindings({ replay, workers: 4, twoCalls: { ...twoCalls, failed: 2 } }, 'zh');
  expect(zhFailed.globalFunc).toContain('来自对方函数的有 0 个（另有 2 个失败，没有值可以判断）。');
  expect(found.logging).toContain('Call A ended first, and 5 of call B’s 12 log lines came after it');
  const unordered = pitfallFindings(
    { replay: { ...replay, preserveOrdering: false, hung: 3 }, workers: 4, twoCalls: undefined },
    'en',
  );
  expect(unordered.falsy).toBe('17 falsy results would be dropped.');
  expect(unordered.ordering).toContain('Ordering was off');
  expect(unordered.join).toContain('3 items ran past');
  expect(unordered.logging).toBeUndefined();
});

test('Python lists show the first values, and in Chinese the findings keep the figures', () => {
  expect(pythonList(['a', 'b', 'c', 'd'])).toBe("['a', 'b', 'c', …]");
  expect(pythonList([1, 2])).toBe('[1, 2]');
  const zh = pitfallFindings({ replay, workers: 4, twoCalls }, 'zh');
  expect(zh.threads).toBe('它会启动 200 个线程，每个任务一个；这个任务池同时最多运行 4 个 Worker。');
  expect(zh.logging).toContain('调用 A 先结束，调用 B 的 12 行日志中有 5 行写在它之后');
});
