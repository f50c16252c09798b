import type { MouseEvent } from 'react';
import { useMessages } from '../ui/i18n-context.tsx';
import { appMessages } from './app-messages.ts';
import { LAB_IDS, type LabId } from '../ui/lab-ids.ts';

/** Links, so a lab can be opened in a new tab or copied; a plain click switches in place. */
export function LabNav({
  current,
  hrefFor,
  onSelect,
}: {
  current: LabId;
  hrefFor: (lab: LabId) => string;
  onSelect: (lab: LabId) => void;
}) {
  const m = useMessages(appMessages);
  const click = (lab: LabId) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onSelect(lab);
  };
  return (
    <nav aria-label={m.labsNav} className="lab-nav">
      <ul>
        {LAB_IDS.map((lab) => (
          <li key={lab}>
            <a href={hrefFor(lab)} aria-current={lab === current ? 'page' : undefined} onClick={click(lab)}>
              {m.labs[lab]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
