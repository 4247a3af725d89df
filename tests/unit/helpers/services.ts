// The real main-process services on a temp folder, called through the real dispatcher, as the page would.
import { afterEach } from 'vitest'
import { createServices, type ServicesOptions } from '@main/services'
import { confBackend } from '@tests/fixtures/confBackend'
import { createDispatch } from '@main/ipc/dispatch'
import { APP_ORIGIN } from '@main/security/appOrigin'
import { createSenderPolicy, type IpcSender } from '@main/security/senderPolicy'
import type { Channel, RequestInputOf, ResponseOf } from '@shared/ipc/contract'
import type { IpcResult } from '@shared/ipc/result'
import { FakePlatform } from '@tests/fixtures/fakePlatform'
import { storeSessions } from '@tests/fixtures/storeSessions'
import type { Session } from '@shared/model/session'

/** The app window's main frame on the app's own origin: what the real sender policy trusts. */
export const TRUSTED: IpcSender = {
  window: 'main',
  fromMainFrame: true,
  url: `${APP_ORIGIN}/index.html`,
  origin: APP_ORIGIN,
}

export function openTestServices(
  dataDir: string,
  now?: () => Date,
  remote?: ServicesOptions['remote']
) {
  const platform = new FakePlatform()
  const services = createServices({
    dataDir,
    backend: confBackend(dataDir),
    platform,
    app: { name: 'Cadence', version: '9.9.9', platform: 'test' },
    ...(now ? { now } : {}),
    ...(remote ? { remote } : {}),
  })
  const dispatch = createDispatch(services.handlers, { isTrustedSender: createSenderPolicy() })
  const call = <C extends Channel>(channel: C, payload?: RequestInputOf<C>) =>
    dispatch(TRUSTED, channel, payload) as Promise<IpcResult<ResponseOf<C>>>
  /** Calls and expects success, returning the value. */
  const ok = async <C extends Channel>(
    channel: C,
    payload?: RequestInputOf<C>
  ): Promise<ResponseOf<C>> => {
    const result = await call(channel, payload)
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`)
    return result.value
  }
  /** Puts finished sessions into history, as the session in main saves them. */
  const store = (...sessions: Session[]) => storeSessions(services, ...sessions)
  return { services, platform, dispatch, call, ok, store, close: () => services.close() }
}

/** Services opened in a test are closed after it; each call gets a fresh temp folder unless one is given. */
export function useTestServices(tempDir: () => string, now?: () => Date) {
  const opened: Array<{ close(): void }> = []
  afterEach(() => {
    for (const s of opened.splice(0)) s.close()
  })
  return (dir = tempDir()) => {
    const s = openTestServices(dir, now)
    opened.push(s)
    return { ...s, dir }
  }
}
