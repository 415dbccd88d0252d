/**
 * Makes sure the end-to-end tests have a Chromium, and says where it came from:
 * an existing one, Debian's `chromium` package, or Playwright's own download.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { systemChromium } from './chromium.ts';

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

const found = systemChromium();
if (found) {
  console.log(`[chromium] using ${found}`);
} else if (existsSync('/usr/bin/apt-get') && process.getuid?.() === 0) {
  console.log("[chromium] no Chromium found: installing Debian's chromium package (apt-get install chromium)…");
  if (!run('apt-get', ['update', '-qq']) || !run('apt-get', ['install', '-y', '-qq', 'chromium'])) {
    console.error('[chromium] apt-get could not install chromium. Install it yourself, or set CHROMIUM_PATH.');
    process.exit(1);
  }
  console.log(`[chromium] installed ${systemChromium() ?? 'chromium'}`);
} else {
  console.log("[chromium] no system Chromium and no apt-get: downloading Playwright's own Chromium (npx playwright install chromium)…");
  if (!run('npx', ['playwright', 'install', 'chromium'])) process.exit(1);
}
