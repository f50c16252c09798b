import { useIsolation } from '../ui/isolation-context.tsx';
import { isolationMessages, whyNoSharedMemory } from '../ui/isolation-messages.ts';
import { useLang, useMessages } from '../ui/i18n-context.tsx';
import { inParentheses, LABEL_PUNCTUATION } from '../ui/lang.ts';
import { appMessages } from './app-messages.ts';

/**
 * One line: shared memory available or not, and why not; the core count the browser reports. When embedded and not
 * isolated, a link opens the lab in a top-level tab, where the server's headers do isolate it.
 */
export function IsolationLine({ embedded }: { embedded: boolean }) {
  const status = useIsolation();
  const m = useMessages(isolationMessages);
  const app = useMessages(appMessages);
  const lang = useLang();
  const cores = navigator.hardwareConcurrency || 1;
  return (
    <p
      className={status.sharedMemory ? 'status-line status-ok' : 'status-line status-warn'}
      data-testid="isolation-status"
    >
      <span aria-hidden="true" className="status-dot" />
      {status.sharedMemory ? (
        <span className="status-text">{m.isolated}</span>
      ) : (
        <span className="status-text">
          {whyNoSharedMemory(m, status)}{' '}
          {embedded && (
            <a href={window.location.href} target="_blank" rel="noopener">
              {m.openInNewTab}
            </a>
          )}
        </span>
      )}
      <span className="status-cores">
        {app.cores(cores)}
        {LABEL_PUNCTUATION[lang].gap}
        <small>{inParentheses(lang, app.coresNote)}</small>
      </span>
    </p>
  );
}
