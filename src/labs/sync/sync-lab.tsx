import { useState } from 'react';
import { checkField, type ParamValues } from '../../url-state/index.ts';
import { useIsolation } from '../../ui/isolation-context.tsx';
import { isolationMessages } from '../../ui/isolation-messages.ts';
import { useMessages } from '../../ui/i18n-context.tsx';
import { LabPage } from '../../ui/lab-page.tsx';
import { ParamNotices } from '../../ui/param-notices.tsx';
import { useUrlParams } from '../../ui/use-url-params.ts';
import { CaptureSection } from './capture-section.tsx';
import { RaceSection, type RaceInputs } from './race-section.tsx';
import { SimulatorSection, type SimulatorSettings } from './simulator-section.tsx';
import { syncLabMessages } from './sync-lab-messages.ts';
import { syncParams } from './sync-params.ts';

type SyncValues = ParamValues<typeof syncParams>;

export default function SyncLab() {
  const m = useMessages(syncLabMessages);
  const iso = useMessages(isolationMessages);
  const isolation = useIsolation();
  const url = useUrlParams(syncParams);
  const [race, setRace] = useState<RaceInputs>(() => ({
    mode: url.values.mode,
    text: {
      workers: String(url.values.workers),
      m: String(url.values.m),
      window: String(url.values.window),
      repeats: String(url.values.repeats),
    },
  }));
  const [sim, setSim] = useState<SimulatorSettings>(() => ({
    program: url.values.program,
    threads: url.values.threads,
    schedule: url.values.schedule,
    seed: url.values.seed,
  }));

  /** Writes the URL from both panels, keeping the last valid value of any field being edited. */
  const sync = (nextRace: RaceInputs, nextSim: SimulatorSettings) => {
    const values: SyncValues = { ...url.values, ...nextSim, mode: nextRace.mode };
    for (const field of ['workers', 'm', 'window', 'repeats'] as const) {
      const checked = checkField(field, syncParams[field], nextRace.text[field]);
      if (checked.ok) values[field] = checked.value;
    }
    url.setValues(values);
  };

  const windowValue = checkField('window', syncParams.window, race.text.window);
  return (
    <LabPage title={m.title} intro={m.intro}>
      <ParamNotices issues={url.issues} />
      {!isolation.isolated && (
        <p className="note">
          {m.notIsolated} {iso.reasons[isolation.reason]}
        </p>
      )}
      <RaceSection
        inputs={race}
        enabled={isolation.isolated}
        onChange={(next) => {
          setRace(next);
          sync(next, sim);
        }}
      />
      <CaptureSection enabled={isolation.isolated} window={windowValue.ok ? windowValue.value : 300} />
      <SimulatorSection
        settings={sim}
        onChange={(next) => {
          setSim(next);
          sync(race, next);
        }}
      />
    </LabPage>
  );
}
