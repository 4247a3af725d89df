// Which Chromium the e2e tests drive: $CADENCE_CHROMIUM, else Debian's /usr/bin/chromium, else Playwright's own.
import { existsSync } from 'node:fs'

export const CHROMIUM_ENV = 'CADENCE_CHROMIUM'
const DEBIAN_CHROMIUM = '/usr/bin/chromium'

export function chromiumExecutable(env = process.env): string | undefined {
  const chosen = env[CHROMIUM_ENV]
  if (chosen) return chosen
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined
}

/** Flags that keep headless Chromium quiet on a closed network and let audio play without a gesture. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
]
