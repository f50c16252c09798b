// The words of the reading under the race section's histogram, in English and 简体中文.
import type { Bilingual } from '../../ui/lang.ts';

const en = {
  lossyRuns: (lossy: number, runs: number) =>
    runs === 1
      ? lossy === 0
        ? 'The run lost no update.'
        : 'The run lost updates.'
      : lossy === 0
        ? `None of the ${runs} runs lost an update.`
        : lossy === runs
          ? `All ${runs} runs lost updates.`
          : `${lossy} of the ${runs} runs lost updates.`,
  /** Every run ended at the same count. */
  spreadNone: (final: string, expected: string, lost: string, percent: string) =>
    `The counter ended at ${final} of ${expected}: ${lost} updates (${percent}%) lost.`,
  spread: (
    minFinal: string,
    maxFinal: string,
    expected: string,
    minLost: string,
    maxLost: string,
    medianLost: string,
    percent: string,
  ) =>
    `The counter ended between ${minFinal} and ${maxFinal} of ${expected}: ${minLost} to ${maxLost} updates lost in a run, ${medianLost} (${percent}%) in the median run.`,
  plainAll:
    'Every run lost updates, and how many changed from run to run: the race happens every time, and what it costs depends on how the workers’ reads and writes happened to interleave, which no run repeats.',
  plainAllSame:
    'The race happened: what it costs depends on how the workers’ reads and writes happen to interleave, and repeated runs show how much that changes.',
  plainSome:
    'Some runs lost nothing: whether the race bites at all depends on timing, so a run that lost nothing does not show that the code is safe.',
  plainNone:
    'The race is still there: no worker’s read and write happened to be split by another’s this time. More busy work between them, or more increments, widens the window.',
  safeNone: {
    atomic:
      'That is what Atomics.add promises: each increment is one indivisible step, so no run loses one, however the workers interleave.',
    mutex:
      'That is what the mutex promises: one worker at a time reads and writes the counter, so no run loses an update, however the workers interleave.',
  },
  safeLost: {
    atomic: 'Atomics.add should lose nothing: a loss here is a bug, not a race.',
    mutex: 'The mutex should lose nothing: a loss here is a bug, not a race.',
  },
};

export const histogramReadingMessages: Bilingual<typeof en> = {
  en,
  zh: {
    lossyRuns: (lossy: number, runs: number) =>
      runs === 1
        ? lossy === 0
          ? '这次运行没有丢失更新。'
          : '这次运行丢失了更新。'
        : lossy === 0
          ? `${runs} 次运行都没有丢失更新。`
          : lossy === runs
            ? `${runs} 次运行全都丢失了更新。`
            : `${runs} 次运行中有 ${lossy} 次丢失了更新。`,
    spreadNone: (final: string, expected: string, lost: string, percent: string) =>
      `计数器最终停在 ${final}（期望值 ${expected}）：丢失了 ${lost} 次更新（${percent}%）。`,
    spread: (
      minFinal: string,
      maxFinal: string,
      expected: string,
      minLost: string,
      maxLost: string,
      medianLost: string,
      percent: string,
    ) =>
      `计数器最终停在 ${minFinal} 到 ${maxFinal} 之间（期望值 ${expected}）：每次运行丢失 ${minLost} 到 ${maxLost} 次更新，中位数为 ${medianLost} 次（${percent}%）。`,
    plainAll:
      '每次运行都丢失了更新，而且每次丢失的数量都不一样：竞态条件每次都会发生，代价有多大取决于各个 Worker 的读和写恰好怎样交错，而没有哪次运行会重复同样的交错。',
    plainAllSame:
      '竞态条件发生了：代价有多大取决于各个 Worker 的读和写恰好怎样交错，多运行几次就能看出它变化多大。',
    plainSome:
      '有的运行一次也没有丢失：竞态条件会不会造成损失取决于时机，所以某次运行没有丢失更新，并不能说明代码是安全的。',
    plainNone:
      '竞态条件依然存在：只是这次没有哪个 Worker 的读和写恰好被另一个 Worker 打断。在读与写之间多做一些空循环，或者增加加一的次数，都会扩大这个窗口。',
    safeNone: {
      atomic:
        '这正是 Atomics.add 所保证的：每次加一都是一个不可分割的步骤，所以无论 Worker 怎样交错，都不会丢失更新。',
      mutex:
        '这正是互斥锁所保证的：同一时刻只有一个 Worker 读写计数器，所以无论 Worker 怎样交错，都不会丢失更新。',
    },
    safeLost: {
      atomic: 'Atomics.add 不应丢失任何更新：这里的丢失是程序错误，而不是竞态条件。',
      mutex: '互斥锁不应丢失任何更新：这里的丢失是程序错误，而不是竞态条件。',
    },
  },
};
