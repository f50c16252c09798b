// Runs a command after making sure a Chromium exists, so a missing browser fails with advice
// instead of a stack trace from deep inside a test runner.
import { spawn } from 'node:child_process';
import { findChromium } from './chromium.mjs';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/with-chromium.mjs <command> [args...]');
  process.exit(2);
}
try {
  const path = findChromium();
  if (path) process.env['CHROMIUM_PATH'] = path;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const child = spawn(command === 'node' ? process.execPath : `node_modules/.bin/${command}`, args, {
  stdio: 'inherit',
  env: process.env,
});
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  process.exit(code ?? 1);
});
