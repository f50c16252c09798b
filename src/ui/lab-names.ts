import type { Bilingual } from './lang.ts';
import type { LabId } from './lab-ids.ts';

/** Each page's name, as the navigation, the home page and the lessons' links show it. */
const en = {
  labs: {
    home: 'Start here',
    sum: 'Chunked summation',
    pool: 'Task pool',
    speedup: 'Speedup',
    sync: 'Shared memory & locks',
    transfer: 'Message passing vs shared memory',
    code: 'Your own code',
  } satisfies Record<LabId, string>,
};

export const appLabNames: Bilingual<typeof en> = {
  en,
  zh: {
    labs: {
      home: '从这里开始',
      sum: '分块求和',
      pool: '任务池',
      speedup: '加速比',
      sync: '共享内存与锁',
      transfer: '消息传递与共享内存',
      code: '你自己的代码',
    },
  },
};
