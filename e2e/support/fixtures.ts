// `test` with a console watcher: any console error or uncaught page error fails the test, because a
// learner would see a broken page: the app never logs an error in normal use.
import { test as base, expect, type Page } from '@playwright/test';

export interface ConsoleProblems {
  readonly messages: string[];
  /** Starts watching another page (e.g. a popup or a second context's page). */
  watch(page: Page): void;
}

export const test = base.extend<{ consoleProblems: ConsoleProblems }>({
  consoleProblems: async ({ page }, use) => {
    const messages: string[] = [];
    const watch = (target: Page) => {
      target.on('console', (message) => {
        if (message.type() === 'error') messages.push(`console.error: ${message.text()}`);
      });
      target.on('pageerror', (error) => messages.push(`page error: ${error.message}`));
    };
    watch(page);
    await use({ messages, watch });
    expect(messages, 'console errors or page errors').toEqual([]);
  },
});

export { expect };
export type { Page } from '@playwright/test';
