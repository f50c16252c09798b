// The barrier section's words, in English and 简体中文 (the page's shared words are in sync-lab-messages.ts).
import type { Bilingual } from '../../ui/lang.ts';

const en = {
  barTitle: 'A barrier between phases',
  barHelp:
    'Each worker works through phases of uneven length and waits at a Barrier after each. Nobody starts the next phase until the last worker has finished this one, so the waits end together at each release.',
  barOk: (phases: number) =>
    `✓ In all ${phases} phases, no worker began the next phase before the last one arrived at the barrier.`,
  barBad: (n: number) => `✗ ${n} phase starts came before the barrier opened.`,
  barWork: () => 'works on a phase',
  barWait: () => 'waits at the barrier',
  barTimeline: (k: number) => `${k} workers, their phases and their waits at the barrier`,
};

export const barrierMessages: Bilingual<typeof en> = {
  en,
  zh: {
    barTitle: '阶段之间的屏障',
    barHelp:
      '每个 Worker 依次完成长短不一的几个阶段，每个阶段之后在屏障（Barrier）处等待。在最后一个 Worker 完成这一阶段之前，谁也不会开始下一阶段，所以每次放行时，所有 Worker 的等待同时结束。',
    barOk: (phases: number) =>
      `✓ 在全部 ${phases} 个阶段中，没有哪个 Worker 在最后一个 Worker 到达屏障之前就开始下一阶段。`,
    barBad: (n: number) => `✗ 有 ${n} 次在屏障放行之前就开始了下一阶段。`,
    barWork: () => '执行一个阶段',
    barWait: () => '在屏障处等待',
    barTimeline: (k: number) => `${k} 个 Worker 的各个阶段，以及它们在屏障处的等待`,
  },
};
