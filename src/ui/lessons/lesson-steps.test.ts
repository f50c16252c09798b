import { expect, test } from 'vitest';
import { LESSON_IDS, LESSON_NEXT, LESSON_STEPS, lessonSearch, withLessonInputs } from './lesson-steps.ts';

const search = (text: string) => new URLSearchParams(text);

test('a link naming only its step gets the step’s lab and inputs', () => {
  const completed = withLessonInputs(search('lesson=gil&lang=zh'));
  expect(completed?.get('lab')).toBe('sum');
  expect(completed?.get('lang')).toBe('zh');
  expect(completed?.get('gil')).toBe('5');
  expect(completed?.get('workers')).toBe('2');
});

test('inputs the link sets itself are kept', () => {
  const completed = withLessonInputs(search('lab=sum&lesson=gil&workers=4'));
  expect(completed?.get('workers')).toBe('4');
  expect(completed?.get('high')).toBe('100000000');
});

test('a complete link, a link to another lab and an unknown step change nothing', () => {
  expect(withLessonInputs(search(lessonSearch('gil', search('')).slice(1)))).toBeUndefined();
  expect(withLessonInputs(search('lab=pool&lesson=gil'))).toBeUndefined();
  expect(withLessonInputs(search('lesson=nope'))).toBeUndefined();
  expect(withLessonInputs(search('lab=sum'))).toBeUndefined();
});

test('a lesson link keeps the page’s language, theme and frame, and nothing else of it', () => {
  const link = search(
    lessonSearch('time-slicing', search('lab=pool&lang=zh&theme=dark&embed=1&n=5')).slice(1),
  );
  expect(Object.fromEntries(link)).toEqual({
    lab: 'sum',
    lang: 'zh',
    theme: 'dark',
    embed: '1',
    lesson: 'time-slicing',
    ...LESSON_STEPS.find((step) => step.id === 'time-slicing')!.inputs,
  });
});

test('every step has one to three next links, to steps that exist', () => {
  for (const id of LESSON_IDS) {
    const next = LESSON_NEXT[id];
    expect(next.length).toBeGreaterThanOrEqual(1);
    expect(next.length).toBeLessThanOrEqual(3);
    for (const link of next) if ('lesson' in link) expect(LESSON_IDS).toContain(link.lesson);
  }
  expect(new Set(LESSON_IDS).size).toBe(LESSON_IDS.length);
});
