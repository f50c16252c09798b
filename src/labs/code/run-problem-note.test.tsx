import { afterEach, expect, test } from 'vitest';
import { mountInLang, unmountAll } from '../../ui/mount-for-test.tsx';
import { codeLabMessages } from './code-lab-messages.ts';
import type { RunProblem } from './prepare-run.ts';
import { RunProblemNote } from './run-problem-note.tsx';

afterEach(unmountAll);

const timeout = (python: boolean): RunProblem => ({
  where: 'items',
  kind: 'generator',
  reason: 'timeout',
  detail: '30000',
  ...(python ? { python: true as const } : {}),
});

test('a generator that gave nothing in time: a Python one also names starting Python as a cause', () => {
  const js = mountInLang(<RunProblemNote problem={timeout(false)} messages={codeLabMessages.en} />);
  expect(js.textContent).toContain('within 30,000 ms: does it loop without reaching its next yield?');
  expect(js.textContent).not.toContain('Python');
  const python = mountInLang(<RunProblemNote problem={timeout(true)} messages={codeLabMessages.en} />);
  expect(python.textContent).toContain('starting Python in its worker included');
  expect(python.textContent).toContain('too slow to fetch Python');
  const zh = mountInLang(<RunProblemNote problem={timeout(true)} messages={codeLabMessages.zh} />, 'zh');
  expect(zh.textContent).toContain('启动 Python');
});

test('a Python exception in items() names its line only (Python gives no column)', () => {
  const problem: RunProblem = {
    where: 'items',
    kind: 'generator',
    reason: 'threw',
    detail: "KeyError: 'no more'",
    at: { line: 3, column: 0 },
    python: true,
  };
  const host = mountInLang(<RunProblemNote problem={problem} messages={codeLabMessages.en} />);
  expect(host.textContent).toContain("Items, line 3: items() threw KeyError: 'no more'");
});
