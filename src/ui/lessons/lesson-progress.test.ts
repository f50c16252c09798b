import { afterEach, expect, test } from 'vitest';
import { clearLessonProgress, lessonsDone, markLessonDone, PROGRESS_STORAGE_KEY } from './lesson-progress.ts';

afterEach(() => clearLessonProgress());

test('a step marked done stays done in storage, once', () => {
  expect(lessonsDone().size).toBe(0);
  expect(markLessonDone('gil')).toBe(true);
  expect(markLessonDone('gil')).toBe(false);
  expect([...lessonsDone()]).toEqual(['gil']);
  expect(JSON.parse(localStorage.getItem(PROGRESS_STORAGE_KEY)!)).toEqual(['gil']);
  clearLessonProgress();
  expect(lessonsDone().size).toBe(0);
});

test('a stored value that is not a list of known steps counts as no progress, not an error', () => {
  localStorage.setItem(PROGRESS_STORAGE_KEY, '{"gil":true}');
  expect(lessonsDone().size).toBe(0);
  localStorage.setItem(PROGRESS_STORAGE_KEY, 'not json');
  expect(lessonsDone().size).toBe(0);
  localStorage.setItem(PROGRESS_STORAGE_KEY, '["gil","nope",3]');
  expect([...lessonsDone()]).toEqual(['gil']);
});
