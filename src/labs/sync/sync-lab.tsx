import { useMessages } from '../../ui/i18n-context.tsx';
import { PlannedLab } from '../../ui/planned-lab.tsx';
import { syncLabMessages } from './sync-lab-messages.ts';

/** Not built yet: says what it will show, with no numbers. */
export default function SyncLab() {
  const m = useMessages(syncLabMessages);
  return <PlannedLab title={m.title} intro={m.intro} heading={m.heading} planned={m.planned} />;
}
