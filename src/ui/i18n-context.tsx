import { createContext, useContext } from 'react';
import type { Bilingual, Dictionary, Lang } from './lang.ts';

export const LangContext = createContext<Lang>('en');

export function useLang(): Lang {
  return useContext(LangContext);
}

/** Picks a module's dictionary in the current language. */
export function useMessages<T>(messages: Bilingual<T>): Dictionary<T> {
  return messages[useLang()] as Dictionary<T>;
}
