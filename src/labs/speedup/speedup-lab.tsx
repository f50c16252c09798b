import { useMessages } from '../../ui/i18n-context.tsx';
import { PlannedLab } from '../../ui/planned-lab.tsx';
import { speedupLabMessages } from './speedup-lab-messages.ts';

/** Not built yet: says what it will show, with no numbers. */
export default function SpeedupLab() {
  const m = useMessages(speedupLabMessages);
  return <PlannedLab title={m.title} intro={m.intro} heading={m.heading} planned={m.planned} />;
}
