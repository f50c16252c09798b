import { ParamNotices } from './param-notices.tsx';
import { LabPage } from './lab-page.tsx';
import { useUrlParams } from './use-url-params.ts';

const NO_PARAMS = {};

/**
 * A lab whose experiments are not built yet: it says what it will show, with no numbers, and still
 * reports URL parameters it does not read.
 */
export function PlannedLab({
  title,
  intro,
  heading,
  planned,
}: {
  title: string;
  intro: string;
  heading: string;
  planned: readonly string[];
}) {
  const { issues } = useUrlParams(NO_PARAMS);
  return (
    <LabPage title={title} intro={intro}>
      <ParamNotices issues={issues} />
      <div className="card">
        <h3>{heading}</h3>
        <ul>
          {planned.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    </LabPage>
  );
}
