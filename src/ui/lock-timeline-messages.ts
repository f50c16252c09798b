import type { Bilingual } from './lang.ts';

const en = {
  legend: 'What the bars mean',
  hold: (lock: string) => (lock ? `holds ${lock}` : 'holds the lock'),
  wait: (lock: string) => (lock ? `waits for ${lock}` : 'waits for the lock'),
  gaveUp: (lock: string) => (lock ? `gave up waiting for ${lock}` : 'gave up waiting'),
  bar: (what: string, startMs: number, endMs: number) =>
    `${what}: ${startMs.toFixed(2)}–${endMs.toFixed(2)} ms (${(endMs - startMs).toFixed(2)} ms)`,
  waitShare: 'Time spent waiting',
  waitShareValue: (share: number) => `${(share * 100).toFixed(1)} % of worker time`,
  handoffs: 'Hand-offs',
  handoffsValue: (n: number, perSecond: number) =>
    `${n.toLocaleString('en')} (${Math.round(perSecond).toLocaleString('en')} per second)`,
  heldShare: 'Lock held',
  heldShareValue: (share: number) => `${(share * 100).toFixed(1)} % of the run`,
  dropped: (n: number) => `${n.toLocaleString('en')} spans past the recording cap are not drawn.`,
};

export const lockTimelineMessages: Bilingual<typeof en> = {
  en,
  zh: {
    legend: '色块的含义',
    hold: (lock: string) => (lock ? `持有 ${lock}` : '持有锁'),
    wait: (lock: string) => (lock ? `等待 ${lock}` : '等待锁'),
    gaveUp: (lock: string) => (lock ? `放弃等待 ${lock}` : '放弃等待'),
    bar: (what: string, startMs: number, endMs: number) =>
      `${what}：${startMs.toFixed(2)}–${endMs.toFixed(2)} 毫秒（${(endMs - startMs).toFixed(2)} 毫秒）`,
    waitShare: '等待时间占比',
    waitShareValue: (share: number) => `占 Worker 时间的 ${(share * 100).toFixed(1)}%`,
    handoffs: '交接次数',
    handoffsValue: (n: number, perSecond: number) =>
      `${n.toLocaleString('zh')}（每秒 ${Math.round(perSecond).toLocaleString('zh')} 次）`,
    heldShare: '锁的持有时间',
    heldShareValue: (share: number) => `占运行时间的 ${(share * 100).toFixed(1)}%`,
    dropped: (n: number) => `有 ${n.toLocaleString('zh')} 个区间超出记录上限，没有画出。`,
  },
};
