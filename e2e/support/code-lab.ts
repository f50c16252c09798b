// The code lab's editors and outcomes, driven as a person would: the editor is CodeMirror's contenteditable.
import type { Page } from '@playwright/test';

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
