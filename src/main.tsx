// First, before React and the app are evaluated: starts downloading the lab the URL opens.
import { firstLabDownload } from './app/early-start.ts';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { ensureIsolation } from './app/ensure-isolation.ts';
import { FIRST_RENDER_MARK } from './app/first-render-mark.ts';
import { isolationStatus } from './ui/isolation-status.ts';
import './ui/base.css';

// The first render waits for the first lab's chunk too, so the lab mounts at once (lab-registry.tsx).
const [outcome] = await Promise.all([ensureIsolation(), firstLabDownload]);
if (outcome.action === 'reload') {
  window.location.reload();
} else {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const reactRoot = createRoot(root);
  performance.mark(FIRST_RENDER_MARK);
  // As a transition, the first render is time-sliced (React yields to the browser every few ms) instead
  // of one task: measured on a 2-core machine, long tasks before the lab was usable 17 → 11 in 30 cold
  // loads, usable about 5-15 ms sooner (median).
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <App isolation={isolationStatus(outcome.facts)} />
      </StrictMode>,
    ),
  );
}
