// Stands in for the preload: defines the same `window.api` in the page, routed to the real main-process handlers.
import type { Page } from '@playwright/test'
import { API_METHODS } from '@shared/ipc/api'
import type { Dispatch } from '@main/ipc/dispatch'
import type { SystemEvent } from '@shared/ipc/contract'

export const BRIDGE_BINDING = '__cadenceInvoke'
/** Test-only: how a test pushes a system event (suspend, menu command...) into the page, as main would. */
export const PUSH_FUNCTION = '__cadencePush'

/** Page-side script: one named function per method, exactly as src/preload/index.ts builds it. */
function installApi({
  methods,
  binding,
  push,
}: {
  methods: Record<string, string>
  binding: string
  push: string
}) {
  const globals = window as unknown as Record<string, unknown>
  const invoke = globals[binding] as (c: string, p: unknown) => Promise<unknown>
  const api: Record<string, unknown> = {}
  for (const [name, channel] of Object.entries(methods)) {
    api[name] = (request?: unknown) => invoke(channel, request)
  }
  const listeners = new Set<(event: unknown) => void>()
  api['onSystemEvent'] = (listener: (event: unknown) => void) => {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }
  globals[push] = (event: unknown) => listeners.forEach((listener) => listener(event))
  Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false })
}

export async function installBridge(page: Page, dispatch: Dispatch): Promise<void> {
  // The binding passes the calling frame, so the real sender policy sees the real frame and page URL.
  // The page stands for the app window; a subframe is told apart as Electron's main-frame check does.
  await page.exposeBinding(BRIDGE_BINDING, (source, channel: unknown, payload: unknown) =>
    dispatch(
      {
        window: source.page === page ? 'main' : null,
        fromMainFrame: source.frame === page.mainFrame(),
        url: source.frame.url(),
      },
      channel,
      payload
    )
  )
  await page.addInitScript(installApi, {
    methods: API_METHODS,
    binding: BRIDGE_BINDING,
    push: PUSH_FUNCTION,
  })
}

/** Delivers a system event to the page, as main's webContents.send would. */
export async function pushSystemEvent(page: Page, event: SystemEvent): Promise<void> {
  await page.evaluate(
    ([fn, e]) => (window as unknown as Record<string, (e: unknown) => void>)[fn]!(e),
    [PUSH_FUNCTION, event] as const
  )
}
