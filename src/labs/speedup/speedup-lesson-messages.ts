import type { Bilingual } from '../../ui/lang.ts';

const en = {
  prompt: (big: number, cores: number) =>
    `The same sum on 1 to ${big} workers, on a machine that reports ${cores} ${cores === 1 ? 'core' : 'cores'}. Where will the speedup be at ${big} workers?`,
  choices: {
    keeps: (big: number) => `Still climbing: close to ${big}×`,
    flat: (cores: number) => `About where it was at ${cores} ${cores === 1 ? 'worker' : 'workers'}`,
    drop: (cores: number) => `Lower than at ${cores} ${cores === 1 ? 'worker' : 'workers'}`,
    unsure: 'I am not sure',
  },
  expected: {
    keeps: 'You expected the speedup to keep climbing past the cores.',
    flat: 'You expected the speedup to level off past the cores.',
    drop: 'You expected the speedup to fall past the cores.',
  },
  happened: {
    keeps: 'the speedup kept climbing past the cores',
    flat: 'the speedup levelled off past the cores',
    drop: 'the speedup fell past the cores',
  },
  runs: (big: number) =>
    `Sweeps the lab’s workload over 1 to ${big} workers, a few repeats each, and fits Amdahl’s law.`,
  needsPastCores: (cores: number) =>
    `Set “Workers up to (K)” above ${cores} to see what happens past the cores; here is what this sweep shows.`,
};

export const speedupLessonMessages: Bilingual<typeof en> = {
  en,
  zh: {
    prompt: (big: number, cores: number) =>
      `在报告有 ${cores} 个核心的机器上，用 1 到 ${big} 个 Worker 做同样的求和。到 ${big} 个 Worker 时，加速比会是多少？`,
    choices: {
      keeps: (big: number) => `继续上升：接近 ${big} 倍`,
      flat: (cores: number) => `和 ${cores} 个 Worker 时差不多`,
      drop: (cores: number) => `比 ${cores} 个 Worker 时更低`,
      unsure: '不确定',
    },
    expected: {
      keeps: '你预测加速比在超过核心数后会继续上升。',
      flat: '你预测加速比在超过核心数后会趋于平稳。',
      drop: '你预测加速比在超过核心数后会下降。',
    },
    happened: {
      keeps: '超过核心数后加速比继续上升',
      flat: '超过核心数后加速比趋于平稳',
      drop: '超过核心数后加速比下降了',
    },
    runs: (big: number) =>
      `让本实验的工作负载依次在 1 到 ${big} 个 Worker 上运行，每种数量重复几次，并拟合阿姆达尔定律。`,
    needsPastCores: (cores: number) =>
      `把“Worker 数量上限（K）”设为大于 ${cores}，才能看到超过核心数之后的情况；下面是这次扫描的结果。`,
  },
};
