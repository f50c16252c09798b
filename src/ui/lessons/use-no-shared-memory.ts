// A lesson step that needs shared memory says why it cannot run where the page has none: the step's own
// lead, then the reason in the reader's language. One hook for every lab's steps.
import { useMessages } from '../i18n-context.tsx';
import { useIsolation } from '../isolation-context.tsx';
import { isolationMessages, leadThenReason } from '../isolation-messages.ts';

/** Undefined where shared memory works; else `lead`, then why this page has none. */
export function useNoSharedMemory(lead: string): string | undefined {
  const iso = useMessages(isolationMessages);
  const isolation = useIsolation();
  return isolation.sharedMemory ? undefined : leadThenReason(iso, lead, isolation.reason);
}
