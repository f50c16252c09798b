import type { Bilingual } from '../../ui/lang.ts';

const en = {
  title: 'Task pool',
  intro:
    "The article's do_threaded_work done right: a pool of workers pulling from a work queue, with timeouts, failures, ordering and cancel.",
  heading: 'What this lab will let you run',
  planned: [
    'Work items that compute, wait, fail or hang, at rates you choose, on the number of workers you choose.',
    'A results table with every item accounted for: value, error, timeout or cancelled, and which worker ran it.',
    "Logs tagged with the worker id, like the article's [worker 2] lines, and a timeline of tasks per worker.",
    "A replay of the article's own library logic beside the correct outcomes, showing the results it loses.",
  ] as readonly string[],
};

export const poolLabMessages: Bilingual<typeof en> = {
  en,
  zh: {
    title: '任务池',
    intro: '把文章中的 do_threaded_work 做对：一组 Worker 从任务队列取任务，支持超时、失败、保持顺序和取消。',
    heading: '这个实验将让你运行什么',
    planned: [
      '可以计算、等待、失败或卡住的任务，比例和 Worker 数量由你选择。',
      '结果表中每个任务都有下落：值、错误、超时或已取消，以及由哪个 Worker 运行。',
      '带 Worker 编号的日志（如文章中的 [worker 2]）和每个 Worker 的任务时间线。',
      '按文章原库的逻辑重放同一次运行，与正确结果并排，显示它丢掉了哪些结果。',
    ],
  },
};
