import { createContext, useContext } from 'react';
import type { LessonId } from './lesson-steps.ts';

/** The lesson step the URL opened on this lab (the shell checked it is this lab's), if any. */
export const LessonContext = createContext<LessonId | undefined>(undefined);

export function useLesson(): LessonId | undefined {
  return useContext(LessonContext);
}
