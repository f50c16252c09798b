import type { Bilingual } from '../../ui/lang.ts';

const en = {
  title: 'Message passing vs shared memory',
  intro:
    'What it costs to move data between threads: structured clone, transfer, or a SharedArrayBuffer, and what each does to the page.',
  heading: 'What this lab will let you run',
  planned: [
    'Round-trip time and bytes per second from 1 KB to 64 MB for clone, transfer, shared memory and Comlink.',
    'The latency of a signal: postMessage against Atomics.wait and notify, median and p99.',
    'A frame meter that shows the page freezing when the main thread computes or deserialises a large message.',
  ] as readonly string[],
};

export const transferLabMessages: Bilingual<typeof en> = {
  en,
  zh: {
    title: '消息传递与共享内存',
    intro: '在线程之间传递数据的代价：结构化克隆、转移或 SharedArrayBuffer，以及它们各自对页面的影响。',
    heading: '这个实验将让你运行什么',
    planned: [
      '从 1 KB 到 64 MB，克隆、转移、共享内存和 Comlink 的往返时间与每秒字节数。',
      '信号的延迟：postMessage 与 Atomics.wait/notify 的对比，中位数和 p99。',
      '帧率计，显示主线程计算或反序列化大消息时页面卡住的程度。',
    ],
  },
};
