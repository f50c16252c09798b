import { expect, test } from 'vitest';
import { SCRIPT_DID_NOT_LOAD, workerFailureMessage } from './worker-failure.ts';

test('names the worker and ends in exactly one period, whatever the engine put in the message', () => {
  expect(workerFailureMessage('Summation worker 2', { message: '' })).toBe(
    `Summation worker 2 failed: ${SCRIPT_DID_NOT_LOAD}.`,
  );
  expect(workerFailureMessage('Racer 1', {})).toBe(`Racer 1 failed: ${SCRIPT_DID_NOT_LOAD}.`);
  expect(workerFailureMessage('Racer 1', { message: 'Uncaught Error: boom' })).toBe(
    'Racer 1 failed: Uncaught Error: boom.',
  );
  // WebKit's messages may end in a period of their own: before, the sentence ended in two.
  expect(workerFailureMessage('Racer 1', { message: 'Script failed to load.' })).toBe(
    'Racer 1 failed: Script failed to load.',
  );
  expect(workerFailureMessage('Racer 1', { message: '  Error: x...  ' })).toBe('Racer 1 failed: Error: x.');
});

test('a real worker whose script does not exist fails with the sentence for a script that did not load', async () => {
  const worker = new Worker(new URL('./no-such-worker-script.js', import.meta.url), { type: 'module' });
  const message = await new Promise<string>((resolve) => {
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      resolve(workerFailureMessage('Test worker', event));
    });
  });
  worker.terminate();
  expect(message).toMatch(/^Test worker failed: .+[^.]\.$/);
});
