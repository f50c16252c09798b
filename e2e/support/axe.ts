// Accessibility check shared by the specs: axe on the page as it is now, failing on serious and critical
// violations only (moderate ones are reported by axe but not held here).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function expectNoSeriousAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`),
    where,
  ).toEqual([]);
}
