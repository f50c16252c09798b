import { lazy, Suspense, useState } from 'react';
import { checkField, type ParamValues } from '../../lib/url-state/index.ts';
import { useIsolation } from '../../ui/isolation-context.tsx';
import { isolationMessages, leadThenReason } from '../../ui/isolation-messages.ts';
import { useMessages } from '../../ui/i18n-context.tsx';
import { LabPage } from '../../ui/lab-page.tsx';
import { ParamNotices } from '../../ui/param-notices.tsx';
import { useUrlParams } from '../../ui/use-url-params.ts';
import { CaptureSection } from './capture-section.tsx';
import { RaceSection, type RaceInputs } from './race-section.tsx';
import { SimulatorSection, type SimulatorSettings } from './simulator-section.tsx';
import { syncLabMessages } from './sync-lab-messages.ts';
import { BarrierSection } from './barrier-section.tsx';
import { DeadlockSection } from './deadlock-section.tsx';
import type { DemoText } from './demo-form.tsx';
import { SemaphoreSection } from './semaphore-section.tsx';
import { DEMO_FIELDS, syncParams, type DemoField, type LOCK_ORDERS } from './sync-params.ts';
import { useLesson } from '../../ui/lessons/lesson-context.tsx';
import { raceSettings } from './race-settings.ts';
import { useRaces } from './use-races.ts';
import { deadlockSettings } from './deadlock-settings.ts';
import { useDeadlock } from './use-deadlock.ts';

/**
 * The lesson panels and their words load only on a lesson's link, each step's with it: a lab opened plainly
 * carries none of them.
 */
const RaceLessonPanel = lazy(() => import('./race-lesson.tsx'));
const DeadlockLessonPanel = lazy(() => import('./deadlock-lesson.tsx'));

type SyncValues = ParamValues<typeof syncParams>;

interface DemoInputs {
  readonly order: (typeof LOCK_ORDERS)[number];
  readonly text: DemoText;
}

const DEMO_FIELD_LIST: readonly DemoField[] = Object.values(DEMO_FIELDS).flat();

export default function SyncLab() {
  const m = useMessages(syncLabMessages);
  const iso = useMessages(isolationMessages);
  const isolation = useIsolation();
  const url = useUrlParams(syncParams);
  const lessonId = useLesson();
  const races = useRaces();
  const deadlock = useDeadlock();
  const [race, setRace] = useState<RaceInputs>(() => ({
    mode: url.values.mode,
    trace: url.values.trace,
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

  const [demos, setDemos] = useState<DemoInputs>(() => ({
    order: url.values.order,
    text: Object.fromEntries(DEMO_FIELD_LIST.map((field) => [field, String(url.values[field])])) as DemoText,
  }));

  /** Writes the URL from every panel, keeping the last valid value of any field being edited. */
  const sync = (nextRace: RaceInputs, nextSim: SimulatorSettings, nextDemos: DemoInputs = demos) => {
    const values: SyncValues = {
      ...url.values,
      ...nextSim,
      mode: nextRace.mode,
      trace: nextRace.trace,
      order: nextDemos.order,
    };
    for (const field of ['workers', 'm', 'window', 'repeats'] as const) {
      const checked = checkField(field, syncParams[field], nextRace.text[field]);
      if (checked.ok) values[field] = checked.value;
    }
    for (const field of DEMO_FIELD_LIST) {
      const checked = checkField(field, syncParams[field], nextDemos.text[field]);
      if (checked.ok) values[field] = checked.value;
    }
    url.setValues(values);
  };
  const setDemoText = (field: DemoField, value: string) => {
    const next = { ...demos, text: { ...demos.text, [field]: value } };
    setDemos(next);
    sync(race, sim, next);
  };

  const windowValue = checkField('window', syncParams.window, race.text.window);
  const deadlockSection = (
    <DeadlockSection
      text={demos.text}
      order={demos.order}
      enabled={isolation.sharedMemory}
      deadlock={deadlock}
      onText={setDemoText}
      onOrder={(order) => {
        const next = { ...demos, order };
        setDemos(next);
        sync(race, sim, next);
      }}
    />
  );
  // The deadlock step's experiment comes right under its panel, not below the races.
  const deadlockFirst = lessonId === 'deadlock';
  return (
    <LabPage title={m.title} intro={m.intro}>
      <ParamNotices issues={url.issues} />
      {!isolation.sharedMemory && (
        <p className="note">{leadThenReason(iso, m.notIsolated, isolation.reason)}</p>
      )}
      {lessonId && (
        <Suspense fallback={null}>
          {deadlockFirst ? (
            <DeadlockLessonPanel
              id={lessonId}
              settings={deadlockSettings(demos.text, demos.order)}
              deadlock={deadlock}
            />
          ) : (
            <RaceLessonPanel id={lessonId} settings={raceSettings(race.text, race.trace)} races={races} />
          )}
        </Suspense>
      )}
      {deadlockFirst && deadlockSection}
      <RaceSection
        races={races}
        inputs={race}
        enabled={isolation.sharedMemory}
        onChange={(next) => {
          setRace(next);
          sync(next, sim);
        }}
      />
      <CaptureSection enabled={isolation.sharedMemory} window={windowValue.ok ? windowValue.value : 300} />
      {!deadlockFirst && deadlockSection}
      <SemaphoreSection text={demos.text} enabled={isolation.sharedMemory} onText={setDemoText} />
      <BarrierSection text={demos.text} enabled={isolation.sharedMemory} onText={setDemoText} />
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
