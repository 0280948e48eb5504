import { existsSync } from 'node:fs';
import { readToolSettings, settingsOrExit } from '../../src/config/env.ts';

/** Debian's Chromium; never a downloaded browser. Override with CHROMIUM_PATH. */
export const chromiumPath = settingsOrExit(readToolSettings).chromium;

/**
 * Flags for headless Chromium on this machine: no sandbox (we run as root)
 * and nothing that talks to the network on its own (the network is closed).
 */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Fails loudly, with the fix, when the browser is missing: gates never skip. */
export function assertChromium() {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install it with \`sudo apt-get install -y chromium\` ` +
        '(or set CHROMIUM_PATH to a Chromium binary). Tests never download browsers.',
    );
  }
}
