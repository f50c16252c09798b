// The path through the article, walked as a learner would, in each language: the home page, each step's
// prediction, its runs, an explanation that quotes the numbers the lab shows, and the try-next links with
// the inputs they load. Every number checked here is read from the page.
import { expectNoSeriousAxeViolations } from './support/axe.ts';
import { expect, test, type Page } from './support/fixtures.ts';

const WORDS = {
  en: {
    home: 'Start here',
    notDone: 'Not done yet',
    done: '✓ Done',
    start: 'Start: Processes and threads',
    runStep: 'Run this step',
    stepDone: 'Step done.',
    titles: [
      'Processes and threads',
      'Two threads, one sum',
      'The GIL',
      'More threads than cores',
      'Speedup, and where it stops',
      'Lost updates',
      'Deadlock',
      'The article’s do_threaded_work',
      'I/O under the GIL',
      'What a message costs',
      'A race in your own code',
    ],
    lessFew: 'less than that: some increments are lost',
    expectedLost: 'You expected some increments to be lost.',
    raceCount: (items: string, increments: string, final: string) =>
      `The ${items} items’ work returned ${increments} increments in all; shared[0] ended at ${final}.`,
    raceFix: 'Fix it: the same step with Atomics.add',
    raceFixedQuote: 'Your code adds with Atomics.add',
    many: 'Many: 1% or more',
    expectedMany: 'You expected many updates to be lost.',
    lostQuote: (lost: string, expected: string) => `workers lost ${lost} of ${expected} updates`,
    deadlockSection: 'Deadlock, and the fix',
    lockTimeout: 'Lock timeout (ms)',
    opposite: /opposite order/,
    globalOrder: /one global order/,
    deadlockTimeout: 'They deadlock, and the lock timeout breaks it',
    expectedTimeout: 'You expected a deadlock that the lock timeout breaks.',
    bothFinish: 'Both finish: one may wait for the other, then goes on',
    expectedFinish: 'You expected every worker to finish.',
    matched: 'That is what happened',
    foundAt: /(\d+) ms after the start/,
    brokenAt: (ms: string) => `${ms} ms after the start`,
    cycle: (path: string) => `in the wait-for graph, ${path}:`,
    fixIt: 'Fix it: the same two workers, taking the locks in one global order',
    finishedIn: /finished in (\d+) ms/,
    bothIn: (ms: string) => `both workers finished in ${ms} ms`,
    sectionRun: 'Run',
    earlierRun: 'The explanation was of an earlier run',
    poolItems: 'Items',
    poolKind: 'Kind of work',
    poolGil: 'on: one lock every worker must hold to compute, released during I/O waits',
    fewer: 'Fewer: some results go missing',
    expectedFewer: 'You expected some results to go missing.',
    /** The replay panel's first line, without its subject, as the explanation quotes it. */
    replayClaim: (line: string) => line.replace(/^It /, ''),
    raised: (n: string) => `${n} items raised an exception`,
    ioOnly: 'The I/O-bound items finish sooner; the CPU-bound ones do not',
    expectedIoOnly: 'You expected only the I/O-bound items to speed up.',
    gilTimes: (io1: string, io4: string, cpu1: string, cpu4: string) => [
      `I/O-bound: ${io1} ms on 1 worker, ${io4} ms on 4`,
      `CPU-bound: ${cpu1} ms on 1 worker, ${cpu4} ms on 4`,
    ],
    speedups: /speedup ([\d.]+)/g,
    levelOff: (cores: number) => `About where it was at ${cores} ${cores === 1 ? 'worker' : 'workers'}`,
    expectedFlatCurve: 'You expected the speedup to level off past the cores.',
    atCores: (speedup: string, efficiency: string) => `the speedup was ${speedup} (efficiency ${efficiency})`,
    serial: 'serial fraction',
    from: 'Smallest payload (bytes)',
    to: 'Largest payload (bytes)',
    clone: 'clone (typed array, copied)',
    transfer: 'transfer (ArrayBuffer moved)',
    much: 'Transfer is far faster (10× or more)',
    flat: 'It costs about the same at every size',
    expectedMuch: 'You expected the transfer to be far faster.',
    expectedFlat: 'You expected a transfer to cost about the same at every size.',
    copyQuote: (clone: string, transfer: string) =>
      `Copying 64 MB there and back took ${clone} ms; transferring the same buffer took ${transfer} ms`,
    growthQuote: (c1: string, c2: string, t1: string, t2: string) => [
      `a copy’s round trip went from ${c1} ms to ${c2} ms`,
      `a transfer’s from ${t1} ms to ${t2} ms`,
    ],
    halve: 'Halve it (about 2× faster)',
    same: 'About the same',
    skip: 'Skip the prediction',
    expectedHalf: 'You expected the time to halve.',
    expectedSame: 'You expected about the same time.',
    skipped: 'You skipped the prediction.',
    halved: (yes: boolean) => (yes ? 'That is what happened' : 'Not quite'),
    twoAgainstOne: (t2: string, t1: string) => `(${t2} ms against ${t1} ms: speedup`,
    gilQuote: (tGil: string, t1: string, t2: string) => [
      `With the GIL, 2 workers took ${tGil} ms`,
      `(${t1} ms); without the GIL the same 2 workers took ${t2} ms`,
    ],
    handoffs: (n: string) => `changed hands ${n} times`,
    slicingQuote: (tOne: string, tSmall: string, tMany: string) => [
      `(${tOne} ms against ${tSmall} ms)`,
      `(${tMany} ms)`,
    ],
    high: 'High (exclusive)',
    gil: 'on: every worker must hold one lock, handed over each switch interval',
    allSteps: 'All steps',
  },
  zh: {
    home: '从这里开始',
    notDone: '尚未完成',
    done: '✓ 已完成',
    start: '开始：进程与线程',
    runStep: '运行这一步',
    stepDone: '这一步已完成。',
    titles: [
      '进程与线程',
      '两个线程，一个和',
      '全局解释器锁（GIL）',
      '线程多于核心',
      '加速比，以及它在哪里停下',
      '丢失的更新',
      '死锁',
      '文章中的 do_threaded_work',
      '全局解释器锁（GIL）下的 I/O',
      '一条消息的代价',
      '你自己代码中的竞态',
    ],
    lessFew: '比这个少：有些加 1 丢了',
    expectedLost: '你预测有些加 1 会丢失。',
    raceCount: (items: string, increments: string, final: string) =>
      `${items} 个工作项的 work 一共返回了 ${increments} 次加 1；shared[0] 最后是 ${final}。`,
    raceFix: '修复它：用 Atomics.add 再做一次这一步',
    raceFixedQuote: '你的代码用 Atomics.add 加 1',
    many: '很多：1% 或更多',
    expectedMany: '你预测会丢失很多次更新。',
    lostQuote: (lost: string, expected: string) => `在 ${expected} 次更新中丢失了 ${lost} 次`,
    deadlockSection: '死锁及其修复',
    lockTimeout: '锁超时（毫秒）',
    opposite: /相反顺序/,
    globalOrder: /同一个全局顺序/,
    deadlockTimeout: '它们陷入死锁，由锁超时打破',
    expectedTimeout: '你预测会发生死锁，并由锁超时打破。',
    bothFinish: '两个都能完成：一个可能要等另一个，然后继续',
    expectedFinish: '你预测每个 Worker 都能完成。',
    matched: '结果和你预测的一样',
    foundAt: /开始后 (\d+) 毫秒/,
    brokenAt: (ms: string) => `距开始 ${ms} 毫秒`,
    cycle: (path: string) => `在等待图中连成了一个环（${path}）`,
    fixIt: '修复它：同样两个 Worker，按同一个全局顺序加锁',
    finishedIn: /全部 2 个 Worker 在 (\d+) 毫秒内完成/,
    bothIn: (ms: string) => `两个 Worker 在 ${ms} 毫秒内都完成了`,
    sectionRun: '运行',
    earlierRun: '这里的解释针对的是较早的一次运行',
    poolItems: '任务数',
    poolKind: '工作类型',
    poolGil: '开启：每个 Worker 必须持有同一把锁才能计算，I/O 等待期间释放',
    fewer: '更少：有些结果不见了',
    expectedFewer: '你预测有些结果会不见。',
    replayClaim: (line: string) => line.replace(/^它/, ''),
    raised: (n: string) => `有 ${n} 个任务抛出异常`,
    ioOnly: 'I/O 密集型任务完成得更快，CPU 密集型任务不会',
    expectedIoOnly: '你预测只有 I/O 密集型任务会变快。',
    gilTimes: (io1: string, io4: string, cpu1: string, cpu4: string) => [
      `I/O 密集型：1 个 Worker 用了 ${io1} 毫秒，4 个用了 ${io4} 毫秒`,
      `CPU 密集型：1 个 Worker 用了 ${cpu1} 毫秒，4 个用了 ${cpu4} 毫秒`,
    ],
    speedups: /加速比 ([\d.]+)/g,
    levelOff: (cores: number) => `和 ${cores} 个 Worker 时差不多`,
    expectedFlatCurve: '你预测加速比在超过核心数后会趋于平稳。',
    /** The table shows the speedup as 1.90×; the Chinese reading gives the bare ratio. */
    atCores: (speedup: string, efficiency: string) =>
      `的加速比为 ${speedup.replace(/×$/, '')}（效率 ${efficiency}）`,
    serial: '串行比例',
    from: '最小数据量（字节）',
    to: '最大数据量（字节）',
    clone: '克隆（类型化数组，复制）',
    transfer: '转移（ArrayBuffer 被移走）',
    much: '转移快得多（10 倍以上）',
    flat: '每种大小的代价都差不多',
    expectedMuch: '你预测转移会快得多。',
    expectedFlat: '你预测转移的代价在每种大小下都差不多。',
    copyQuote: (clone: string, transfer: string) =>
      `复制 64 MB 往返一次用了 ${clone} 毫秒；转移同一个缓冲区用了 ${transfer} 毫秒`,
    growthQuote: (c1: string, c2: string, t1: string, t2: string) => [
      `复制一次往返的用时从 ${c1} 毫秒变为 ${c2} 毫秒`,
      `转移从 ${t1} 毫秒变为 ${t2} 毫秒`,
    ],
    halve: '减半（大约快一倍）',
    same: '差不多',
    skip: '跳过预测',
    expectedHalf: '你预测用时会减半。',
    expectedSame: '你预测用时差不多。',
    skipped: '你跳过了预测。',
    halved: (yes: boolean) => (yes ? '结果和你预测的一样' : '和你预测的不一样'),
    twoAgainstOne: (t2: string, t1: string) => `（${t2} 毫秒对 ${t1} 毫秒：加速比`,
    gilQuote: (tGil: string, t1: string, t2: string) => [
      `开启 GIL 后，2 个 Worker 用了 ${tGil} 毫秒`,
      `1 个 Worker（${t1} 毫秒）`,
      `同样的 2 个 Worker 用了 ${t2} 毫秒`,
    ],
    handoffs: (n: string) => `这把锁交接了 ${n} 次`,
    slicingQuote: (tOne: string, tSmall: string, tMany: string) => [
      `（${tOne} 毫秒对 ${tSmall} 毫秒）`,
      `（${tMany} 毫秒）`,
    ],
    high: '上界（不含）',
    gil: '开启：每个 Worker 必须持有同一把锁，每过一个切换间隔交接一次',
    allSteps: '全部步骤',
  },
} as const;

/** The median the message-passing lab's table shows for a transport at a size (ms, as shown). */
async function shownMedian(page: Page, size: string, transport: string): Promise<string> {
  const rows = page.getByTestId('transfer-table').locator('tbody tr');
  const row = rows.filter({ has: page.locator('th', { hasText: new RegExp(`^${size}$`) }) }).filter({
    has: page.locator('td', { hasText: transport }),
  });
  return (await row.locator('td').nth(1).textContent())!.trim();
}

/** The times of the history table's rows, as shown (one decimal), oldest first. */
async function shownTimes(page: Page): Promise<string[]> {
  const cells = await page.getByTestId('sum-history').locator('tbody tr td:nth-child(6)').allInnerTexts();
  return cells.map((text) => /([\d.]+)/.exec(text)![1]!);
}

async function runStep(page: Page, words: (typeof WORDS)['en' | 'zh']) {
  const panel = page.getByTestId('lesson-panel');
  await panel.getByRole('button', { name: words.runStep }).click();
  await expect(panel.getByRole('status')).toHaveText(words.stepDone, { timeout: 60_000 });
  return (await page.getByTestId('lesson-explanation').innerText()).replace(/\s+/g, ' ');
}

for (const lang of ['en', 'zh'] as const) {
  const words = WORDS[lang];
  test(`the whole path in ${lang}: predict, run, explain with the lab's numbers, try next`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.goto(`/?lang=${lang}`);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(words.home);
    const cards = page.locator('.lesson-card');
    await expect(cards).toHaveCount(words.titles.length);
    for (const [i, title] of words.titles.entries()) {
      await expect(cards.nth(i).getByRole('heading', { level: 4 })).toHaveText(title);
      await expect(cards.nth(i)).toContainText(words.notDone);
    }

    // Step 1: 64 MB copied, transferred and shared, on the message-passing lab.
    await page.getByRole('link', { name: words.start }).click();
    await expect(page).toHaveURL(/lesson=threads/);
    await expect(page.getByLabel(words.to)).toHaveValue('67108864');
    const panel = page.getByTestId('lesson-panel');
    await expect(panel.getByRole('heading', { level: 3 })).toHaveText(words.titles[0]);
    await panel.getByLabel(words.much).check();
    let explanation = await runStep(page, words);
    expect(explanation).toContain(words.expectedMuch);
    expect(explanation).toContain(
      words.copyQuote(
        await shownMedian(page, '64 MB', words.clone),
        await shownMedian(page, '64 MB', words.transfer),
      ),
    );

    // Step 2, by its try-next link: 1 worker, then 2, on the summation lab.
    await panel.getByRole('link', { name: words.titles[1] }).click();
    await expect(page).toHaveURL(/lesson=summing-thread/);
    await expect(page.getByLabel(words.high)).toHaveValue('200000000');
    await expect(panel.getByRole('heading', { level: 3 })).toHaveText(words.titles[1]);
    await panel.getByLabel(words.halve).check();
    explanation = await runStep(page, words);
    const [t1, t2] = await shownTimes(page);
    expect(explanation).toContain(words.expectedHalf);
    expect(explanation).toContain(words.twoAgainstOne(t2!, t1!));
    const speedup = Number(t1) / Number(t2);
    expect(explanation).toContain(words.halved(speedup >= 1.6));

    // Step 3: its inputs are loaded, then 1 worker, 2, and 2 with the GIL.
    await panel.getByRole('link', { name: words.titles[2] }).click();
    await expect(page).toHaveURL(/lesson=gil/);
    await expect(page.getByLabel(words.high)).toHaveValue('100000000');
    await expect(page.getByLabel(words.gil)).toBeChecked();
    await panel.getByLabel(words.same).check();
    explanation = await runStep(page, words);
    const [one, two, withGil] = await shownTimes(page);
    expect(explanation).toContain(words.expectedSame);
    for (const quote of words.gilQuote(withGil!, one!, two!)) expect(explanation).toContain(quote);
    const handoffs = await page.getByTestId('sum-handoffs').innerText();
    expect(Number(handoffs.replace(/,/g, ''))).toBeGreaterThan(0);
    expect(explanation).toContain(words.handoffs(handoffs));
    expect(explanation).toContain('PEP 703');

    // Step 4: skip the prediction; one chunk per worker against a queue, with twice the cores.
    await panel.getByRole('link', { name: words.titles[3] }).click();
    await expect(page).toHaveURL(/lesson=time-slicing/);
    await expect(page.getByLabel(words.high)).toHaveValue('400000000');
    await panel.getByRole('button', { name: words.skip }).click();
    explanation = await runStep(page, words);
    const [small, oneChunk, queued] = await shownTimes(page);
    expect(explanation).toContain(words.skipped);
    for (const quote of words.slicingQuote(oneChunk!, small!, queued!)) expect(explanation).toContain(quote);
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    const workers = await page.getByTestId('sum-history').locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect(workers.map(Number)).toEqual([cores, 2 * cores, 2 * cores]);

    // Step 5: a sweep past the cores on the speedup lab; the explanation is the chart's reading.
    await panel.getByRole('link', { name: words.titles[4] }).click();
    await expect(page).toHaveURL(/lesson=amdahl/);
    await panel.getByLabel(words.levelOff(cores)).check();
    explanation = await runStep(page, words);
    expect(explanation).toContain(words.expectedFlatCurve);
    const atCores = page
      .locator('.data-table tbody tr')
      .filter({ has: page.locator('th', { hasText: new RegExp(`^${cores}$`) }) });
    const [speedupShown, efficiencyShown] = [
      (await atCores.locator('td').nth(1).textContent())!,
      (await atCores.locator('td').nth(2).textContent())!,
    ];
    expect(explanation).toContain(words.atCores(speedupShown, efficiencyShown));
    expect(explanation).toContain(words.serial);
    await expect(page.getByTestId('speedup-reading')).toContainText(words.serial);

    // Step 6: lost updates on a shared counter, then the cost of Atomics.add and of a mutex.
    await panel.getByRole('link', { name: words.titles[5] }).click();
    await expect(page).toHaveURL(/lesson=races/);
    await panel.getByLabel(words.many).check();
    explanation = await runStep(page, words);
    expect(explanation).toContain(words.expectedMany);
    await expect(page.getByTestId('race-table').locator('tbody tr')).toHaveCount(3);
    const plainRow = page.getByTestId('race-table').locator('tr[data-mode="plain"]');
    const lostShown = (await plainRow.getByTestId('lost').textContent())!.trim();
    const expectedShown = (await plainRow.locator('td').nth(0).textContent())!.trim();
    expect(explanation).toContain(words.lostQuote(lostShown, expectedShown));

    // Step 7: two workers take two locks in opposite order; a timeout breaks the deadlock.
    await panel.getByRole('link', { name: words.titles[6] }).click();
    await expect(page).toHaveURL(/lesson=deadlock/);
    const deadlock = page.getByRole('region', { name: words.deadlockSection });
    await expect(deadlock.getByLabel(words.lockTimeout)).toHaveValue('1000');
    await expect(deadlock.getByLabel(words.opposite)).toBeChecked();
    await panel.getByLabel(words.deadlockTimeout).check();
    explanation = await runStep(page, words);
    expect(explanation).toContain(words.expectedTimeout);
    expect(explanation).toContain(words.matched);
    const found = words.foundAt.exec(await deadlock.getByTestId('deadlock-result').innerText())!;
    expect(explanation).toContain(words.brokenAt(found[1]!));
    // The loop as the explanation draws it, from the cycle the section lists (worker 1 or 2 saw it).
    const waiters = (await deadlock.getByTestId('deadlock-cycle').locator('li').allInnerTexts()).map(
      (item) => /(\d)/.exec(item)![1],
    );
    const path = waiters[0] === '1' ? 'W1 → B → W2 → A → W1' : 'W2 → A → W1 → B → W2';
    expect(explanation).toContain(words.cycle(path));
    // A run from the section's own button replaces the one explained: the step says so instead.
    await deadlock.getByRole('button', { name: words.sectionRun, exact: true }).click();
    await expect(page.getByTestId('lesson-explanation')).toContainText(words.earlierRun);
    await expect(deadlock.getByTestId('deadlock-result')).toBeVisible({ timeout: 10_000 });
    await expect(page.getByTestId('lesson-explanation')).toContainText(words.earlierRun);

    // Its first try-next link: the same step with one global lock order, and no deadlock.
    await panel.getByRole('link', { name: words.fixIt }).click();
    await expect(page).toHaveURL(/lesson=deadlock/);
    await expect(page).toHaveURL(/order=same/);
    await expect(deadlock.getByLabel(words.globalOrder)).toBeChecked();
    await panel.getByLabel(words.bothFinish).check();
    explanation = await runStep(page, words);
    expect(explanation).toContain(words.expectedFinish);
    expect(explanation).toContain(words.matched);
    const finished = words.finishedIn.exec(await deadlock.getByTestId('deadlock-result').innerText())!;
    expect(explanation).toContain(words.bothIn(finished[1]!));
    await expect(deadlock.locator('tr[data-outcome="done"]')).toHaveCount(2);

    // Step 8: the article's do_threaded_work on 200 items, some throwing and some falsy, on the pool lab.
    await panel.getByRole('link', { name: words.titles[7] }).click();
    await expect(page).toHaveURL(/lesson=threaded-work/);
    await expect(page.getByLabel(words.poolItems, { exact: true })).toHaveValue('200');
    await panel.getByLabel(words.fewer).check();
    explanation = await runStep(page, words);
    expect(explanation).toContain(words.expectedFewer);
    const replayLine = (await page.getByTestId('replay-returned').innerText()).trim();
    expect(explanation).toContain(words.replayClaim(replayLine));
    const [python, items] = (/([\d,]+)[^\d,]+([\d,]+)/.exec(replayLine) ?? [])
      .slice(1)
      .map((t) => Number(t.replace(/,/g, '')));
    expect(Math.min(python!, items!)).toBeLessThan(200);
    expect(explanation).toContain(words.matched);
    const errorsShown = await page
      .getByTestId('counters')
      .locator('button[data-status="error"]')
      .getAttribute('data-count');
    expect(Number(errorsShown)).toBeGreaterThan(0);
    expect(explanation).toContain(words.raised(errorsShown!));

    // Step 9, by its try-next link, which loads the simulated GIL and I/O items: both kinds on 1 and 4 workers.
    await panel.getByRole('link', { name: words.titles[8] }).click();
    await expect(page).toHaveURL(/lesson=io-under-gil/);
    await expect(page.getByRole('checkbox', { name: words.poolGil })).toBeChecked();
    await expect(page.getByLabel(words.poolKind)).toHaveValue('io');
    await expect(page.getByLabel(words.poolItems, { exact: true })).toHaveValue('40');
    await panel.getByLabel(words.ioOnly).check();
    explanation = await runStep(page, words);
    expect(explanation).toContain(words.expectedIoOnly);
    const history = page.getByTestId('pool-history').locator('tbody tr');
    await expect(history).toHaveCount(4);
    const runsShown = await history.evaluateAll((rows) =>
      rows.map((row) =>
        [row.getAttribute('data-kind'), row.getAttribute('data-workers'), row.getAttribute('data-gil')].join(
          ' ',
        ),
      ),
    );
    expect(runsShown).toEqual(['io 1 1', 'io 4 1', 'cpu 1 1', 'cpu 4 1']);
    const [io1, io4, cpu1, cpu4] = await page.getByTestId('history-time').allInnerTexts();
    for (const quote of words.gilTimes(io1!, io4!, cpu1!, cpu4!)) expect(explanation).toContain(quote);
    // The speedups quoted are the ratios of those times (shown rounded to whole ms).
    const ms = (text: string) => Number(text.replace(/,/g, ''));
    const [ioSpeedup, cpuSpeedup] = [...explanation.matchAll(words.speedups)].map((match) =>
      Number(match[1]),
    );
    expect(ioSpeedup).toBeCloseTo(ms(io1!) / ms(io4!), 1);
    expect(cpuSpeedup).toBeCloseTo(ms(cpu1!) / ms(cpu4!), 1);

    // Step 10: message sizes from 1 KB to 16 MB.
    await panel.getByRole('link', { name: words.titles[9] }).click();
    await expect(page).toHaveURL(/lesson=message-cost/);
    await expect(page.getByLabel(words.from)).toHaveValue('1024');
    await panel.getByLabel(words.flat).check();
    explanation = await runStep(page, words);
    expect(explanation).toContain(words.expectedFlat);
    const quotes = words.growthQuote(
      await shownMedian(page, '1 KB', words.clone),
      await shownMedian(page, '16 MB', words.clone),
      await shownMedian(page, '1 KB', words.transfer),
      await shownMedian(page, '16 MB', words.transfer),
    );
    for (const quote of quotes) expect(explanation).toContain(quote);

    // Step 11: the racy counter in the code lab, then its fix through the try-next link.
    await panel.getByRole('link', { name: words.titles[10] }).click();
    await expect(page).toHaveURL(/lesson=your-race/);
    await expect(page.getByTestId('code-editor')).toContainText('shared[0] = shared[0] + 1');
    await panel.getByLabel(words.lessFew).check();
    explanation = await runStep(page, words);
    expect(explanation).toContain(words.expectedLost);
    const final = (await page.getByTestId('shared-after').innerText()).match(/shared\[0\] = ([\d,]+)/)?.[1];
    expect(explanation).toContain(words.raceCount('4', '40,000,000', final!));
    await panel.getByRole('link', { name: words.raceFix }).click();
    await expect(page).toHaveURL(/preset=race-fixed/);
    await expect(page.getByTestId('code-editor')).toContainText('Atomics.add(shared, 0, 1)');
    explanation = await runStep(page, words);
    expect(explanation).toContain(words.raceCount('4', '40,000,000', '40,000,000'));
    expect(explanation).toContain(words.raceFixedQuote);

    // Every step is done on the home page.
    await panel.getByRole('link', { name: words.allSteps }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(words.home);
    for (let i = 0; i < words.titles.length; i++) await expect(cards.nth(i)).toContainText(words.done);
  });
}

test('a step opens embedded, in its own lab, and a lesson named on another lab gets a notice', async ({
  page,
}) => {
  await page.goto('/?lesson=gil&embed=1&lang=en');
  await expect(page).toHaveURL(/lab=sum/);
  await expect(page.getByTestId('lesson-panel').getByRole('heading', { level: 3 })).toHaveText('The GIL');
  await expect(page.getByRole('navigation', { name: 'Labs' })).toHaveCount(0);
  await page.goto('/?lab=pool&lesson=gil&lang=en');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Task pool');
  await expect(page.getByTestId('lesson-panel')).toHaveCount(0);
  await expect(page.getByRole('status', { name: 'URL parameter notices' })).toContainText(
    'URL parameter "lesson" got "gil", which belongs to the "sum" page: open it with lab=sum.',
  );
});

test('without shared memory the GIL step says why it cannot run', async ({ page }) => {
  await page.addInitScript(() => {
    // An isolated page of a browser without SharedArrayBuffer (WebKitGTK as shipped).
    delete (globalThis as { SharedArrayBuffer?: unknown }).SharedArrayBuffer;
  });
  await page.goto('/?lesson=gil&lang=en');
  const panel = page.getByTestId('lesson-panel');
  await expect(panel).toContainText('This step needs shared memory for the simulated GIL');
  await expect(panel.getByRole('button', { name: 'Run this step' })).toBeDisabled();
});

test('axe finds no serious or critical violation on the home page and every lesson panel (en, zh dark)', async ({
  page,
}) => {
  for (const query of [
    'lang=en',
    'lang=zh&theme=dark',
    'lesson=threads&lang=zh&theme=dark',
    'lesson=summing-thread&lang=en',
    'lesson=gil&lang=zh&theme=dark',
    'lesson=time-slicing&lang=en',
    'lesson=amdahl&lang=zh&theme=dark',
    'lesson=races&lang=en',
    'lesson=deadlock&lang=zh&theme=dark',
    'lesson=threaded-work&lang=en',
    'lesson=io-under-gil&lang=zh&theme=dark',
    'lesson=message-cost&lang=en',
    'lesson=your-race&lang=zh&theme=dark',
  ]) {
    await page.goto(`/?${query}`);
    await page.getByRole('heading', { level: 2 }).waitFor();
    if (query.includes('lesson')) await page.getByTestId('lesson-panel').waitFor();
    await expectNoSeriousAxeViolations(page, query);
  }
});
