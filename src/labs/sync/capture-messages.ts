// The capture section's words, in English and 简体中文 (the page's shared words are in sync-lab-messages.ts).
import type { Overwrite } from './engine/sim/race-log.ts';
import type { Bilingual } from '../../ui/lang.ts';

const en = {
  /** Between two sentences of one line: a space in English, none after a Chinese full stop. */
  sentenceGap: ' ',
  captureTitle: 'The interleaving that lost an update',
  captureHelp:
    'A short plain race, logged: every read and write of the counter takes its place in line in the same atomic step as the access (the counter and a sequence number share one 64-bit word), so the log shows the real order, and each write’s value tells whether it undid other workers’ increments.',
  capture: 'Capture a race',
  counted: (actual: number, expected: number) =>
    actual === expected
      ? `The counter reached ${actual} of ${expected}.`
      : `The counter reached ${actual} of ${expected}: ${expected - actual} update${expected - actual === 1 ? '' : 's'} lost.`,
  noLoss: 'No update was lost in this capture; capture again.',
  explained: (overwrites: number, wiped: number, restored: number, total: number) =>
    `Among ${total} logged accesses, ${overwrites} stale write${overwrites === 1 ? '' : 's'} undid ${wiped} increment${wiped === 1 ? '' : 's'}` +
    (restored > 0 ? `, and late writes put ${restored} back` : '') +
    `: exactly what the counter lost. The first one, step by step:`,
  unexplained: (why: 'incomplete' | 'out-of-order', logged: number, accesses: number) =>
    why === 'incomplete'
      ? `The log holds ${logged} of the ${accesses} accesses, so it cannot show which writes undid the lost updates.`
      : 'A read in the log did not see the latest write before it, so its order cannot show which writes undid the lost updates.',
  step: (i: number, n: number) => `Step ${i} of ${n}`,
  back: 'Back',
  forward: 'Forward',
  toStart: 'To the stale read',
  toOverwrite: 'To the overwrite',
  reads: (value: number) => `reads ${value}`,
  writes: (value: number) => `writes ${value}`,
  lostNote: ({ overwritten, overwrite, staleRead, wiped }: Overwrite) =>
    wiped === 1
      ? `Worker ${overwrite.worker} writes ${overwrite.value} over worker ${overwritten.worker}’s ${overwritten.value}: both built on ${staleRead.value}, so one update lost.`
      : `Worker ${overwrite.worker} writes ${overwrite.value} over worker ${overwritten.worker}’s ${overwritten.value}: it read ${staleRead.value} before the last ${wiped} increments, so ${wiped} updates lost.`,
};

export const captureMessages: Bilingual<typeof en> = {
  en,
  zh: {
    sentenceGap: '',
    captureTitle: '丢失更新的交错顺序',
    captureHelp:
      '一次简短的、带记录的普通（不加锁）竞态条件：对计数器的每次读和写，都在完成访问的同一个原子步骤里领取自己的序号（计数器和序号共用一个 64 位字），所以记录显示的就是真实顺序；从每次写入的值可以看出它是否抹掉了其他 Worker 的加一。',
    capture: '捕获一次竞态条件',
    counted: (actual: number, expected: number) =>
      actual === expected
        ? `计数器最终为 ${actual}（期望值 ${expected}）。`
        : `计数器最终为 ${actual}（期望值 ${expected}）：丢失了 ${expected - actual} 次更新。`,
    noLoss: '这次捕获没有丢失更新；请再捕获一次。',
    explained: (overwrites: number, wiped: number, restored: number, total: number) =>
      `在记录下的 ${total} 次访问中，${overwrites} 次过时的写入抹掉了 ${wiped} 次加一` +
      (restored > 0 ? `，迟到的写入又补回了 ${restored} 次` : '') +
      `：正好是计数器丢失的数量。下面逐步展示第一次覆盖：`,
    unexplained: (why: 'incomplete' | 'out-of-order', logged: number, accesses: number) =>
      why === 'incomplete'
        ? `记录只保存了 ${accesses} 次访问中的 ${logged} 次，无法指出是哪些写入抹掉了丢失的更新。`
        : '记录中有一次读取没有读到它之前最新的写入，所以这个顺序无法指出是哪些写入抹掉了丢失的更新。',
    step: (i: number, n: number) => `第 ${i} / ${n} 步`,
    back: '后退',
    forward: '前进',
    toStart: '回到过时的读取',
    toOverwrite: '跳到覆盖写入',
    reads: (value: number) => `读到 ${value}`,
    writes: (value: number) => `写入 ${value}`,
    lostNote: ({ overwritten, overwrite, staleRead, wiped }: Overwrite) =>
      wiped === 1
        ? `Worker ${overwrite.worker} 写入 ${overwrite.value}，覆盖了 Worker ${overwritten.worker} 写入的 ${overwritten.value}：两者都基于 ${staleRead.value}，所以丢失了一次更新。`
        : `Worker ${overwrite.worker} 写入 ${overwrite.value}，覆盖了 Worker ${overwritten.worker} 写入的 ${overwritten.value}：它读到 ${staleRead.value} 之后，计数器又被加了 ${wiped} 次，所以丢失了 ${wiped} 次更新。`,
  },
};
