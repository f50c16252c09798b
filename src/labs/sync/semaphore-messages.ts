// The semaphore section's words, in English and 简体中文 (the page's shared words are in sync-lab-messages.ts).
import type { Bilingual } from '../../ui/lang.ts';

const en = {
  semTitle: 'A semaphore limits connections',
  semHelp:
    'Each worker opens a few “connections” one after another (a blocking wait stands for the I/O). A Semaphore(n) hands out n permits: at most n connections are open at once, however many workers there are; the rest wait their turn.',
  openNow: (open: number, permits: number) => `Open now: ${open} of ${permits} permits`,
  semResult: (peak: number, permits: number) =>
    `Most connections open at once: ${peak} (permits: ${permits}).`,
  semHold: () => 'connection open (holds a permit)',
  semWait: () => 'waits for a permit',
  semTimeline: (k: number) => `Connections of ${k} workers through a semaphore`,
};

export const semaphoreMessages: Bilingual<typeof en> = {
  en,
  zh: {
    semTitle: '用信号量限制连接数',
    semHelp:
      '每个 Worker 依次打开几个“连接”（用一次阻塞等待代表 I/O）。Semaphore(n) 发放 n 个许可：无论有多少 Worker，同时打开的连接最多 n 个；其余的排队等待。',
    openNow: (open: number, permits: number) => `当前已用许可：${open} / ${permits}`,
    semResult: (peak: number, permits: number) => `同时打开的连接最多为 ${peak} 个（许可数：${permits}）。`,
    semHold: () => '连接已打开（持有一个许可）',
    semWait: () => '等待许可',
    semTimeline: (k: number) => `${k} 个 Worker 经由信号量打开的连接`,
  },
};
