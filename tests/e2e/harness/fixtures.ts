// Playwright fixtures: each test gets its own data folder, the real main-process services over it, and the app page.
import { test as base, type Page } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServices, type Services } from '@main/services'
import { confBackend } from '@tests/fixtures/confBackend'
import { createDispatch } from '@main/ipc/dispatch'
import { createSenderPolicy } from '@main/security/senderPolicy'
import { installBridge } from './bridge'
import { FakePlatform } from '@tests/fixtures/fakePlatform'
import { startStaticServer, type StaticServer } from './staticServer'

export const APP_VERSION = '0.0.0-e2e'

interface Fixtures {
  dataDir: string
  platform: FakePlatform
  services: Services
  /** Opens the app in the page, bridged to `services`; call again to simulate a relaunch on the same data. */
  launch: (options?: { freshServices?: boolean }) => Promise<Page>
}

export const test = base.extend<Fixtures, { server: StaticServer }>({
  server: [
    async ({}, use) => {
      const server = await startStaticServer()
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
  services: async ({ dataDir, platform }, use) => {
    const services = openServices(dataDir, platform)
    await use(services)
    services.close()
  },
  launch: async ({ page, server, services, dataDir, platform }, use) => {
    let current = services
    let bridged = false
    const opened: Services[] = []
    await use(async (options) => {
      if (options?.freshServices) {
        current.close()
        current = openServices(dataDir, platform)
        opened.push(current)
      }
      if (!bridged) {
        // The harness serves the page over http, as the dev server does: its origin is the trusted one.
        const isTrustedSender = createSenderPolicy({ devServerUrl: server.url })
        // Dispatch reads `current` on every call, so a relaunch swaps the services behind the same page.
        await installBridge(page, (sender, channel, payload) =>
          createDispatch(current.handlers, { isTrustedSender })(sender, channel, payload)
        )
        bridged = true
      }
      await page.goto(server.url)
      await page.locator('html[data-app-ready]').waitFor({ state: 'attached' })
      return page
    })
    for (const s of opened) s.close()
  },
})

function openServices(dataDir: string, platform: FakePlatform): Services {
  return createServices({
    dataDir,
    backend: confBackend(dataDir),
    platform,
    app: { name: 'Cadence', version: APP_VERSION, platform: process.platform },
  })
}

export { expect } from '@playwright/test'
