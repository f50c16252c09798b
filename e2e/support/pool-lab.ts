// What the task pool lab's page says, read as its tests need it.
import type { Page } from '@playwright/test';

/** The outcome counters above the results table: status -> count (ok, error, timeout, cancelled, ...). */
export async function poolCounts(page: Page): Promise<Record<string, number>> {
  const buttons = page.getByTestId('counters').locator('button[data-status]');
  const entries = await buttons.evaluateAll((list: Element[]) =>
    list.map((b) => [b.getAttribute('data-status') ?? '', Number(b.getAttribute('data-count'))] as const),
  );
  return Object.fromEntries(entries);
}
