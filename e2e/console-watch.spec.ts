import { expect, test } from './support/fixtures.ts';

// The watch itself: each of these would pass if the automatic console watch missed what it is for.

test('a console error on the page fails the test', async ({ page }) => {
  test.fail();
  await page.goto('/?lab=sum&lang=en');
  await page.evaluate(() => console.error('an error a learner would see'));
});

test('an uncaught error in a second page of the context fails the test', async ({ page, context }) => {
  test.fail();
  await page.goto('/?lab=sum&lang=en');
  const second = await context.newPage();
  await second.goto('/?lab=pool&lang=en');
  await second.evaluate(() =>
    setTimeout(() => {
      throw new Error('thrown in the second page');
    }),
  );
  await expect.poll(() => second.evaluate(() => document.readyState)).toBe('complete');
  await second.waitForTimeout(100);
});

test('an error the test allows does not fail it, and is still recorded', async ({
  page,
  consoleProblems,
}) => {
  consoleProblems.allow(/expected by this test/);
  await page.goto('/?lab=sum&lang=en');
  await page.evaluate(() => console.error('expected by this test'));
  await expect.poll(() => consoleProblems.messages.length).toBe(1);
  expect(consoleProblems.messages[0]).toContain('expected by this test');
});
