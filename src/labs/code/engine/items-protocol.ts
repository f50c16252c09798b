// Messages between the page and the items worker, which runs the learner's `items()` generator.
import type { CodePosition } from './code-files.ts';

export type ToItemsWorker =
  | { readonly type: 'start'; readonly source: string }
  /** Send up to `max` more items. */
  | { readonly type: 'pull'; readonly max: number };

export interface ItemsError {
  readonly name: string;
  readonly message: string;
  /** Where in the learner's items code, when the stack says. */
  readonly at?: CodePosition;
}

export type FromItemsWorker =
  | { readonly type: 'items'; readonly items: unknown[]; readonly done: boolean }
  | { readonly type: 'error'; readonly error: ItemsError };
