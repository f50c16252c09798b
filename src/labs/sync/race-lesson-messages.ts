import type { Bilingual } from '../../ui/lang.ts';

const en = {
  prompt: (workers: number, m: string, total: string) =>
    `${workers} workers each add 1 to one shared counter ${m} times: read it, then write it back plus 1. Of the ${total} increments, how many will be lost?`,
  choices: {
    none: 'None: every increment counts',
    few: 'A few: under 1%',
    many: 'Many: 1% or more',
    unsure: 'I am not sure',
  },
  expected: {
    none: 'You expected no update to be lost.',
    few: 'You expected a few updates to be lost.',
    many: 'You expected many updates to be lost.',
  },
  happened: {
    none: 'no update was lost this time',
    few: 'a few updates were lost',
    many: 'many updates were lost',
  },
  runs: 'Runs the race three ways, with the lab’s inputs: plain reads and writes, Atomics.add, and a mutex around each increment.',
  needsShared: 'This step needs shared memory for its counter:',
  fixInputs: 'Fix the race inputs marked below, then run the step.',
  measured: (workers: number, lost: string, expected: string, percent: string, actual: string) =>
    `With plain reads and writes, ${workers} workers lost ${lost} of ${expected} updates (${percent}%): the counter ended at ${actual}.`,
  why: 'Each increment is a read, then a write. When two workers read the same value before either writes, the second write overwrites the first and one update is lost: a race condition, what the article calls resource contention.',
  fixes: (
    atomicLost: string,
    atomicNs: string,
    plainNs: string,
    mutexLost: string,
    mutexNs: string,
    x: string,
  ) =>
    `Atomics.add makes the read and the write one indivisible step: ${atomicLost} lost, at ${atomicNs} ns per increment against ${plainNs} ns for the plain loop. The mutex lost ${mutexLost} too, at ${mutexNs} ns per increment, ${x}× the cost of Atomics.add: every increment waits for the lock and hands it over.`,
};

export const raceLessonMessages: Bilingual<typeof en> = {
  en,
  zh: {
    prompt: (workers: number, m: string, total: string) =>
      `${workers} 个 Worker 各自把同一个共享计数器加 1，每个加 ${m} 次：先读出，再加 1 写回。在总共 ${total} 次加一中，会丢失多少次更新？`,
    choices: {
      none: '一次也不会：每次加一都算数',
      few: '少数几次：不到 1%',
      many: '很多：1% 或更多',
      unsure: '不确定',
    },
    expected: {
      none: '你预测不会丢失任何更新。',
      few: '你预测会丢失少数几次更新。',
      many: '你预测会丢失很多次更新。',
    },
    happened: {
      none: '这次没有丢失任何更新',
      few: '丢失了少数几次更新',
      many: '丢失了很多次更新',
    },
    runs: '用实验的输入，以三种方式运行这个竞态条件实验：普通读写、Atomics.add，以及每次加一都加互斥锁。',
    needsShared: '这一步的计数器需要共享内存：',
    fixInputs: '请先修正下面竞态条件实验中标出的输入，再运行这一步。',
    measured: (workers: number, lost: string, expected: string, percent: string, actual: string) =>
      `使用普通读写时，${workers} 个 Worker 在 ${expected} 次更新中丢失了 ${lost} 次（${percent}%）：计数器最后停在 ${actual}。`,
    why: '每次加一都是先读、再写。当两个 Worker 在任何一方写回之前读到了同一个值，后写的就会覆盖先写的，一次更新就此丢失：这就是竞态条件，也就是文章所说的“资源竞争”。',
    fixes: (
      atomicLost: string,
      atomicNs: string,
      plainNs: string,
      mutexLost: string,
      mutexNs: string,
      x: string,
    ) =>
      `Atomics.add 把读和写变成一个不可分割的步骤：丢失 ${atomicLost} 次，每次加一耗时 ${atomicNs} 纳秒，而普通循环是 ${plainNs} 纳秒。互斥锁同样丢失 ${mutexLost} 次，每次加一耗时 ${mutexNs} 纳秒，是 Atomics.add 的 ${x} 倍：每次加一都要等锁，用完再把锁交接出去。`,
  },
};
