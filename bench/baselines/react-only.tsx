// The load workload's React-only baseline (bench-react-only.html): the app's React chunk rendering one
// button as main.tsx renders the app (StrictMode, a transition), and nothing else of the project (lint
// holds it so), so the long tasks a lab has while its scripts load can be read against React's own.
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const element = document.getElementById('root');
if (!element) throw new Error('bench-react-only.html has no #root element');
const root = createRoot(element);
startTransition(() =>
  root.render(
    <StrictMode>
      <main>
        <button type="button">Run</button>
      </main>
    </StrictMode>,
  ),
);
