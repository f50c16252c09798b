import { useMessages } from '../../ui/i18n-context.tsx';
import sumRangeSource from '../../lib/sum/kernels/sum-range.ts?raw';
import { SEED_SUMMING_THREAD } from './seed-python.ts';
import { sumLabMessages } from './sum-lab-messages.ts';

/** The article's Python beside the source of the loop the workers run (the real file, not a copy). */
export function SumCode() {
  const m = useMessages(sumLabMessages);
  return (
    <details className="card">
      <summary>
        <strong>{m.code}</strong>
      </summary>
      <div className="code-compare">
        <div>
          <h4>{m.python}</h4>
          <pre tabIndex={0}>
            <code lang="python">{SEED_SUMMING_THREAD}</code>
          </pre>
        </div>
        <div>
          <h4>{m.typescript}</h4>
          <pre tabIndex={0}>
            <code>{sumRangeSource}</code>
          </pre>
        </div>
      </div>
    </details>
  );
}
