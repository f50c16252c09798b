// The learner's edits, kept in localStorage per preset, so a reload or another lab and back loses nothing.
// Storage can be missing or full (a private window, an embedded frame without storage access): then
// edits live only as long as the page.
import type { PresetId } from './code-presets.ts';

const KEY = 'concurrency-playground:code:';

export interface SavedCode {
  readonly fn: string;
  readonly items: string;
}

export function loadSavedCode(preset: PresetId): SavedCode | undefined {
  try {
    const text = localStorage.getItem(KEY + preset);
    if (text === null) return undefined;
    const value = JSON.parse(text) as Partial<SavedCode>;
    return typeof value.fn === 'string' && typeof value.items === 'string'
      ? { fn: value.fn, items: value.items }
      : undefined;
  } catch {
    return undefined;
  }
}

export function saveCode(preset: PresetId, code: SavedCode): void {
  try {
    localStorage.setItem(KEY + preset, JSON.stringify(code));
  } catch {
    // Storage refused: the edit stays in the page only.
  }
}

export function forgetSavedCode(preset: PresetId): void {
  try {
    localStorage.removeItem(KEY + preset);
  } catch {
    // Nothing kept to forget.
  }
}
