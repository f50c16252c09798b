// The words of the reading under the efficiency chart, in English and 简体中文.
import type { Bilingual } from '../lang.ts';

/** "a, b and c" / "a、b 和 c" */
const list = (items: readonly string[], separator: string, and: string) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(separator)} ${and} ${items.at(-1)}`;

const en = {
  /** One point: its efficiency as the table shows it ("97%"), at a worker count. */
  at: (percent: string, workers: number) => `${percent} with ${workers}`,
  values: (items: readonly string[]) =>
    `Efficiency, the speedup divided by the workers, was ${list(items, ', ', 'and')}.`,
  stayed: (last: number) =>
    `It stayed at 90% or more at every count measured, up to ${last} workers: each worker paid off almost in full.`,
  fell: (before: number, workers: number, percent: string, withinCores: boolean, cores: number) =>
    (before === 1
      ? `It fell below 90% already at ${workers} workers (${percent})`
      : `It stayed at 90% or more up to ${before} workers and first fell below at ${workers} (${percent})`) +
    (withinCores
      ? `, within the ${cores} cores: costs that do not shrink with more workers, such as starting them and handing out and collecting the work, weigh more as each worker’s share gets smaller.`
      : `, past the ${cores} cores.`),
  pastCores: (
    cores: number,
    measured: readonly string[],
    ceilings: readonly string[],
    workers: readonly number[],
  ) => {
    const counts = list(workers.map(String), ', ', 'and');
    return `Past the ${cores} ${cores === 1 ? 'core' : 'cores'} the workers outnumber the cores and take turns on them: at most ${cores} run at any moment, so efficiency can be at most cores ÷ workers, ${list(ceilings, ', ', 'and')} at ${counts} workers. The sweep measured ${list(measured, ', ', 'and')}: `;
  },
  shapes: {
    turns:
      'about what taking turns alone leaves (the ceiling times the efficiency at the cores), so the extra workers added no speed and cost little.',
    costly:
      'less than taking turns alone would leave (the ceiling times the efficiency at the cores), so switching between more workers than cores cost time of its own.',
    better:
      'more than taking turns alone would leave (the ceiling times the efficiency at the cores): the point at the cores ran slower than its cores allow, and the later points made some of that up. Read these points with their spread; more repeats per point steady them.',
    above:
      'more than the ceiling, so the browser may report fewer cores than the machine has, or the work waits on something other than a core.',
  },
  notPast: (cores: number) =>
    `The sweep did not go past the ${cores} ${cores === 1 ? 'core' : 'cores'}: a sweep to more workers than cores shows what oversubscription does.`,
};

export const efficiencyReadingMessages: Bilingual<typeof en> = {
  en,
  zh: {
    at: (percent: string, workers: number) => `${workers} 个 Worker 时为 ${percent}`,
    values: (items: readonly string[]) => `效率即加速比除以 Worker 数：${items.join('，')}。`,
    stayed: (last: number) =>
      `在测量的每个 Worker 数下（最多 ${last} 个），效率都不低于 90%：每个 Worker 几乎都充分发挥了作用。`,
    fell: (before: number, workers: number, percent: string, withinCores: boolean, cores: number) =>
      (before === 1
        ? `到 ${workers} 个 Worker 时效率就已跌破 90%（${percent}）`
        : `直到 ${before} 个 Worker，效率都不低于 90%，到 ${workers} 个时首次跌破（${percent}）`) +
      (withinCores
        ? `，这还在 ${cores} 个核心以内：启动 Worker、分发和收集工作这些不随 Worker 增加而缩短的开销，随着每个 Worker 分到的工作变少，所占的比重越来越大。`
        : `，这已经超过了 ${cores} 个核心。`),
    pastCores: (
      cores: number,
      measured: readonly string[],
      ceilings: readonly string[],
      workers: readonly number[],
    ) => {
      const counts = list(workers.map(String), '、', '和');
      return `超过 ${cores} 个核心后，Worker 多于核心，只能轮流使用核心：任一时刻最多只有 ${cores} 个在运行，所以效率最多是核心数 ÷ Worker 数，在 ${counts} 个 Worker 时${workers.length > 1 ? '分别' : ''}为 ${list(ceilings, '、', '和')}。这次扫描测得 ${list(measured, '、', '和')}：`;
    },
    shapes: {
      turns:
        '与单纯轮流运行所能达到的效率相当（上限乘以 Worker 数等于核心数时的效率），说明多出来的 Worker 没有带来提速，代价也不大。',
      costly:
        '低于单纯轮流运行所能达到的效率（上限乘以 Worker 数等于核心数时的效率），说明在多于核心数的 Worker 之间切换，本身也要花时间。',
      better:
        '高于单纯轮流运行所能达到的效率（上限乘以 Worker 数等于核心数时的效率）：Worker 数等于核心数的那个点跑得比这些核心应有的速度慢，后面的点把差距追回了一些。读这些点时要看它们的波动范围；每个点多重复几次，结果会更稳定。',
      above: '高于这个上限，可能是浏览器报告的核心数少于机器实际的核心数，或者这项工作在等待核心以外的资源。',
    },

    notPast: (cores: number) =>
      `这次扫描没有超过 ${cores} 个核心：要让扫描的 Worker 多于核心，才能看出超额订阅的影响。`,
  },
};
