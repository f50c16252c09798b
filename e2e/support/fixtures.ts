// `test` with an automatic console watcher: in every test, any console error or uncaught page error on
// any page of the test's browser context fails the test, because a learner would see a broken page and
// the app never logs an error in normal use. A test that provokes an error on purpose says which ones
// it expects with `consoleProblems.allow(/pattern/)`; an expected pattern that never appears is not an
// error (the watch is about surprises, not about the test's own assertions).
import { test as base, expect, type Page } from '@playwright/test';

export interface ConsoleProblems {
  /** Every console error and page error seen so far, allowed or not, in the order they came. */
  readonly messages: readonly string[];
  /** Accepts problems whose text matches `pattern` for the rest of this test. */
  allow(pattern: RegExp): void;
  /** Watches a page of another browser context (the test's own context is watched already). */
  watch(page: Page): void;
}

/** Messages not matched by any allowed pattern. Exported for the fixture's own test. */
export function unexpectedProblems(messages: readonly string[], allowed: readonly RegExp[]): string[] {
  return messages.filter((message) => !allowed.some((pattern) => pattern.test(message)));
}

export const test = base.extend<{ consoleProblems: ConsoleProblems }>({
  consoleProblems: [
    async ({ context }, use) => {
      const messages: string[] = [];
      const allowed: RegExp[] = [];
      const watch = (target: Page) => {
        const where = () => target.url();
        target.on('console', (message) => {
          if (message.type() === 'error') messages.push(`console.error: ${message.text()} (${where()})`);
        });
        target.on('pageerror', (error) => messages.push(`page error: ${error.message} (${where()})`));
      };
      for (const page of context.pages()) watch(page);
      context.on('page', watch);
      await use({ messages, allow: (pattern) => allowed.push(pattern), watch });
      expect(unexpectedProblems(messages, allowed), 'console errors or page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Page } from '@playwright/test';
