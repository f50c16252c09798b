import type { Bilingual } from '../lang.ts';

/** "2, 3 and 4" / "2、3 和 4" */
const list = (items: readonly (string | number)[], separator: string, and: string) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(separator)} ${and} ${items.at(-1)}`;

const en = {
  atCores: (k: number, onePerCore: boolean, speedup: string, efficiency: string) =>
    `With ${k} workers${onePerCore ? ', one per core,' : ''} the speedup was ${speedup}× (efficiency ${efficiency}%).`,
  pastCores: (
    cores: number,
    workers: readonly number[],
    speedups: readonly string[],
    shape: 'rises' | 'flattens' | 'falls',
  ) =>
    `Past the ${cores} ${cores === 1 ? 'core' : 'cores'}, ${list(workers, ', ', 'and')} workers gave ${list(speedups, ', ', 'and')}×: ` +
    (shape === 'flattens'
      ? 'the extra workers take turns on the same cores, so the curve flattens there.'
      : shape === 'falls'
        ? 'the extra workers take turns on the same cores and the switching costs show, so the curve falls.'
        : 'the curve still rises, so the browser may report fewer cores than the machine has, or the work waits on something other than a core.'),
  amdahl: (fitted: number, percent: string, cap: string) =>
    `Fitted to 1 to ${fitted} workers, Amdahl’s law finds a serial fraction of ${percent}%: a share of the run that more workers do not shorten, which would cap the speedup at ${cap}×.`,
  fitContradicted: (fitted: number, percent: string, cap: string, k: number, speedup: string) =>
    `Fitted to 1 to ${fitted} workers, Amdahl’s law finds a serial fraction of ${percent}%, which would cap the speedup at ${cap}×; yet ${k} workers reached ${speedup}×. So the fit does not describe this sweep: its few points up to the cores are too noisy (a slow run among them) for a serial fraction to mean anything. More repeats per point, or a larger problem, steady them.`,
  whatSerialIs: (percent: string) =>
    `The loop itself has no serial part: the ${percent}% stands for the costs that do not shrink when workers are added here, such as starting workers, handing out work and collecting results, and the machine’s other programs.`,
  whatSerialMayBe: (percent: string) =>
    `The ${percent}% is whatever of the run more workers did not shorten: serial parts of the code, items of unequal size (the last one running alone while the other workers wait), and the costs of starting workers, handing out work and collecting results.`,
  noSerial: (fitted: number, percent: string) =>
    `Fitted to 1 to ${fitted} workers, Amdahl’s law finds a serial fraction of ${percent}%, no serial part to speak of: every worker up to the cores paid off in full.`,
  gustafson: (k: number, scaled: string) =>
    `Gustafson’s view of the same fraction: if each worker had as much work as the first, ${k} workers would do ${scaled}× the work in the same time. More workers pay off best on bigger problems.`,
};

export const sweepReadingMessages: Bilingual<typeof en> = {
  en,
  zh: {
    atCores: (k: number, onePerCore: boolean, speedup: string, efficiency: string) =>
      `${k} 个 Worker${onePerCore ? '（每个核心一个）' : ' '}的加速比为 ${speedup}（效率 ${efficiency}%）。`,
    pastCores: (
      cores: number,
      workers: readonly number[],
      speedups: readonly string[],
      shape: 'rises' | 'flattens' | 'falls',
    ) =>
      `超过 ${cores} 个核心后，${list(workers, '、', '和')} 个 Worker 的加速比${workers.length > 1 ? '分别' : ''}为 ${list(speedups, '、', '和')}：` +
      (shape === 'flattens'
        ? '多出来的 Worker 只能轮流使用同样的核心，所以曲线在这里趋于平稳。'
        : shape === 'falls'
          ? '多出来的 Worker 轮流使用同样的核心，切换的开销也显现出来，所以曲线下降了。'
          : '曲线仍在上升，可能是浏览器报告的核心数少于机器实际的核心数，或者这项工作在等待核心以外的资源。'),
    amdahl: (fitted: number, percent: string, cap: string) =>
      `用 1 到 ${fitted} 个 Worker 拟合阿姆达尔定律，得到的串行比例为 ${percent}%：这部分用时不会因为增加 Worker 而缩短，它会把加速比限制在 ${cap} 以内。`,
    fitContradicted: (fitted: number, percent: string, cap: string, k: number, speedup: string) =>
      `用 1 到 ${fitted} 个 Worker 拟合阿姆达尔定律，得到的串行比例为 ${percent}%，按它加速比最多 ${cap}；可是 ${k} 个 Worker 实际达到了 ${speedup}。所以这次拟合描述不了这组扫描：核心数以内只有几个点，又有噪声（其中有一次运行偏慢），算出的串行比例没有意义。每个点多重复几次，或把问题规模调大，结果会更稳定。`,
    whatSerialIs: (percent: string) =>
      `循环本身并没有串行部分：这 ${percent}% 代表的是增加 Worker 也不会减少的开销，例如启动 Worker、分发工作和收集结果，以及这台机器上的其他程序。`,
    whatSerialMayBe: (percent: string) =>
      `这 ${percent}% 是增加 Worker 也没能缩短的那部分运行时间：代码中的串行部分、大小不均的工作项（最后一项单独运行，其他 Worker 只能等待），以及启动 Worker、分发工作和收集结果的开销。`,
    noSerial: (fitted: number, percent: string) =>
      `用 1 到 ${fitted} 个 Worker 拟合阿姆达尔定律，得到的串行比例为 ${percent}%，几乎没有串行部分：在核心数以内，每增加一个 Worker 都充分发挥了作用。`,
    gustafson: (k: number, scaled: string) =>
      `从古斯塔夫森定律的角度看同一个比例：如果每个 Worker 分到的工作和第一个一样多，${k} 个 Worker 在相同时间内能完成 ${scaled} 倍的工作。问题规模越大，增加 Worker 越划算。`,
  },
};
