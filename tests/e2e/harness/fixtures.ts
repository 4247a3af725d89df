// Playwright fixtures: each test gets its own data folder, the real main-process services over it, and the app page.
import { test as base, type Page } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServices, type Services } from '@main/services'
import { confBackend } from '@tests/fixtures/confBackend'
import { createDispatch } from '@main/ipc/dispatch'
import { createSenderPolicy } from '@main/security/senderPolicy'
import type { SystemEvent } from '@shared/ipc/contract'
import { installBridge, pushSystemEvent } from './bridge'
import { applyLanguage } from '@main/i18n/mainLanguage'
import { followLanguageSetting } from '@main/i18n/followLanguage'
import type { LanguageSetting } from '@shared/model/language'
import { HarnessClock } from './sessionClock'
import { FakePlatform } from '@tests/fixtures/fakePlatform'
import { RENDERER_DIR, startStaticServer, type StaticServer } from './staticServer'

export const APP_VERSION = '0.0.0-e2e'

/** The running test's playlists, which the worker's one server serves /music/ from (as main does). */
let testMusic: Services['musicTrack'] = () => null

interface Fixtures {
  /** The session clock of "main" (this process), moving with the page's Playwright clock. */
  sessionClock: HarnessClock
  dataDir: string
  platform: FakePlatform
  services: Services
  /** Opens the app in the page, bridged to `services`; call again to simulate a relaunch on the same data. */
  launch: (options?: { freshServices?: boolean; search?: string }) => Promise<Page>
}

export const test = base.extend<Fixtures, { server: StaticServer }>({
  server: [
    async ({}, use) => {
      const server = await startStaticServer(undefined, (id) => testMusic(id))
      await use(server)
      await server.close()
    },
    { scope: 'worker' },
  ],
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'cadence-e2e-'))
    await use(dir)
    rmSync(dir, { recursive: true, force: true })
  },
  platform: async ({}, use) => {
    await use(new FakePlatform())
  },
  sessionClock: async ({ page }, use) => {
    const clock = new HarnessClock()
    clock.follow(page)
    await use(clock)
    clock.dispose()
  },
  services: async ({ dataDir, platform, page, sessionClock }, use) => {
    const services = openServices(dataDir, platform, page, sessionClock)
    await use(services)
    await services.closeRemote()
    services.close()
  },
  launch: async ({ page, server, services, dataDir, platform, sessionClock }, use) => {
    let current = services
    testMusic = (id) => current.musicTrack(id)
    let bridged = false
    const opened: Services[] = []
    await use(async (options) => {
      if (options?.freshServices) {
        current.close()
        current = openServices(dataDir, platform, page, sessionClock)
        opened.push(current)
      }
      if (!bridged) {
        // The harness serves the page over http, as the dev server does: its origin is the trusted one.
        const isTrustedSender = createSenderPolicy({ devServerUrl: server.url })
        // Dispatch reads `current` on every call, so a relaunch swaps the services behind the same page.
        // As in main's index.ts, a saved language switches main's words too (the display and phones).
        await installBridge(page, (sender, channel, payload) =>
          sessionClock.track(
            createDispatch(followLanguageSetting(current.handlers, followSetting), {
              isTrustedSender,
            })(sender, channel, payload)
          )
        )
        bridged = true
      }
      // Main starts in the saved language, as index.ts does (and no test inherits another's).
      await applyLanguage((await current.handlers['settings:get'](undefined)).language, ['en-US'])
      await page.goto(server.url + (options?.search ?? ''))
      await page.locator('html[data-app-ready]').waitFor({ state: 'attached' })
      return page
    })
    for (const s of opened) s.close()
  },
})

/**
 * The real services; the phone remote listens on 127.0.0.1 (never the machine's network) and serves the
 * built phone page, and what it tells the page arrives as main's webContents.send would deliver it.
 */
function openServices(
  dataDir: string,
  platform: FakePlatform,
  page: Page,
  clock: HarnessClock
): Services {
  // Before the page has loaded there is nobody to tell; the page asks for what it needs when it starts.
  // The clock notes each delivery, so a jump in time waits until the page has main's latest frame.
  const tell = (event: SystemEvent) =>
    void clock.track(pushSystemEvent(page, event)).catch(() => undefined)
  return createServices({
    dataDir,
    backend: confBackend(dataDir),
    platform,
    app: { name: 'Cadence', version: APP_VERSION, platform: process.platform },
    remote: {
      lanAddresses: () => [{ address: '127.0.0.1', name: 'lo' }],
      rendererDir: RENDERER_DIR,
      sendEvent: tell,
    },
    // The session lives here, in "main": the page follows its frames, as over webContents.send.
    session: { clock, onFrame: (frame) => tell({ type: 'session', frame }) },
  })
}

const followSetting = (setting: LanguageSetting) => void applyLanguage(setting, ['en-US'])

export { expect } from '@playwright/test'
