// Which lesson steps the learner has done, kept in localStorage so the home page can show it on the next
// visit. Storage may be blocked (a sandboxed frame, a private window): then progress lasts for the page.
import { isLessonId, type LessonId } from './lesson-steps.ts';

export const PROGRESS_STORAGE_KEY = 'concurrency-playground:lessons-done';

/** Progress when storage cannot be read or written. */
let inMemory: LessonId[] = [];

export function lessonsDone(): ReadonlySet<LessonId> {
  try {
    const raw = localStorage.getItem(PROGRESS_STORAGE_KEY);
    if (raw === null) return new Set(inMemory);
    const parsed: unknown = JSON.parse(raw);
    // Anything else in the key (an older format, a hand edit) counts as no progress, never as an error.
    if (!Array.isArray(parsed)) return new Set();
    return new Set(parsed.filter((id): id is LessonId => typeof id === 'string' && isLessonId(id)));
  } catch {
    return new Set(inMemory);
  }
}

/** Marks a step done; returns whether it was new. */
export function markLessonDone(id: LessonId): boolean {
  const done = lessonsDone();
  if (done.has(id)) return false;
  const next = [...done, id];
  inMemory = next;
  try {
    localStorage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Kept in memory only.
  }
  return true;
}

/** Forgets every step's progress. */
export function clearLessonProgress(): void {
  inMemory = [];
  try {
    localStorage.removeItem(PROGRESS_STORAGE_KEY);
  } catch {
    // Nothing stored.
  }
}
