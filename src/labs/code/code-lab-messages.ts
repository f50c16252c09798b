import type { Bilingual } from '../../ui/lang.ts';
import { formatInteger } from '../../ui/format-integer.ts';
import type { CodeLanguage, ItemSource, PresetId } from './code-presets.ts';

const en = {
  title: 'Your own code',
  intro:
    'Write work(item), choose the items, and run it on real workers through the same task pool as the task pool lab: every item gets one outcome, an endless loop is stopped by its timeout, and a sweep over 1..K workers measures your speedup. Your code runs only in workers, never on this page.',
  code: 'Code',
  editorLabel: 'Code: declares function work(item)',
  itemsEditorLabel: (source: string) => `Items: ${source}`,
  keyboardNote:
    'Tab indents. To leave the editor with the keyboard press Esc, then Tab (Ctrl+M or ⌘+M switches Tab between indenting and moving focus).',
  loadingEditor: 'Loading the editor…',
  preset: 'Preset',
  presets: {
    summing: 'SummingThread (the article)',
    primes: 'Count primes (CPU-bound)',
    io: 'Simulated I/O wait (async)',
    race: 'Racy shared counter',
    'race-fixed': 'Counter fixed with Atomics.add',
    process_url: 'process_url (the article)',
  } satisfies Record<PresetId, string>,
  language: 'Code language',
  languages: { js: 'JavaScript', python: 'Python (Pyodide)' } satisfies Record<CodeLanguage, string>,
  editorLabelPython: 'Code: defines def work(item)',
  pythonNote:
    'Python runs on Pyodide, CPython compiled to WebAssembly. Each worker starts a Python of its own, as a process does, so no GIL is shared between workers: the first run downloads about 13 MB once, and each worker takes a few seconds to start its Python before the first item. Items arrive as Python values (a JSON object as a dict), and what work returns comes back as JavaScript values.',
  startingPython: (workers: number) =>
    `Starting Python in ${formatInteger(workers)} ${workers === 1 ? 'worker' : 'workers'}…`,
  reset: 'Reset to the preset',
  resetDone: 'The editor holds the preset again.',
  savedNote: 'Your edits are kept in this browser, per preset and language.',
  items: 'Items',
  from: 'Items from',
  sources: {
    range: 'a range [low, high) split into parts',
    json: 'a JSON array',
    generator: 'a generator function items()',
  } satisfies Record<ItemSource, string>,
  low: 'low',
  high: 'high',
  parts: 'Parts (items)',
  rangeOrder: 'high must not be below low.',
  rangeNote: (size: number, parts: number) =>
    `Each item is { low, high }: ${formatInteger(size)} integers in ${formatInteger(parts)} parts.`,
  jsonNote: 'Each element of the array is one item.',
  generatorNote: 'items() runs in a worker of its own; each value it yields is one item (at most 100,000).',
  sourcesPython: { generator: 'a generator def items()' },
  rangeNotePython: (size: number, parts: number) =>
    `Each item is a dict {"low": …, "high": …}: ${formatInteger(size)} integers in ${formatInteger(parts)} parts.`,
  generatorNotePython:
    'items() runs in a worker of its own, on a Python of its own; each value it yields is one item (at most 100,000).',
  workers: 'Workers',
  timeout: 'Per-item timeout (ms, 0 = none)',
  ordered: 'Outcomes in input order',
  shared: 'Shared Int32Array elements (0 = none)',
  sharedNote: 'Every item gets the same Int32Array on one SharedArrayBuffer as work(item, shared).',
  sharedNotePython:
    'Every item gets the same JavaScript Int32Array on one SharedArrayBuffer as work(item, shared); from js import Atomics gives you Atomics.add.',
  sharedNeeds: 'Shared memory is not available here:',
  sweepMax: 'Sweep up to K workers',
  run: 'Run',
  cancel: 'Cancel',
  sweep: (k: number) => `Speedup 1..${k}`,
  copyLink: 'Copy a link with this code',
  linkCopied: 'Copied. The link carries your code: whoever opens it reads it before anything runs.',
  linkShown: 'Copy this link:',
  linkNote:
    'This link contains code. Read it, then press Run: nothing runs until you do, and it runs only in workers that cannot reach other sites.',
  linkBroken: (reason: string) =>
    `The code in this link could not be read (${reason}); the editor holds the preset.`,
  linkReasons: {
    damaged: 'it is damaged: was the link cut short when it was copied?',
    'too-long': 'it is longer than 100,000 characters',
  },
  generatorThrew: (thrown: string) => `items() threw ${thrown}`,
  generatorTimeout: (ms: number) =>
    `items() gave no item within ${formatInteger(ms)} ms: does it loop without reaching its next yield?`,
  generatorTimeoutPython: (ms: number) =>
    `items() gave no item within ${formatInteger(ms)} ms, starting Python in its worker included: does it loop without reaching its next yield, or is the connection too slow to fetch Python?`,
  startingPythonItems: 'Starting Python for items()…',
  generatorCrashed: (reason: string) => `the items worker failed${reason ? `: ${reason}` : ''}`,
  fixInputs: 'Fix the inputs marked below, then run again.',
  syntaxError: (where: string, line: number, column: number, message: string) =>
    `${where}, line ${line}, column ${column}: SyntaxError: ${message}`,
  missing: (where: string, name: string) =>
    name === 'work'
      ? `${where}: declare a function named work, for example function work(item) { return item; }`
      : `${where}: declare a generator named items, for example function* items() { yield 1; }`,
  inCode: 'Code',
  inItems: 'Items',
  goToLine: (line: number) => `Go to line ${line}`,
  runError: (where: string, line: number, column: number, message: string) =>
    `${where}, line ${line}${column > 0 ? `, column ${column}` : ''}: ${message}`,
  firstError: 'First error:',
  jsonError: (message: string) => `Items: ${message}`,
  jsonErrorAt: (line: number, column: number, message: string) =>
    `Items, line ${line}, column ${column}: ${message}`,
  makingItems: (n: number) => `items() made ${formatInteger(n)} items…`,
  tooManyItems: (max: number) => `Items: more than ${formatInteger(max)}.`,
  progress: (done: number, total: number) => `${formatInteger(done)} / ${formatInteger(total)} items done`,
  finished: (total: number, s: number) => `${formatInteger(total)} items in ${s.toFixed(2)} s.`,
  cancelled: 'Cancelled: items not finished are marked cancelled; the results so far stay.',
  failed: (message: string) => `The run failed: ${message}. The results so far stay.`,
  itemText: (part: string) => part,
  sharedAfter: 'Shared memory after the run',
  sharedValues: (values: string, more: number) =>
    more > 0 ? `${values} … (${formatInteger(more)} more)` : values,
  sweepTitle: 'Speedup of your code',
  sweepProgress: (k: number, of: number) => `Running on ${k} of 1..${of} workers…`,
  sweepFailures: (k: number, failed: number) =>
    `${k} workers: ${formatInteger(failed)} items did not end with a value.`,
  sweepLabel: 'your code',
  describeSweep: (preset: string, items: number, source: string) =>
    `Speedup of your code (started from the preset “${preset}”): ${formatInteger(items)} items from ${source}`,
  notIsolatedShared: 'needs shared memory',
  unprotectedLink:
    'This site serves its workers without the policy that keeps code in them from other sites, and this code came from a link. Read it; press Run again to run it anyway.',
  unprotected:
    'This site serves its workers without the policy that keeps code in them from other sites: code run here can reach the network.',
};

export const codeLabMessages: Bilingual<typeof en> = {
  en,
  zh: {
    title: '你自己的代码',
    intro:
      '编写 work(item)，选择工作项，然后通过与任务池实验相同的任务池在真实的工作线程（Worker）上运行：每个工作项都有一个结果，死循环会被超时终止，对 1..K 个工作线程的扫描会测出你的加速比。你的代码只在工作线程中运行，从不在本页面上运行。',
    code: '代码',
    editorLabel: '代码：声明 function work(item)',
    itemsEditorLabel: (source: string) => `工作项：${source}`,
    keyboardNote:
      'Tab 键用于缩进。要用键盘离开编辑器，先按 Esc，再按 Tab（Ctrl+M 或 ⌘+M 可切换 Tab 是缩进还是移动焦点）。',
    loadingEditor: '正在加载编辑器…',
    preset: '预设',
    presets: {
      summing: 'SummingThread（文章中的）',
      primes: '统计素数（CPU 密集型）',
      io: '模拟的 I/O 等待（异步）',
      race: '有竞态的共享计数器',
      'race-fixed': '用 Atomics.add 修复的计数器',
      process_url: 'process_url（文章中的）',
    },
    language: '代码语言',
    languages: { js: 'JavaScript', python: 'Python（Pyodide）' },
    editorLabelPython: '代码：定义 def work(item)',
    pythonNote:
      'Python 运行在 Pyodide 上，即编译为 WebAssembly 的 CPython。每个工作线程像进程一样启动自己的 Python，因此工作线程之间不共享 GIL：第一次运行会下载约 13 MB（只下载一次），每个工作线程在第一个工作项之前需要几秒钟启动 Python。工作项以 Python 值传入（JSON 对象成为 dict），work 的返回值以 JavaScript 值传回。',
    startingPython: (workers: number) => `正在 ${formatInteger(workers)} 个工作线程中启动 Python…`,
    reset: '恢复为预设',
    resetDone: '编辑器已恢复为预设代码。',
    savedNote: '你的修改按预设和语言保存在本浏览器中。',
    items: '工作项',
    from: '工作项来源',
    sources: {
      range: '区间 [low, high) 分成若干段',
      json: 'JSON 数组',
      generator: '生成器函数 items()',
    },
    low: 'low',
    high: 'high',
    parts: '段数（工作项数）',
    rangeOrder: 'high 不能小于 low。',
    rangeNote: (size: number, parts: number) =>
      `每个工作项是 { low, high }：${formatInteger(size)} 个整数，分成 ${formatInteger(parts)} 段。`,
    jsonNote: '数组的每个元素是一个工作项。',
    generatorNote: 'items() 在它自己的工作线程中运行；它产出的每个值是一个工作项（最多 100,000 个）。',
    sourcesPython: { generator: '生成器 def items()' },
    rangeNotePython: (size: number, parts: number) =>
      `每个工作项是 dict {"low": …, "high": …}：${formatInteger(size)} 个整数，分成 ${formatInteger(parts)} 段。`,
    generatorNotePython:
      'items() 在它自己的工作线程中、用它自己的 Python 运行；它产出的每个值是一个工作项（最多 100,000 个）。',
    workers: '工作线程数',
    timeout: '每项超时（毫秒，0 表示不限）',
    ordered: '按输入顺序给出结果',
    shared: '共享 Int32Array 元素数（0 表示不用）',
    sharedNote: '每个工作项都以 work(item, shared) 得到同一个基于 SharedArrayBuffer 的 Int32Array。',
    sharedNotePython:
      '每个工作项都以 work(item, shared) 得到同一个基于 SharedArrayBuffer 的 JavaScript Int32Array；from js import Atomics 即可使用 Atomics.add。',
    sharedNeeds: '此处无法使用共享内存：',
    sweepMax: '扫描到 K 个工作线程',
    run: '运行',
    cancel: '取消',
    sweep: (k: number) => `加速比 1..${k}`,
    copyLink: '复制含此代码的链接',
    linkCopied: '已复制。链接中带有你的代码：打开它的人会先看到代码，按下运行前什么都不会执行。',
    linkShown: '复制此链接：',
    linkNote:
      '此链接含有代码。请先阅读，再按运行：在你按下之前什么都不会执行，而且代码只在无法访问其他网站的工作线程中运行。',
    linkBroken: (reason: string) => `无法读取此链接中的代码（${reason}）；编辑器中是预设代码。`,
    linkReasons: {
      damaged: '链接已损坏：复制时是否被截断了？',
      'too-long': '代码超过 100,000 个字符',
    },
    generatorThrew: (thrown: string) => `items() 抛出了 ${thrown}`,
    generatorTimeout: (ms: number) =>
      `items() 在 ${formatInteger(ms)} 毫秒内没有产出任何工作项：它是否在到达下一个 yield 之前陷入了循环？`,
    generatorTimeoutPython: (ms: number) =>
      `items() 在 ${formatInteger(ms)} 毫秒内（含在其工作线程中启动 Python 的时间）没有产出任何工作项：它是否在到达下一个 yield 之前陷入了循环，或者网络太慢、无法下载 Python？`,
    startingPythonItems: '正在为 items() 启动 Python…',
    generatorCrashed: (reason: string) => `工作项线程出错${reason ? `：${reason}` : ''}`,
    fixInputs: '请修正下面标出的输入，然后再运行。',
    syntaxError: (where: string, line: number, column: number, message: string) =>
      `${where}，第 ${line} 行第 ${column} 列：SyntaxError：${message}`,
    missing: (where: string, name: string) =>
      name === 'work'
        ? `${where}：请声明名为 work 的函数，例如 function work(item) { return item; }`
        : `${where}：请声明名为 items 的生成器，例如 function* items() { yield 1; }`,
    inCode: '代码',
    inItems: '工作项',
    goToLine: (line: number) => `转到第 ${line} 行`,
    runError: (where: string, line: number, column: number, message: string) =>
      `${where}，第 ${line} 行${column > 0 ? `第 ${column} 列` : ''}：${message}`,
    firstError: '第一个错误：',
    jsonError: (message: string) => `工作项：${message}`,
    jsonErrorAt: (line: number, column: number, message: string) =>
      `工作项，第 ${line} 行第 ${column} 列：${message}`,
    makingItems: (n: number) => `items() 已生成 ${formatInteger(n)} 个工作项…`,
    tooManyItems: (max: number) => `工作项：超过 ${formatInteger(max)} 个。`,
    progress: (done: number, total: number) => `已完成 ${formatInteger(done)} / ${formatInteger(total)} 项`,
    finished: (total: number, s: number) => `${formatInteger(total)} 项，用时 ${s.toFixed(2)} 秒。`,
    cancelled: '已取消：未完成的工作项标为已取消；已有结果保留。',
    failed: (message: string) => `运行失败：${message}。已有结果保留。`,
    itemText: (part: string) => part,
    sharedAfter: '运行后的共享内存',
    sharedValues: (values: string, more: number) =>
      more > 0 ? `${values} …（另有 ${formatInteger(more)} 个）` : values,
    sweepTitle: '你的代码的加速比',
    sweepProgress: (k: number, of: number) => `正在用 1..${of} 中的 ${k} 个工作线程运行…`,
    sweepFailures: (k: number, failed: number) =>
      `${k} 个工作线程：${formatInteger(failed)} 个工作项没有得到值。`,
    sweepLabel: '你的代码',
    describeSweep: (preset: string, items: number, source: string) =>
      `你的代码的加速比（从预设“${preset}”开始）：${formatInteger(items)} 个工作项，来源为${source}`,
    notIsolatedShared: '需要共享内存',
    unprotectedLink:
      '本站提供工作线程时没有附带阻止其中代码访问其他网站的策略，而这段代码来自链接。请先阅读；再按一次运行才会执行它。',
    unprotected: '本站提供工作线程时没有附带阻止其中代码访问其他网站的策略：在这里运行的代码可以访问网络。',
  },
};
