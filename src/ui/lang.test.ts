import { expect, test } from 'vitest';
import { langFromBrowser, type Bilingual } from './lang.ts';

// Bilingual<typeof en> is what holds English and 简体中文 to the same keys: `npm run typecheck` fails if an
// expected error below stops being an error.

const en = {
  title: 'Title',
  count: (n: number) => `${n} items`,
  modes: { plain: 'plain', atomic: 'atomic' } satisfies Record<'plain' | 'atomic', string>,
};

test('a Chinese table with every key compiles', () => {
  const messages: Bilingual<typeof en> = {
    en,
    zh: { title: '标题', count: (n: number) => `${n} 项`, modes: { plain: '普通', atomic: '原子' } },
  };
  expect(messages.zh.modes.atomic).toBe('原子');
});

test('a key missing in Chinese, at the top or in a nested table, does not compile', () => {
  const top: Bilingual<typeof en> = {
    en,
    // @ts-expect-error zh has no title
    zh: { count: (n: number) => `${n}`, modes: { plain: 'a', atomic: 'b' } },
  };
  const nested: Bilingual<typeof en> = {
    en,
    // @ts-expect-error zh.modes has no atomic
    zh: { title: '标题', count: (n: number) => `${n}`, modes: { plain: '普通' } },
  };
  expect([top.en.title, nested.en.title]).toEqual(['Title', 'Title']);
});

test('a key English does not have, in a Chinese table, does not compile', () => {
  const extra: Bilingual<typeof en> = {
    en,
    zh: {
      title: '标题',
      count: (n: number) => `${n} 项`,
      // @ts-expect-error English has no mutex mode
      modes: { plain: '普通', atomic: '原子', mutex: '互斥锁' },
    },
  };
  expect(extra.zh.modes.plain).toBe('普通');
});

test('a Chinese list must have as many rows as the English one', () => {
  const glossary = [
    ['a', 'b'],
    ['c', 'd'],
  ] as const satisfies readonly (readonly [string, string])[];
  const rows: Bilingual<{ glossary: typeof glossary }> = {
    en: { glossary },
    // @ts-expect-error one row short
    zh: { glossary: [['甲', '乙']] },
  };
  expect(rows.en.glossary).toHaveLength(2);
});

test('an English table keyed by a union must name every member', () => {
  // @ts-expect-error 'mutex' is missing
  const modes = { plain: 'plain', atomic: 'atomic' } satisfies Record<'plain' | 'atomic' | 'mutex', string>;
  expect(Object.keys(modes)).toHaveLength(2);
});

test('the language comes from the first browser language we speak', () => {
  expect(langFromBrowser(['fr-FR', 'zh-CN', 'en'])).toBe('zh');
  expect(langFromBrowser(['de'])).toBe('en');
});
