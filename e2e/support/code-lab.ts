// The code lab's editors and outcomes, driven as a person would: the editor is CodeMirror's contenteditable.
import { expect, type Page } from '@playwright/test';

/** Replaces the text of an editor (`code-editor` or `items-editor`), as typed (insertText skips auto-indent). */
export async function setEditorText(page: Page, testId: string, text: string): Promise<void> {
  const content = page.getByTestId(testId).locator('.cm-content');
  await content.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** Counts the dedicated workers the page starts from now on. */
export function countWorkers(page: Page): { readonly started: () => number } {
  let started = 0;
  page.on('worker', () => started++);
  return { started: () => started };
}

/** The value column of every row the outcomes table shows now, by item index. */
export async function shownValues(page: Page): Promise<Map<number, string>> {
  const rows = await page
    .getByTestId('results-table')
    .locator('[role=row][data-index]')
    .evaluateAll((list) =>
      list.map(
        (r) =>
          [Number(r.getAttribute('data-index')), r.querySelector('.value-cell')?.textContent ?? ''] as const,
      ),
    );
  return new Map(rows);
}

/**
 * The racy-counter preset, then its fix, on the page as it stands (a preset chosen by the address): the race
 * counts at least one and never more than `increments`; the fix counts every one. `run` presses Run and
 * waits for `finished` in the status line.
 */
export async function raceThenFixed(
  page: Page,
  increments: number,
  run: (page: Page, finished: string) => Promise<void>,
): Promise<void> {
  await run(page, '4 items in');
  const racy = Number(
    (await page.getByTestId('shared-after').textContent())
      ?.match(/shared\[0\] = ([\d,]+)/)?.[1]
      ?.replace(/,/g, ''),
  );
  expect(racy).toBeGreaterThan(0);
  // Lost updates are likely, not certain (they need both workers counting at once): never more.
  expect(racy).toBeLessThanOrEqual(increments);
  await page.getByLabel('Preset').selectOption('race-fixed');
  await run(page, '4 items in');
  await expect(page.getByTestId('shared-after')).toContainText(
    `shared[0] = ${increments.toLocaleString('en-US')}`,
  );
}
