// Words of the pool panels: the status counters, the outcomes table, the timeline and the log panel.
import { formatInteger } from '../format-integer.ts';
import type { Bilingual } from '../lang.ts';
import type { Status } from './results-store.ts';

const en = {
  results: 'Results',
  resultsTable: 'Outcome of every item',
  all: 'All',
  statuses: {
    pending: 'pending',
    ok: 'ok',
    error: 'error',
    timeout: 'timeout',
    cancelled: 'cancelled',
  } satisfies Record<Status, string>,
  counter: (label: string, n: number) => `${label}: ${formatInteger(n)}`,
  columns: {
    index: '#',
    item: 'Item',
    status: 'Status',
    value: 'Value or error',
    worker: 'Worker',
    start: 'Start (ms)',
    duration: 'Duration (ms)',
  },
  timeline: 'Timeline: tasks per worker',
  timelineLabel: (tasks: number, workers: number) =>
    `${tasks} tasks on ${workers} worker lanes, coloured by status`,
  timelineRange: (from: number, to: number, lanes: number) =>
    `${from.toFixed(0)}–${to.toFixed(0)} ms · ${lanes} lanes, one per pool slot (a replacement worker takes over its slot; exits are marked)`,
  zoom: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Whole run',
  legend: 'Colours of the timeline',
  exitMark: 'a worker stopped (timeout, crash or cancel)',
  hoverHint: 'Point at a bar for its task.',
  taskHover: (i: number, worker: number, status: string, start: number, duration: number) =>
    `item ${i} on worker ${worker}: ${status}, started at ${start.toFixed(1)} ms, ran ${duration.toFixed(1)} ms`,
  logs: 'Logs from inside the tasks',
  logFilter: 'Filter',
  logDropped: (n: number, kept: number) =>
    `${n} older lines dropped (the panel keeps the last ${formatInteger(kept)}).`,
  logShown: (shown: number, matching: number) =>
    `Showing the newest ${formatInteger(shown)} of ${formatInteger(matching)} lines; the filter finds older ones.`,
  noLogs: 'No log lines yet.',
};

export const poolPanelMessages: Bilingual<typeof en> = {
  en,
  zh: {
    results: '结果',
    resultsTable: '每个任务的结果',
    all: '全部',
    statuses: { pending: '等待中', ok: '成功', error: '错误', timeout: '超时', cancelled: '已取消' },
    counter: (label: string, n: number) => `${label}：${formatInteger(n)}`,
    columns: {
      index: '#',
      item: '任务',
      status: '状态',
      value: '值或错误',
      worker: 'Worker',
      start: '开始（毫秒）',
      duration: '用时（毫秒）',
    },
    timeline: '时间线：每个 Worker 的任务',
    timelineLabel: (tasks: number, workers: number) =>
      `${workers} 条 Worker 通道上的 ${tasks} 个任务，按状态着色`,
    timelineRange: (from: number, to: number, lanes: number) =>
      `${from.toFixed(0)}–${to.toFixed(0)} 毫秒 · ${lanes} 条通道，每个任务池槽位一条（替补的 Worker 接管原来的槽位；Worker 退出处有标记）`,
    zoom: '缩放',
    zoomIn: '放大',
    zoomOut: '缩小',
    zoomReset: '显示整个运行',
    legend: '时间线的颜色',
    exitMark: 'Worker 被停止（超时、崩溃或取消）',
    hoverHint: '把鼠标指向色条查看任务详情。',
    taskHover: (i: number, worker: number, status: string, start: number, duration: number) =>
      `任务 ${i} 在 Worker ${worker} 上：${status}，开始于 ${start.toFixed(1)} 毫秒，运行 ${duration.toFixed(1)} 毫秒`,
    logs: '任务内部的日志',
    logFilter: '筛选',
    logDropped: (n: number, kept: number) =>
      `已丢弃 ${n} 行较早的日志（面板只保留最后 ${formatInteger(kept)} 行）。`,
    logShown: (shown: number, matching: number) =>
      `显示 ${formatInteger(matching)} 行中最新的 ${formatInteger(shown)} 行；用筛选可以找到更早的行。`,
    noLogs: '还没有日志。',
  },
};
