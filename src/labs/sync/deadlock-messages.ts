// The deadlock section's words, in English and 简体中文 (the page's shared words are in sync-lab-messages.ts).
import type { DemoReport } from './engine/lock-demos/demo-protocol.ts';
import type { LOCK_ORDERS } from './sync-params.ts';
import type { Bilingual } from '../../ui/lang.ts';

const en = {
  deadlockTitle: 'Deadlock, and the fix',
  deadlockHelp:
    'Each worker takes two mutexes: its own, works a while holding it, then its neighbour’s. In opposite order each ends up holding what the other wants, and both block. A lock timeout notices: the worker that times out reports what it holds and what it waits for, then lets go. Taking the locks in one global order (lowest first) leaves no cycle, and every worker finishes.',
  order: 'Lock order',
  orders: {
    opposite: 'each takes its own lock, then its neighbour’s (opposite order)',
    same: 'one global order: the lower-lettered lock first (the fix)',
  } satisfies Record<(typeof LOCK_ORDERS)[number], string>,
  liveTitle: 'Now',
  holdsLock: (worker: number, lock: string) => `worker ${worker} holds ${lock}`,
  waitsLock: (worker: number, lock: string) => `worker ${worker} waits for ${lock}`,
  workerWaitsFor: (worker: number, lock: string, holder: number) =>
    `worker ${worker} waits for ${lock}, held by worker ${holder}`,
  deadlockFound: (by: number, atMs: number) =>
    `Deadlock: found by worker ${by}’s lock timeout, ${Math.round(atMs)} ms after the start. The cycle of waits it saw:`,
  deadlockNoCycle:
    'A lock call timed out, but the waits formed no cycle at that moment (a worker was only slow): raise the timeout.',
  deadlockAfter:
    'The worker that timed out released its lock, so its neighbour could go on: a timeout breaks a deadlock, it does not prevent one.',
  deadlockAllGaveUp:
    'Every worker timed out at about the same moment and let go, so nobody finished. Code that retries after a timeout waits a random back-off first, so that one of them wins next time.',
  orderedDone: (k: number, ms: number) =>
    `All ${k} workers finished in ${Math.round(ms)} ms: with one lock order no cycle of waits can form. Some waited, none forever.`,
  /** All finished although they took the locks in opposite order: no cycle closed this time. */
  slippedDone: (k: number, ms: number) =>
    `All ${k} workers finished in ${Math.round(ms)} ms, but only because no cycle of waits happened to close this time: one worker got both locks before another took its first. In opposite order the next run may deadlock.`,
  columnsDeadlock: { worker: 'Worker', order: 'Takes', outcome: 'Outcome' },
  outcomes: {
    done: 'got both locks and finished',
    'gave-up': 'gave up at its timeout and released its lock',
  } satisfies Record<DemoReport['outcome'], string>,
  graphTitle: 'Wait-for graph',
  graphHelp:
    'A solid arrow goes from a lock to the worker holding it; a dashed arrow from a worker to the lock it waits for. A loop of arrows is a deadlock.',
  deadlockTimeline: (k: number) => `Holds and waits of ${k} workers, one row per lock`,
};

export const deadlockMessages: Bilingual<typeof en> = {
  en,
  zh: {
    deadlockTitle: '死锁及其修复',
    deadlockHelp:
      '每个 Worker 获取两把互斥锁：先拿自己的，持有它工作一会儿，再拿邻居的。以相反的顺序获取时，每个 Worker 都持有对方想要的锁，于是都阻塞了。锁超时会发现这一点：超时的 Worker 报告它持有哪把锁、在等哪把锁，然后释放自己的锁。按同一个全局顺序（字母靠前的先拿）获取锁就不会形成环，每个 Worker 都能完成。',
    order: '加锁顺序',
    orders: {
      opposite: '先拿自己的锁，再拿邻居的（相反顺序）',
      same: '同一个全局顺序：字母靠前的锁先拿（修复）',
    },
    liveTitle: '此刻',
    holdsLock: (worker: number, lock: string) => `Worker ${worker} 持有 ${lock}`,
    waitsLock: (worker: number, lock: string) => `Worker ${worker} 在等锁 ${lock}`,
    workerWaitsFor: (worker: number, lock: string, holder: number) =>
      `Worker ${worker} 在等锁 ${lock}，而锁 ${lock} 由 Worker ${holder} 持有`,
    deadlockFound: (by: number, atMs: number) =>
      `死锁：开始后 ${Math.round(atMs)} 毫秒，Worker ${by} 的锁等待超时，发现了这个死锁。它看到的等待环：`,
    deadlockNoCycle: '有一次加锁超时了，但当时的等待并没有形成环（只是某个 Worker 慢了）：请调大超时。',
    deadlockAfter: '超时的 Worker 释放了它的锁，于是它的邻居得以继续：超时能打破死锁，却不能预防死锁。',
    deadlockAllGaveUp:
      '所有 Worker 几乎同时超时并释放了锁，于是谁也没有完成。超时后重试的代码会先随机退避一段时间，好让下一次有一个 Worker 能抢先拿到两把锁。',
    orderedDone: (k: number, ms: number) =>
      `全部 ${k} 个 Worker 在 ${Math.round(ms)} 毫秒内完成：所有 Worker 按同一个顺序加锁时，等待不可能形成环。有的 Worker 等待过，但没有一个永远等下去。`,
    slippedDone: (k: number, ms: number) =>
      `全部 ${k} 个 Worker 在 ${Math.round(ms)} 毫秒内完成，但这只是因为这一次等待碰巧没有连成环：一个 Worker 在别人拿到第一把锁之前就拿到了两把锁。以相反的顺序加锁，下一次运行就可能死锁。`,
    columnsDeadlock: { worker: 'Worker', order: '获取顺序', outcome: '结果' },
    outcomes: {
      done: '拿到两把锁并完成',
      'gave-up': '超时后放弃，并释放了它的锁',
    },
    graphTitle: '等待图',
    graphHelp:
      '实线箭头从锁指向持有它的 Worker；虚线箭头从 Worker 指向它等待的锁。箭头连成一个环，就是死锁。',
    deadlockTimeline: (k: number) => `${k} 个 Worker 的持有与等待，每把锁一行`,
  },
};
