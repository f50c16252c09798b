// The learner's edits, kept in localStorage per preset and language, so a reload or another lab and back loses nothing:
// the code, and the items text of each source they wrote one for (a JSON array and a generator apart).
// Storage can be missing or full (a private window, an embedded frame without storage access): then edits
// live only as long as the page.
import { ITEM_SOURCES, type CodeLanguage, type ItemSource, type PresetId } from './code-presets.ts';

const KEY = 'concurrency-playground:code:';

/** JavaScript keeps the key it had before Python came: edits made then are still found. */
function keyOf(preset: PresetId, language: CodeLanguage): string {
  return language === 'js' ? KEY + preset : `${KEY}${language}:${preset}`;
}

export interface SavedCode {
  readonly fn: string;
  /** The items text by the source it was written for. */
  readonly items: Partial<Record<ItemSource, string>>;
}

export function loadSavedCode(preset: PresetId, language: CodeLanguage): SavedCode | undefined {
  try {
    const text = localStorage.getItem(keyOf(preset, language));
    if (text === null) return undefined;
    const value = JSON.parse(text) as { fn?: unknown; items?: unknown };
    if (typeof value.fn !== 'string' || typeof value.items !== 'object' || value.items === null)
      return undefined;
    const items: Partial<Record<ItemSource, string>> = {};
    for (const source of ITEM_SOURCES) {
      const saved = (value.items as Record<string, unknown>)[source];
      if (typeof saved === 'string') items[source] = saved;
    }
    return { fn: value.fn, items };
  } catch {
    return undefined;
  }
}

/** Keeps `fn`, and `itemsText` as the items of `source`, beside the other sources' items already kept. */
export function saveCode(
  preset: PresetId,
  language: CodeLanguage,
  fn: string,
  source: ItemSource,
  itemsText: string,
): void {
  const items = { ...loadSavedCode(preset, language)?.items, [source]: itemsText };
  try {
    localStorage.setItem(keyOf(preset, language), JSON.stringify({ fn, items }));
  } catch {
    // Storage refused: the edit stays in the page only.
  }
}

export function forgetSavedCode(preset: PresetId, language: CodeLanguage): void {
  try {
    localStorage.removeItem(keyOf(preset, language));
  } catch {
    // Nothing kept to forget.
  }
}
