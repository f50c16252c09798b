import type { Bilingual } from '../../ui/lang.ts';

const en = {
  title: 'Speedup',
  intro:
    'How much faster do k workers finish than one? Sweep the number of workers, repeat, and plot speedup against the ideal line.',
  heading: 'What this lab will let you run',
  planned: [
    'A sweep of 1 to 2x the core count, so oversubscription shows.',
    'Speedup and efficiency charts with the ideal line and an Amdahl fit of the serial fraction.',
    'Several sweeps overlaid (GIL on and off, coarse and fine chunks), with CSV, JSON, SVG and PNG export.',
  ] as readonly string[],
};

export const speedupLabMessages: Bilingual<typeof en> = {
  en,
  zh: {
    title: '加速比',
    intro: 'k 个 Worker 比一个快多少?扫描 Worker 数量、重复测量，并把加速比与理想直线画在一起。',
    heading: '这个实验将让你运行什么',
    planned: [
      '从 1 到核心数 2 倍的扫描，可以看到超额订阅的效果。',
      '带理想直线和阿姆达尔定律拟合（串行比例）的加速比与效率图。',
      '多次扫描叠加对比（GIL 开与关、粗粒度与细粒度分块），可导出 CSV、JSON、SVG 和 PNG。',
    ],
  },
};
