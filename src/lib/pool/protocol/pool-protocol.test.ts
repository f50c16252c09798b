import { expect, test } from 'vitest';
import { assertNever, type PageToWorker, type WorkerToPage } from './pool-protocol.ts';

// The page and the worker switch over these unions with assertNever in `default:`. These switches leave
// kinds out on purpose: `npm run typecheck` fails if assertNever ever accepts an unhandled kind.

test('a switch over WorkerToPage that forgets a kind does not compile, and throws if it runs', () => {
  const onlyReady = (message: WorkerToPage): string => {
    switch (message.type) {
      case 'ready':
        return 'ready';
      default:
        // @ts-expect-error 'report', 'closing' and 'fault' are not handled
        return assertNever(message);
    }
  };
  const closing = { type: 'closing', runningSeq: 3 } as unknown as WorkerToPage;
  expect(() => onlyReady(closing)).toThrow(/unknown pool message: .*closing/);
});

test('a switch over PageToWorker that forgets a kind does not compile', () => {
  const onlyInit = (message: PageToWorker): string => {
    switch (message.type) {
      case 'init':
        return 'init';
      default:
        // @ts-expect-error 'batch' is not handled
        return assertNever(message);
    }
  };
  expect(() => onlyInit({ type: 'batch' } as unknown as PageToWorker)).toThrow(TypeError);
});

test('a switch that handles every kind narrows the rest to never', () => {
  const all = (message: PageToWorker): string => {
    switch (message.type) {
      case 'init':
      case 'batch':
      case 'skip':
        return message.type;
      default:
        return assertNever(message);
    }
  };
  expect(all({ type: 'init' } as unknown as PageToWorker)).toBe('init');
});
