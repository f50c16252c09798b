import { expect, test } from 'vitest';
import type { DeadlockResult } from './engine/lock-demos/run-deadlock.ts';
import type { DeadlockSettings } from './deadlock-settings.ts';
import { cyclePath, DEADLOCK_LESSONS, deadlockOutcome, finishTimes, waitsOf } from './deadlock-lessons.ts';

const settings: DeadlockSettings = { workers: 2, ordered: false, holdMs: 100, timeoutMs: 1000 };

/** Opposite order, as the demo reports it: both hold their first lock, worker 1 times out first. */
const deadlocked: DeadlockResult = {
  workers: 2,
  ordered: false,
  runMs: 1312.6,
  completed: 1,
  outcomes: [
    { workerId: 1, first: 0, second: 1, outcome: 'gave-up' },
    { workerId: 2, first: 1, second: 0, outcome: 'done' },
  ],
  lanes: [
    {
      thread: 1,
      spans: [
        { kind: 'wait', lock: 1, startMs: 100.2, endMs: 1101.4, gaveUp: true },
        { kind: 'hold', lock: 0, startMs: 0.1, endMs: 1101.6 },
      ],
    },
    {
      thread: 2,
      spans: [
        { kind: 'wait', lock: 0, startMs: 100.3, endMs: 1101.7 },
        { kind: 'hold', lock: 0, startMs: 1101.7, endMs: 1202.1 },
        { kind: 'hold', lock: 1, startMs: 0.2, endMs: 1202.3 },
      ],
    },
  ],
  cycle: [
    { waiter: 1, lock: 1, holder: 2 },
    { waiter: 2, lock: 0, holder: 1 },
  ],
  detectedBy: 1,
  detectedAtMs: 1101.4,
};

/** One global order: worker 2 waits for A while worker 1 holds it, then both finish. */
const ordered: DeadlockResult = {
  workers: 2,
  ordered: true,
  runMs: 402.4,
  completed: 2,
  outcomes: [
    { workerId: 1, first: 0, second: 1, outcome: 'done' },
    { workerId: 2, first: 0, second: 1, outcome: 'done' },
  ],
  lanes: [
    {
      thread: 1,
      spans: [
        { kind: 'hold', lock: 1, startMs: 100.1, endMs: 200.5 },
        { kind: 'hold', lock: 0, startMs: 0.1, endMs: 200.6 },
      ],
    },
    {
      thread: 2,
      spans: [
        { kind: 'wait', lock: 0, startMs: 0.1, endMs: 200.7 },
        { kind: 'hold', lock: 1, startMs: 300.8, endMs: 401.2 },
        { kind: 'hold', lock: 0, startMs: 200.7, endMs: 401.3 },
      ],
    },
  ],
};

const lesson = DEADLOCK_LESSONS.deadlock!;

test('a run reads as a deadlock the timeout broke, a timeout without a cycle, all finished, or slipped through', () => {
  expect(deadlockOutcome(deadlocked)).toBe('timeout');
  expect(deadlockOutcome(ordered)).toBe('finish');
  const { cycle: _, ...noCycle } = deadlocked;
  expect(deadlockOutcome(noCycle)).toBe('falseAlarm');
  expect(deadlockOutcome({ ...ordered, ordered: false })).toBe('slipped');
});

test('waits, finish times and the loop come from the run’s own spans and cycle', () => {
  expect(waitsOf(ordered)).toEqual([{ worker: 2, lock: 0, ms: 200.6, gaveUp: false }]);
  expect(waitsOf(deadlocked).map((w) => [w.worker, w.gaveUp])).toEqual([
    [1, true],
    [2, false],
  ]);
  expect(finishTimes(deadlocked)).toEqual([{ worker: 2, ms: 1202.3 }]);
  expect(cyclePath(deadlocked.cycle!)).toBe('W1 → B → W2 → A → W1');
});

test('the question names each worker’s order and the inputs it runs with', () => {
  const q = lesson.question(settings, 'en');
  expect(q.prompt).toBe(
    'Two workers share 2 locks. Worker 1 takes A, then B; worker 2 takes B, then A. Each works 100 ms holding its first lock before it asks for its second, and a lock call gives up after 1000 ms. What happens?',
  );
  expect(q.choices.map((c) => c.id)).toEqual(['finish', 'forever', 'timeout', 'timing']);
  expect(lesson.question({ ...settings, ordered: true }, 'zh').prompt).toContain(
    'Worker 1 先拿 A，再拿 B；Worker 2 先拿 A，再拿 B',
  );
});

test('a deadlock is explained from who held what, the loop, and when the timeout broke it', () => {
  const sentences = lesson.explain({ result: deadlocked, settings }, 'forever', 'en');
  expect(sentences[0]).toBe(
    'You expected a deadlock that lasts forever. Worker 1 held A and asked for B, which worker 2 held; worker 2 held B and asked for A, which worker 1 held.',
  );
  expect(sentences[1]).toBe('Not quite: the workers deadlocked, and a lock timeout broke it.');
  expect(sentences[2]).toContain('close a loop in the wait-for graph, W1 → B → W2 → A → W1');
  expect(sentences[3]).toBe(
    'Worker 1 gave up on B after waiting 1001 ms (its timeout is 1000 ms), 1101 ms after the start, and released A. That let worker 2 go on: it got both locks and finished 1202 ms after the start.',
  );
  expect(sentences[4]).toContain('Without the timeout you would be right');
  expect(sentences.at(-1)).toContain('One global lock order does');
  const right = lesson.explain({ result: deadlocked, settings }, 'timeout', 'en');
  expect(right[1]).toBe('That is what happened: the workers deadlocked, and a lock timeout broke it.');
  expect(right.join(' ')).not.toContain('Without the timeout');
  const timing = lesson.explain({ result: deadlocked, settings }, 'timing', 'en');
  expect(timing.join(' ')).toContain('each worker worked 100 ms holding its first lock');
  const zh = lesson.explain({ result: deadlocked, settings }, undefined, 'zh');
  expect(zh[0]).toBe(
    '你跳过了预测。Worker 1 持有 A，又去请求 B，而 B 由 Worker 2 持有；Worker 2 持有 B，又去请求 A，而 A 由 Worker 1 持有。',
  );
  expect(zh[3]).toContain('Worker 1 等 B 等了 1001 毫秒后放弃（超时设为 1000 毫秒），这时距开始 1101 毫秒');
});

test('when every worker times out at once, nobody finished, and the explanation says so', () => {
  const allGaveUp: DeadlockResult = {
    ...deadlocked,
    completed: 0,
    outcomes: deadlocked.outcomes.map((o) => ({ ...o, outcome: 'gave-up' as const })),
  };
  expect(lesson.explain({ result: allGaveUp, settings }, 'timeout', 'en')[3]).toContain(
    'Every worker timed out at about the same moment and let go, so none of them finished.',
  );
});

test('in a ring of three, the loop has three waits and the two that went on are counted', () => {
  const ring: DeadlockResult = {
    workers: 3,
    ordered: false,
    runMs: 1400,
    completed: 2,
    outcomes: [
      { workerId: 1, first: 0, second: 1, outcome: 'gave-up' },
      { workerId: 2, first: 1, second: 2, outcome: 'done' },
      { workerId: 3, first: 2, second: 0, outcome: 'done' },
    ],
    lanes: [
      { thread: 1, spans: [{ kind: 'wait', lock: 1, startMs: 100, endMs: 1100, gaveUp: true }] },
      { thread: 2, spans: [{ kind: 'hold', lock: 1, startMs: 0, endMs: 1350.2 }] },
      { thread: 3, spans: [{ kind: 'hold', lock: 2, startMs: 0, endMs: 1250.6 }] },
    ],
    cycle: [
      { waiter: 1, lock: 1, holder: 2 },
      { waiter: 2, lock: 2, holder: 3 },
      { waiter: 3, lock: 0, holder: 1 },
    ],
    detectedBy: 1,
    detectedAtMs: 1100,
  };
  const sentences = lesson.explain({ result: ring, settings: { ...settings, workers: 3 } }, 'timeout', 'en');
  expect(sentences[2]).toContain('W1 → B → W2 → C → W3 → A → W1');
  expect(sentences[3]).toContain(
    'That let the others go on: 2 of 3 workers finished, the last 1350 ms after the start.',
  );
  expect(lesson.question({ ...settings, workers: 3 }, 'en').choices[0]!.label).toBe(
    'All finish: some may wait their turn, then go on',
  );
});

test('one lock order is explained as no cycle, with each wait and the time all took', () => {
  const sentences = lesson.explain(
    { result: ordered, settings: { ...settings, ordered: true } },
    'finish',
    'en',
  );
  expect(sentences[0]).toBe(
    'You expected every worker to finish. Every worker took its locks in one global order: worker 1 A, then B; worker 2 A, then B.',
  );
  expect(sentences[1]).toBe('That is what happened: no cycle of waits formed, and every worker finished.');
  expect(sentences[2]).toContain('Worker 2 waited 201 ms for A; both workers finished in 402 ms.');
  const zh = lesson.explain({ result: ordered, settings: { ...settings, ordered: true } }, 'timeout', 'zh');
  expect(zh[1]).toBe('和你预测的不一样：等待没有形成环，每个 Worker 都完成了。');
  expect(zh[2]).toContain('Worker 2 等 A 等了 201 毫秒；两个 Worker 在 402 毫秒内都完成了。');
});

test('a timeout with no cycle is a slow worker, not a deadlock; opposite order that slipped through says so', () => {
  const slow: DeadlockResult = {
    ...ordered,
    completed: 1,
    outcomes: [ordered.outcomes[0]!, { ...ordered.outcomes[1]!, outcome: 'gave-up' }],
    lanes: [
      ordered.lanes[0]!,
      { thread: 2, spans: [{ kind: 'wait', lock: 0, startMs: 0, endMs: 150.2, gaveUp: true }] },
    ],
    detectedBy: 2,
    detectedAtMs: 150.2,
  };
  const sentences = lesson.explain(
    { result: slow, settings: { ...settings, timeoutMs: 150 } },
    'finish',
    'en',
  );
  expect(sentences[0]).toContain(
    'Worker 2 gave up on A after waiting 150 ms (its timeout is 150 ms), but no cycle',
  );
  expect(sentences[1]).toBe('Not quite: a lock call timed out, but no cycle of waits had formed.');
  expect(sentences[2]).toBe('1 of 2 workers finished; the run took 402 ms.');
  // A timeout too short for the work is no matter of timing: "it depends on timing" is not borne out.
  const timingSaid = lesson.explain(
    { result: slow, settings: { ...settings, timeoutMs: 150 } },
    'timing',
    'en',
  );
  expect(timingSaid[1]).toBe('Not quite: a lock call timed out, but no cycle of waits had formed.');
  const zhTiming = lesson.explain(
    { result: slow, settings: { ...settings, timeoutMs: 150 } },
    'timing',
    'zh',
  );
  expect(zhTiming[1]).toBe('和你预测的不一样：有一次加锁超时了，但等待并没有形成环。');
});

test('opposite order that slipped through bears out "it depends on timing", not "both finish"', () => {
  const run = { result: { ...ordered, ordered: false }, settings };
  const slipped = lesson.explain(run, 'timing', 'en');
  expect(slipped[0]).toBe(
    'You expected it to depend on timing. Worker 2 waited 201 ms for A; both workers finished in 402 ms.',
  );
  expect(slipped[1]).toBe(
    'That is what happened: every worker finished this time, because no loop of waits happened to close.',
  );
  expect(slipped[2]).toContain('This run slipped through');
  expect(slipped).toHaveLength(3);
  expect(lesson.explain(run, 'finish', 'en')[1]).toBe(
    'Not quite: every worker finished this time, because no loop of waits happened to close.',
  );
  expect(lesson.explain(run, 'timing', 'zh')[1]).toBe(
    '结果和你预测的一样：这一次每个 Worker 都完成了，因为等待碰巧没有连成环。',
  );
});
