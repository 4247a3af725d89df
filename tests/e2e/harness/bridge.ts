// Stands in for the preload: defines the same `window.api` in the page, routed to the real main-process handlers.
import type { Page } from '@playwright/test'
import { API_METHODS } from '../../../src/shared/ipc/api'
import type { Dispatch } from '../../../src/main/ipc/dispatch'

export const BRIDGE_BINDING = '__cadenceInvoke'

/** Page-side script: one named function per method, exactly as src/preload/index.ts builds it. */
function installApi({ methods, binding }: { methods: Record<string, string>; binding: string }) {
  const invoke = (window as unknown as Record<string, (c: string, p: unknown) => Promise<unknown>>)[
    binding
  ]!
  const api: Record<string, (request?: unknown) => Promise<unknown>> = {}
  for (const [name, channel] of Object.entries(methods)) {
    api[name] = (request?: unknown) => invoke(channel, request)
  }
  Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false })
}

export async function installBridge(page: Page, dispatch: Dispatch): Promise<void> {
  // The binding passes the calling frame, so the real sender policy checks the real page URL.
  await page.exposeBinding(BRIDGE_BINDING, ({ frame }, channel: unknown, payload: unknown) =>
    dispatch(frame.url(), channel, payload)
  )
  await page.addInitScript(installApi, { methods: API_METHODS, binding: BRIDGE_BINDING })
}
