// The race section's words, in English and 简体中文 (the page's shared words are in sync-lab-messages.ts).
import type { RaceMode } from './engine/race/race-protocol.ts';
import type { Bilingual } from '../../ui/lang.ts';
import { formatInteger } from '../../ui/format-integer.ts';

const en = {
  raceTitle: 'Lost updates, counted',
  raceHelp:
    'k workers each add 1 to one shared counter m times. Plain read-then-write loses updates; Atomics.add and a mutex do not, at a price measured in nanoseconds per increment.',
  mode: 'How each worker adds 1',
  modes: {
    plain: 'plain: read, (busy work), write',
    atomic: 'Atomics.add: one indivisible step',
    mutex: 'under a mutex (Atomics.wait/notify)',
  } satisfies Record<RaceMode, string>,
  workers: 'Workers (k)',
  m: 'Increments per worker (m)',
  window: 'Busy work between read and write (iterations)',
  repeats: 'Repeats for the histogram',
  runOnce: 'Run',
  runRepeats: 'Run repeatedly (histogram)',
  compare: 'Compare the three ways',
  running: (done: number, total: number) => `Run ${done} of ${total}…`,
  cancelled: 'Cancelled. The results so far stay below.',
  columns: {
    mode: 'Way',
    expected: 'Expected k × m',
    actual: 'Counter',
    lost: 'Updates lost',
    ns: 'ns per increment',
  },
  histogramTitle: (runs: number) =>
    `Final counts over ${runs} runs: a race gives a distribution, not a number`,
  histogramX: 'final counter value →',
  histogramY: '↑ runs',
  histogramBin: (low: number, high: number, count: number) =>
    `final count ${formatInteger(low)}${high > low ? ` to ${formatInteger(high)}` : ''}: ${count} ${count === 1 ? 'run' : 'runs'}`,
  /** A slide's caption of the histogram: the runs and their inputs (`how`: the way of adding, below). */
  histogramCaption: (runs: number, workers: number, m: string, how: string, expected: string) =>
    `Final counter values over ${runs} ${runs === 1 ? 'run' : 'runs'}: ${workers} ${workers === 1 ? 'worker' : 'workers'} × ${m} increments, ${how}; expected ${expected}`,
  histogramHow: {
    plain: (window: string) => `plain read then write, ${window} iterations of busy work between`,
    atomic: 'by Atomics.add',
    mutex: (window: string) => `read then write under a mutex, ${window} iterations of busy work between`,
  },
  trace: 'Record who holds the lock in mutex runs (its clock reads add to the ns per increment)',
  traced: 'traced',
  lockTimelineHeading: 'Who holds the lock: the latest mutex run',
  lockTimelineTitle: (k: number) => `Who held the mutex, and who waited for it, on ${k} workers`,
};

export const raceMessages: Bilingual<typeof en> = {
  en,
  zh: {
    raceTitle: '统计丢失的更新',
    raceHelp:
      'k 个 Worker 各自把同一个共享计数器加 1，每个 Worker 加 m 次。普通的先读后写会丢失更新；Atomics.add 和互斥锁不会，但要付出代价，以每次加一的纳秒数来衡量。',
    mode: '每个 Worker 如何加 1',
    modes: {
      plain: '普通：读取、空循环若干次、写回',
      atomic: 'Atomics.add：一个不可分割的步骤',
      mutex: '加互斥锁（Atomics.wait/notify）',
    },
    workers: 'Worker 数量（k）',
    m: '每个 Worker 的加一次数（m）',
    window: '读与写之间的空循环（迭代次数）',
    repeats: '直方图的重复次数',
    runOnce: '运行',
    runRepeats: '重复运行（直方图）',
    compare: '比较三种方式',
    running: (done: number, total: number) => `第 ${done} / ${total} 次运行…`,
    cancelled: '已取消。已有的结果仍保留在下方。',
    columns: {
      mode: '方式',
      expected: '期望值 k × m',
      actual: '计数器',
      lost: '丢失的更新',
      ns: '每次加一的纳秒数',
    },
    histogramTitle: (runs: number) =>
      `${runs} 次运行的最终计数：竞态条件的结果是一个分布，而不是一个确定的数`,
    histogramX: '计数器最终值 →',
    histogramY: '↑ 运行次数',
    histogramBin: (low: number, high: number, count: number) =>
      `最终计数 ${formatInteger(low)}${high > low ? ` 至 ${formatInteger(high)}` : ''}：${count} 次运行`,
    histogramCaption: (runs: number, workers: number, m: string, how: string, expected: string) =>
      `${runs} 次运行的计数器最终值：${workers} 个 Worker × 每个加一 ${m} 次，${how}；期望值 ${expected}`,
    histogramHow: {
      plain: (window: string) => `普通的先读后写，读写之间空循环 ${window} 次`,
      atomic: '用 Atomics.add',
      mutex: (window: string) => `在互斥锁内先读后写，读写之间空循环 ${window} 次`,
    },
    trace: '在加互斥锁的运行中记录谁持有锁（读取时钟的开销会计入每次加一的纳秒数）',
    traced: '已记录',
    lockTimelineHeading: '谁持有锁：最近一次加互斥锁的运行',
    lockTimelineTitle: (k: number) => `${k} 个 Worker 中谁持有互斥锁、谁在等待`,
  },
};
