// First, before React and the app are evaluated: starts downloading the lab the URL opens.
import './app/start-lab-download.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { ensureIsolation } from './app/ensure-isolation.ts';
import { isolationStatus } from './ui/isolation-status.ts';
import './ui/base.css';

const outcome = await ensureIsolation();
if (outcome.action === 'reload') {
  window.location.reload();
} else {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App isolation={isolationStatus(outcome.facts)} />
    </StrictMode>,
  );
}
