// A virtual X display for WebKitGTK's MiniBrowser, which has no headless mode. Xvfb picks a free display
// number itself (-displayfd) so two runs never collide.
import { spawn } from 'node:child_process';

/** @returns {Promise<{ display: string, stop: () => Promise<void> }>} */
export function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let answer = '';
    let stderr = '';
    xvfb.stderr?.on('data', (chunk) => (stderr += String(chunk)));
    xvfb.stdio[3]?.on('data', (chunk) => {
      answer += String(chunk);
      if (!answer.includes('\n')) return;
      resolve({
        display: `:${answer.trim()}`,
        stop: () =>
          new Promise((done) => {
            if (xvfb.exitCode !== null) return done();
            xvfb.once('exit', () => done());
            xvfb.kill('SIGTERM');
          }),
      });
    });
    xvfb.once('error', (error) =>
      reject(new Error(`Xvfb did not start (${error.message}): apt-get install -y xvfb`)),
    );
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${stderr.trim()}`)));
  });
}
