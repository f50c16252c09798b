import type { Bilingual } from '../../ui/lang.ts';
import { formatInteger } from '../../ui/format-integer.ts';

const n = formatInteger;

const en = {
  prompt: (items: number, workers: number) =>
    `${n(items)} items on ${n(workers)} workers each add 1 to shared[0], once per integer of their part, with shared[0] = shared[0] + 1. Every work(item) returns how many it added. What does shared[0] end at?`,
  choices: {
    exact: 'exactly the sum of what work returned',
    fewer: 'less than that: some increments are lost',
    more: 'more than that',
    unsure: 'not sure',
  },
  expected: {
    exact: 'You expected every increment to land.',
    fewer: 'You expected some increments to be lost.',
    more: 'You expected more than the increments made.',
  },
  happened: {
    exact: 'every increment landed',
    fewer: 'increments were lost',
    more: 'shared[0] ended above the increments made',
  },
  runs: (increments: number) =>
    `Runs your code once with the lab’s inputs (the racy counter preset: ${n(increments)} increments in 4 items on 2 workers).`,
  needsShared: 'This step needs shared memory:',
  counted: (items: number, increments: number, final: number) =>
    `The ${n(items)} items’ work returned ${n(increments)} increments in all; shared[0] ended at ${n(final)}.`,
  lost: (lost: number, percent: string) =>
    `${n(lost)} updates were lost (${percent}%): shared[0] = shared[0] + 1 is a read, an add and a write, and when two workers read the same value, both write that value + 1 and one increment is gone.`,
  none: 'No update was lost this time. A race shows only when two workers read the same value at once: run again, or give the items more work.',
  atomic:
    'Your code adds with Atomics.add, which reads, adds and writes as one step no other worker can split: no increment can be lost, at the cost of each one waiting its turn on the cache line.',
  above:
    'shared[0] ended above the increments work says it made: the code writes to shared[0] in another way too, or returns a count that is not the increments it made.',
  noShared:
    'This run had no shared memory (Shared Int32Array elements is 0), so there was no shared[0] to count: set it to 1 and run again.',
  failedItems: (failed: number) =>
    `${n(failed)} items did not end with a value, so their increments are not in the sum.`,
  fixIt: 'Fix it: Atomics.add instead of shared[0] = shared[0] + 1',
};

export const codeLessonMessages: Bilingual<typeof en> = {
  en,
  zh: {
    prompt: (items: number, workers: number) =>
      `${n(items)} 个工作项在 ${n(workers)} 个工作线程上运行，每项对自己那段区间中的每个整数执行一次 shared[0] = shared[0] + 1，并返回自己加了多少次。shared[0] 最后是多少？`,
    choices: {
      exact: '正好等于 work 返回值之和',
      fewer: '比这个少：有些加 1 丢了',
      more: '比这个多',
      unsure: '不确定',
    },
    expected: {
      exact: '你预测每一次加 1 都会生效。',
      fewer: '你预测有些加 1 会丢失。',
      more: '你预测结果会比加 1 的次数还多。',
    },
    happened: {
      exact: '每一次加 1 都生效了',
      fewer: '有些加 1 丢失了',
      more: 'shared[0] 比加 1 的次数还多',
    },
    runs: (increments: number) =>
      `用实验当前的输入运行一次你的代码（竞态计数器预设：4 个工作项在 2 个工作线程上共加 ${n(increments)} 次）。`,
    needsShared: '这一步需要共享内存：',
    counted: (items: number, increments: number, final: number) =>
      `${n(items)} 个工作项的 work 一共返回了 ${n(increments)} 次加 1；shared[0] 最后是 ${n(final)}。`,
    lost: (lost: number, percent: string) =>
      `丢失了 ${n(lost)} 次更新（${percent}%）：shared[0] = shared[0] + 1 是读、加、写三步，两个工作线程读到同一个值时，都会写回这个值加 1，于是有一次加 1 就没了。`,
    none: '这一次没有丢失更新。只有两个工作线程恰好同时读到同一个值时，竞态才会显现：再运行一次，或者给工作项更多的工作。',
    atomic:
      '你的代码用 Atomics.add 加 1，它把读、加、写作为其他工作线程无法打断的一步完成：不会丢失任何一次加 1，代价是每次都要在同一条缓存行上排队。',
    above:
      'shared[0] 比 work 报告的加 1 次数还多：代码还用别的方式写了 shared[0]，或者返回的次数并不是它实际加 1 的次数。',
    noShared:
      '这次运行没有共享内存（共享 Int32Array 元素数为 0），所以没有 shared[0] 可数：把它设为 1 再运行。',
    failedItems: (failed: number) => `有 ${n(failed)} 个工作项没有得到值，它们的加 1 次数不在总和里。`,
    fixIt: '修复它：用 Atomics.add 代替 shared[0] = shared[0] + 1',
  },
};
