// The app in real Chromium for a benchmark: a fresh build, the real main-process services on a temp data
// folder (seeded first if asked), the page bridged to them, as the e2e harness does.
import { execSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'
import type { SystemEvent } from '@shared/ipc/contract'
import { createServices, type Services } from '@main/services'
import { createDispatch } from '@main/ipc/dispatch'
import { createSenderPolicy } from '@main/security/senderPolicy'
import type { Circuit } from '@shared/model/circuit'
import { confBackend } from '@tests/fixtures/confBackend'
import { FakePlatform } from '@tests/fixtures/fakePlatform'
import { installBridge, pushSystemEvent } from '@tests/e2e/harness/bridge'
import { CHROMIUM_ARGS, chromiumExecutable } from '@tests/e2e/harness/browser'
import { RENDERER_DIR, startStaticServer } from '@tests/e2e/harness/staticServer'

export interface BenchApp {
  page: Page
  browser: Browser
  services: Services
  dataDir: string
  /** Loads the app; call after adding any init scripts the benchmark needs. */
  open(): Promise<void>
  close(): Promise<void>
}

export async function benchApp(options: {
  name: string
  viewport: { width: number; height: number }
  circuits?: Circuit[]
  /** Writes files into the data folder before the services open it. */
  seed?: (dataDir: string) => void
  /** The phone remote, on 127.0.0.1 only, with what it tells the page delivered as main would. */
  remote?: boolean
  /** Wraps the IPC handlers, to time what reaches main. */
  wrapHandlers?: (handlers: Services['handlers']) => Services['handlers']
}): Promise<BenchApp> {
  execSync('npx electron-vite build', { stdio: 'ignore' })
  const dataDir = mkdtempSync(join(tmpdir(), `cadence-${options.name}-`))
  options.seed?.(dataDir)
  let page: Page | null = null
  const services = createServices({
    dataDir,
    backend: confBackend(dataDir),
    platform: new FakePlatform(),
    app: { name: 'Cadence', version: 'bench', platform: process.platform },
    ...(options.remote
      ? {
          remote: {
            lanAddresses: () => [{ address: '127.0.0.1', name: 'lo' }],
            rendererDir: RENDERER_DIR,
            sendEvent: (event: SystemEvent) => {
              if (page) void pushSystemEvent(page, event).catch(() => undefined)
            },
          },
        }
      : {}),
    // The session lives in main (here): its frames reach the page as main's webContents.send would.
    session: {
      onFrame: (frame) => {
        if (page) void pushSystemEvent(page, { type: 'session', frame }).catch(() => undefined)
      },
    },
  })
  for (const circuit of options.circuits ?? []) await services.handlers['circuits:save'](circuit)
  // /music/ answers from the playlists, as main's app:// handler does.
  const server = await startStaticServer(undefined, (id) => services.musicTrack(id))
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
  })
  page = await browser.newPage({ viewport: options.viewport })
  // tsx compiles with esbuild's keepNames, which wraps functions in a `__name` helper; the page needs it
  // too when Playwright serialises those functions into init scripts.
  await page.addInitScript('globalThis.__name = (fn) => fn')
  const isTrustedSender = createSenderPolicy({ devServerUrl: server.url })
  const handlers = options.wrapHandlers?.(services.handlers) ?? services.handlers
  await installBridge(page, createDispatch(handlers, { isTrustedSender }))
  page.on('pageerror', (e) => console.error('page error:', e.message))
  return {
    page,
    browser,
    services,
    dataDir,
    async open() {
      await page.goto(server.url)
      await page.locator('html[data-app-ready]').waitFor({ state: 'attached' })
    },
    async close() {
      await browser.close()
      await server.close()
      await services.closeRemote()
      services.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
