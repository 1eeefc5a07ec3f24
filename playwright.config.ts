import { statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Parallel work on one machine: each worker tree may serve its own build on its own port.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';
/** The live-room server the preview proxies `/collab` to (e2e/live-room*.spec.ts). */
const COLLAB_PORT = Number(process.env.E2E_COLLAB_PORT ?? PORT + 100);
const ROOMS_DATA = join(tmpdir(), `sbs-e2e-rooms-${COLLAB_PORT}`);

/**
 * Chromium shares memory through /dev/shm. Where it is small (containers often give 64 MB) it
 * must use files in /tmp instead, which cost about a third more time across the suite; where it
 * is roomy (this project's machines: gigabytes) it is used as is.
 */
function devShmIsSmall(): boolean {
  try {
    const fs = statfsSync('/dev/shm');
    return fs.bavail * fs.bsize < 1024 ** 3;
  } catch {
    return true;
  }
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  // One retry: a test that passes only on retry is reported as flaky in the output, not hidden.
  retries: 1,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        ...(devShmIsSmall() ? ['--disable-dev-shm-usage'] : []),
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    // A trace of a failure's retry: recording every test's trace cost ~15% of the suite's time.
    trace: 'on-first-retry',
  },
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1 --outDir ${DIST}`,
      url: `http://127.0.0.1:${PORT}`,
      env: { COLLAB_PORT: String(COLLAB_PORT) },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node --import tsx server/main.ts --port ${COLLAB_PORT} --data ${ROOMS_DATA}`,
      url: `http://127.0.0.1:${COLLAB_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
