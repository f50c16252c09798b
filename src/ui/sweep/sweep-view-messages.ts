// The words of a sweep view (legend, chart titles and axes, tables, export buttons), in English and 简体中文.
import type { Bilingual } from '../lang.ts';
import type { VersusSummary } from './sweep-versus.ts';

const percentSlower = (ratio: number) => ((ratio - 1) * 100).toFixed(1);

const en = {
  /** The legend's accessible name. */
  sweeps: 'Sweeps',
  remove: (label: string) => `Remove ${label}`,
  speedupChart: 'Speedup against workers',
  efficiencyChart: 'Efficiency (speedup / workers)',
  chartText: {
    workersAxis: 'workers →',
    speedupAxis: '↑ speedup (× one worker)',
    efficiencyAxis: '↑ efficiency',
    ideal: 'ideal: k×',
    cores: (n: number) => `${n} cores`,
    amdahl: (s: number) => `serial ${(s * 100).toFixed(1)}%`,
  },
  table: (label: string) => `Data: ${label}`,
  columns: {
    workers: 'Workers',
    median: 'Median (ms)',
    speedup: 'Speedup',
    efficiency: 'Efficiency',
    range: 'Speedup range over repeats',
    repeats: 'Every repeat (ms)',
    vsFastest: 'Time vs the fastest sweep',
  },
  fastestCell: 'fastest',
  slowerCell: (ratio: number, fastest: string) => `${ratio.toFixed(2)}× (${fastest})`,
  versusLine: (label: string, v: VersusSummary) =>
    `${label}, point by point against the fastest sweep of the same work: ` +
    (v.worstRatio === 1
      ? `the fastest at every one of its ${v.counts} worker counts.`
      : `the fastest at ${v.fastestAt} of ${v.counts} worker counts; at most ${percentSlower(v.worstRatio)}% slower (at ${v.worstWorkers} worker${v.worstWorkers === 1 ? '' : 's'}). Its own speedup is against its own 1-worker time, so it does not show this.`),
  export: 'Export',
  csv: 'CSV',
  json: 'JSON',
  /** What leads each chart's image buttons. */
  speedupFigure: 'Speedup chart',
  efficiencyFigure: 'Efficiency chart',
  /** A slide's caption: what the chart shows, of which sweeps (each with its inputs and repeats). */
  caption: {
    speedup: (sweeps: string) => `Speedup of ${sweeps}`,
    efficiency: (sweeps: string) => `Efficiency (speedup / workers) of ${sweeps}`,
    sweep: (what: string, repeats: number) =>
      `${what}, ${repeats} ${repeats === 1 ? 'repeat' : 'repeats'} per point`,
    join: '; ',
  },
  permalink: 'Copy permalink',
  permalinkCopied: 'Permalink copied: it restores these inputs; the results are measured again when run.',
};

export const sweepViewMessages: Bilingual<typeof en> = {
  en,
  zh: {
    sweeps: '扫描结果',
    remove: (label: string) => `移除 ${label}`,
    speedupChart: '加速比与 Worker 数量',
    efficiencyChart: '效率（加速比 / Worker 数量）',
    chartText: {
      workersAxis: 'Worker 数量 →',
      speedupAxis: '↑ 加速比（相对一个 Worker）',
      efficiencyAxis: '↑ 效率',
      ideal: '理想：k 倍',
      cores: (n: number) => `${n} 个核心`,
      amdahl: (s: number) => `串行 ${(s * 100).toFixed(1)}%`,
    },
    table: (label: string) => `数据：${label}`,
    columns: {
      workers: 'Worker 数量',
      median: '中位数（毫秒）',
      speedup: '加速比',
      efficiency: '效率',
      range: '各次重复的加速比范围',
      repeats: '每次重复（毫秒）',
      vsFastest: '相对最快扫描的用时',
    },
    fastestCell: '最快',
    slowerCell: (ratio: number, fastest: string) => `${ratio.toFixed(2)} 倍（${fastest}）`,
    versusLine: (label: string, v: VersusSummary) =>
      `${label}，与同样工作中最快的扫描逐点相比：` +
      (v.worstRatio === 1
        ? `在全部 ${v.counts} 个 Worker 数下都是最快的。`
        : `在 ${v.counts} 个 Worker 数中，有 ${v.fastestAt} 个是最快的；最多慢 ${percentSlower(v.worstRatio)}%（${v.worstWorkers} 个 Worker 时）。它自己的加速比以它自己的单 Worker 用时为基准，所以看不出这一点。`),
    export: '导出',
    csv: 'CSV',
    json: 'JSON',
    speedupFigure: '加速比图',
    efficiencyFigure: '效率图',
    caption: {
      speedup: (sweeps: string) => `加速比：${sweeps}`,
      efficiency: (sweeps: string) => `效率（加速比 / Worker 数量）：${sweeps}`,
      sweep: (what: string, repeats: number) => `${what}，每个点重复 ${repeats} 次`,
      join: '；',
    },
    permalink: '复制永久链接',
    permalinkCopied: '已复制永久链接：它会恢复这些输入；运行时结果会重新测量。',
  },
};
