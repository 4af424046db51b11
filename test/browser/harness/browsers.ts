import { existsSync } from 'node:fs';

export type BrowserName = 'chromium' | 'firefox';

export const EXECUTABLES: Record<BrowserName, string> = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

/**
 * On a developer's machine without the browser, its tests skip. Under CI
 * they must run: a missing browser is a failure there, not a skip.
 */
export function browserAvailable(name: BrowserName): boolean {
  const present = existsSync(EXECUTABLES[name]);
  if (!present && process.env.CI === 'true') {
    throw new Error(`${EXECUTABLES[name]} is missing, and CI=true requires the ${name} tests to run`);
  }
  return present;
}
